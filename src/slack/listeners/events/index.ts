import type { App } from '@slack/bolt';
import type { Bot } from '../../bot.js';
import { appHomeOpened } from './app-home.js';
import { messageEvent } from './message.js';
import { teamJoin } from './team-join.js';

export function registerEvents(app: App, bot: Bot): void {
  app.event('message', messageEvent(bot));
  app.event('app_home_opened', appHomeOpened(bot));
  app.event('team_join', teamJoin(bot));
}
