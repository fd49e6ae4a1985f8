import { chartsCommand } from './charts.js';
import type { Command } from './command.js';
import { exportCommand } from './export.js';
import { importCommand } from './import.js';
import { insightsCommand } from './insights.js';
import { migrateCommand } from './migrate.js';
import { monthlyCommand } from './monthly.js';
import { parseCommand } from './parse.js';
import { reconcileCommand } from './reconcile.js';
import { regionsCommand } from './regions.js';
import { statsCommand } from './stats.js';

/** Every `paxminer` command, in the order `--help` lists them. */
export const commands: Command[] = [
  migrateCommand,
  parseCommand,
  importCommand,
  reconcileCommand,
  chartsCommand,
  monthlyCommand,
  statsCommand,
  insightsCommand,
  exportCommand,
  regionsCommand,
];
