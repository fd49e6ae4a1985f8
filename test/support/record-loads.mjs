// `node --import ./test/support/record-loads.mjs …` appends the URL of every module the process
// resolves (ES imports, and CommonJS entries reached from them) to the file named by RECORD_LOADS.
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) register(import.meta.url, { data: process.env.RECORD_LOADS });

let file;
export function initialize(data) {
  file = data;
}

export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  if (file) appendFileSync(file, `${result.url}\n`);
  return result;
}

// CommonJS packages required from CommonJS code never pass the hook above: list the require cache too.
if (isMainThread && process.env.RECORD_LOADS) {
  const { createRequire } = await import('node:module');
  const { pathToFileURL } = await import('node:url');
  const cache = createRequire(import.meta.url).cache;
  process.on('exit', () => {
    const urls = Object.keys(cache).map((path) => pathToFileURL(path).href);
    appendFileSync(process.env.RECORD_LOADS, urls.map((u) => `${u}\n`).join(''));
  });
}
