import { optIn } from '../../db/queries/optouts.js';
import type { Subcommand } from './types.js';

export const optinSubcommand: Subcommand = {
  name: 'optin',
  usage: 'optin',
  summary: 'get the monthly chart by DM again',
  access: 'anyone',
  async run(req) {
    const was = await optIn(req.ctx.db, req.userId);
    return {
      text: was
        ? "Welcome back: you'll get your chart by DM at the start of each month you post."
        : "You're already getting the monthly chart DM in any month you post.",
    };
  },
};
