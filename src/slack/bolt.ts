// The Bolt pieces the bot uses, each from its own file. The package's index loads every receiver
// (Express and its body parsers, the AWS Lambda one) and re-exports all of Slack's types: about 120
// modules that are never used, on the way to the port opening.
import appModule from '@slack/bolt/dist/App.js';
import httpReceiverModule from '@slack/bolt/dist/receivers/HTTPReceiver.js';

export * as HTTPModuleFunctions from '@slack/bolt/dist/receivers/HTTPModuleFunctions.js';
export const App = appModule.default;
export type App = InstanceType<typeof App>;
export const LogLevel = appModule.LogLevel;
export const HTTPReceiver = httpReceiverModule.default;
export type HTTPReceiver = InstanceType<typeof HTTPReceiver>;
