import { helpMessage } from '../blocks/stats.js';
import type { Subcommand } from './types.js';

export const helpSubcommand: Subcommand = {
  name: 'help',
  usage: 'help',
  summary: 'this list',
  access: 'anyone',
  async run(req) {
    // Loaded here, not at the top: the list includes this subcommand.
    const { subcommands } = await import('./index.js');
    return helpMessage(subcommands, req.isAdmin);
  },
};
