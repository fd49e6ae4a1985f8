// The Bolt pieces the bot uses, each from its own file. The package's index loads every receiver
// (Express and its body parsers, the AWS Lambda one) and re-exports all of Slack's types: about 120
// modules that are never used, on the way to the port opening. Required, not imported: these are
// CommonJS files, and require gives the same exports under Node and under the test runner.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const appModule = require('@slack/bolt/dist/App.js') as typeof import('@slack/bolt/dist/App.js');
const httpReceiverModule = require('@slack/bolt/dist/receivers/HTTPReceiver.js') as typeof import('@slack/bolt/dist/receivers/HTTPReceiver.js');

export const HTTPModuleFunctions = require('@slack/bolt/dist/receivers/HTTPModuleFunctions.js') as typeof import('@slack/bolt/dist/receivers/HTTPModuleFunctions.js');
export const App = appModule.default;
export type App = InstanceType<typeof App>;
export const LogLevel = appModule.LogLevel;
export const HTTPReceiver = httpReceiverModule.default;
export type HTTPReceiver = InstanceType<typeof HTTPReceiver>;
