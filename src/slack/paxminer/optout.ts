import { optOut } from '../../db/queries/optouts.js';
import type { Subcommand } from './types.js';

export const optoutSubcommand: Subcommand = {
  name: 'optout',
  usage: 'optout',
  summary: 'stop the monthly chart I send you by DM',
  access: 'anyone',
  async run(req) {
    await optOut(req.ctx.db, req.userId, req.now.getTime());
    return {
      text: 'Done: no more monthly chart DMs. `/mystats` still works any time, and `/paxminer optin` brings the DMs back.',
    };
  },
};
