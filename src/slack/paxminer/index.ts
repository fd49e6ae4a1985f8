import type { Subcommand } from './types.js';

/** Every `/paxminer` subcommand, in the order `help` lists them. */
export const subcommands: Subcommand[] = [];
