// The Bolt pieces the bot uses, each from its own file. The package's index loads every receiver
// (Express and its body parsers, the AWS Lambda one) and re-exports all of Slack's types: about 120
// modules that are never used, on the way to the port opening. Required, not imported: these are
// CommonJS files, and require gives the same exports under Node and under the test runner.
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * Puts a stand-in for a CommonJS module in require's cache: the real module loads at the first use of
 * any of its exports. For the modules App.js and HTTPReceiver.js require at load but use only in a
 * mode the bot may not run in. `__esModule` is answered without loading (TypeScript's import helpers
 * ask it at once).
 */
function loadOnFirstUse(id: string): void {
  const path = require.resolve(id);
  if (require.cache[path]) return;
  let real: object | undefined;
  const load = (): object => {
    if (!real) {
      delete require.cache[path];
      real = require(path) as object;
    }
    return real;
  };
  const standIn = new Module(path);
  standIn.filename = path;
  standIn.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(dirname(path));
  standIn.loaded = true;
  standIn.exports = new Proxy(
    {},
    {
      get: (_, key) => (key === '__esModule' ? true : Reflect.get(load(), key)),
      has: (_, key) => Reflect.has(load(), key),
      ownKeys: () => Reflect.ownKeys(load()),
      getOwnPropertyDescriptor: (_, key) => {
        const d = Reflect.getOwnPropertyDescriptor(load(), key);
        return d && { ...d, configurable: true };
      },
    },
  );
  require.cache[path] = standIn;
}

// Socket Mode's receiver (with @slack/socket-mode and undici: ~120 modules) loads only when an app
// token starts it; @slack/oauth (with jsonwebtoken and semver: ~75 modules) only when a receiver
// builds an OAuth installer, which the one-region bot never does.
loadOnFirstUse('@slack/bolt/dist/receivers/SocketModeReceiver.js');
loadOnFirstUse(createRequire(require.resolve('@slack/bolt/dist/receivers/HTTPReceiver.js')).resolve('@slack/oauth'));

const appModule = require('@slack/bolt/dist/App.js') as typeof import('@slack/bolt/dist/App.js');
const httpReceiverModule = require('@slack/bolt/dist/receivers/HTTPReceiver.js') as typeof import('@slack/bolt/dist/receivers/HTTPReceiver.js');

export const HTTPModuleFunctions = require('@slack/bolt/dist/receivers/HTTPModuleFunctions.js') as typeof import('@slack/bolt/dist/receivers/HTTPModuleFunctions.js');
export const App = appModule.default;
export type App = InstanceType<typeof App>;
export const LogLevel = appModule.LogLevel;
export const HTTPReceiver = httpReceiverModule.default;
export type HTTPReceiver = InstanceType<typeof HTTPReceiver>;
