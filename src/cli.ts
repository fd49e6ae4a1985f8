#!/usr/bin/env node
import { commands } from './cli/index.js';
import { UsageError, type CliIO } from './cli/command.js';
import { ConfigError } from './config.js';

function usage(): string {
  const width = Math.max(...commands.map((c) => c.usage.length));
  return [
    'usage: paxminer <command> [options]',
    '',
    'commands:',
    ...commands.map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Settings come from the environment (DATABASE_URL, REGION_TZ, …); see README.md.',
  ].join('\n');
}

/** Commands that act on one region's data take `--region NAME|TEAM_ID` (many-regions mode). */
const REGION_SCOPED = ['import', 'reconcile', 'charts', 'monthly', 'stats', 'insights', 'export', 'migrate', 'achievements', 'weekly'];
const EVERY_REGION = ['reconcile', 'monthly', 'migrate'];

function withRegionFlag(name: string, args: string[], io: CliIO): [string[], CliIO] {
  if (!REGION_SCOPED.includes(name)) return [args, io];
  const rest: string[] = [];
  let region: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--region') {
      region = args[++i];
      if (region === undefined || region.startsWith('--')) throw new UsageError('--region needs a value: a region name or team id');
    } else if (arg.startsWith('--region=')) {
      region = arg.slice('--region='.length);
    } else {
      rest.push(arg);
    }
  }
  return [rest, { ...io, region, everyRegion: EVERY_REGION.includes(name) }];
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage() + '\n');
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`paxminer: unknown command '${name}'\n\n${usage()}\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout.write(`usage: paxminer ${command.usage}\n  ${command.summary}\n`);
    return 0;
  }
  try {
    return await command.run(...withRegionFlag(name, args, io));
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`paxminer ${name}: ${err.message}\nusage: paxminer ${command.usage}\n`);
      return 2;
    }
    if (err instanceof ConfigError) {
      io.stderr.write(`${err.message}\n`);
      return 1;
    }
    io.stderr.write(`paxminer ${name}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}

const code = await runCli(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
process.exitCode = code;
