import { readSettings, writeSetting } from '../db/queries/settings.js';
import type { Db } from '../db/types.js';
import { CHANNEL_ID } from '../slack-ids.js';

// Where achievements are announced (paxminer_settings `achievements.announce`): `dm` (each man in his
// DMs with the bot, the default), a channel id, or `off`.

export const ANNOUNCE = 'achievements.announce';

export type AnnounceTo = { kind: 'dm' } | { kind: 'channel'; channel: string } | { kind: 'off' };

export async function announceTo(db: Db): Promise<AnnounceTo> {
  const value = (await readSettings(db)).get(ANNOUNCE) ?? 'dm';
  if (value === 'off') return { kind: 'off' };
  if (CHANNEL_ID.test(value)) return { kind: 'channel', channel: value };
  return { kind: 'dm' };
}

export async function setAnnounceTo(db: Db, to: AnnounceTo, at: number): Promise<void> {
  await writeSetting(db, ANNOUNCE, to.kind === 'channel' ? to.channel : to.kind, at);
}
