import type { KnownBlock } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { PngFile } from '../../charts/files.js';
import type { RegionContext } from '../../region.js';

export interface SubcommandRequest {
  ctx: RegionContext;
  client: WebClient;
  userId: string;
  /** Where `/paxminer` was typed. */
  channelId: string;
  /** The words after the subcommand name, as typed (Slack escapes mentions: `<@U…|name>`, `<#C…|name>`). */
  args: string[];
  /** Whether the asker may see region-wide figures (see permissions.ts). */
  isAdmin: boolean;
  /** When it was asked, and that day in the region's time zone (the request's clock). */
  now: Date;
  today: string;
}

export interface SubcommandReply {
  /** Fallback text and notification line. */
  text: string;
  blocks?: KnownBlock[];
  /** PNGs the asker gets privately (uploaded to his DM with the bot). */
  charts?: PngFile[];
}

/** One `/paxminer <name> …` answer. Region-wide ones are `admin`; `self` ones also answer a PAX about himself. */
export interface Subcommand {
  name: string;
  usage: string;
  summary: string;
  access: 'anyone' | 'admin' | 'self-or-admin';
  run(req: SubcommandRequest): Promise<SubcommandReply>;
}
