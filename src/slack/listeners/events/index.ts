import type { App } from '@slack/bolt';
import type { Bot } from '../../bot.js';
import { loadedOnUse } from '../on-use.js';

export function registerEvents(app: App, bot: Bot): void {
  app.event('message', loadedOnUse(async () => (await import('./message.js')).messageEvent(bot)));
  app.event('app_home_opened', loadedOnUse(async () => (await import('./app-home.js')).appHomeOpened(bot)));
  app.event('team_join', loadedOnUse(async () => (await import('./team-join.js')).teamJoin(bot)));
}
