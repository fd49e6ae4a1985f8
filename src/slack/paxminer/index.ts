import type { Subcommand } from './types.js';
import { achievementsSubcommand } from './achievements.js';
import { aoSubcommand } from './ao.js';
import { awardSubcommand } from './award.js';
import { aosSubcommand } from './aos.js';
import { daysSubcommand } from './days.js';
import { helpSubcommand } from './help.js';
import { kotterSubcommand } from './kotter.js';
import { optinSubcommand } from './optin.js';
import { optoutSubcommand } from './optout.js';
import { paxSubcommand } from './pax.js';
import { qSubcommand } from './q.js';
import { regionSubcommand } from './region.js';
import { siteqSubcommand } from './siteq.js';
import { weeklySubcommand } from './weekly.js';

/** Every `/paxminer` subcommand, in the order `help` lists them. */
export const subcommands: Subcommand[] = [
  aoSubcommand,
  regionSubcommand,
  paxSubcommand,
  daysSubcommand,
  qSubcommand,
  kotterSubcommand,
  aosSubcommand,
  optoutSubcommand,
  optinSubcommand,
  achievementsSubcommand,
  awardSubcommand,
  siteqSubcommand,
  weeklySubcommand,
  helpSubcommand,
];
