import { isMonth } from '../time.js';
import { UsageError } from './command.js';

/**
 * Reads `--name value`, `--name=value` and bare `--switch` flags. `valued` lists the flags that take a
 * value, `switches` those that do not; anything else is a usage error.
 */
export function readFlags(args: string[], spec: { valued: string[]; switches?: string[] }): Map<string, string | true> {
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') ? (eq > 0 ? arg.slice(2, eq) : arg.slice(2)) : '';
    if (spec.switches?.includes(name) && eq < 0) {
      flags.set(name, true);
      continue;
    }
    if (!spec.valued.includes(name)) throw new UsageError(`unknown argument '${arg}'`);
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '' || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
    flags.set(name, value);
  }
  return flags;
}

/** A required `--month YYYY-MM`. */
export function monthFlag(flags: Map<string, string | true>): string {
  const value = flags.get('month');
  if (typeof value !== 'string') throw new UsageError('--month YYYY-MM is required');
  if (!isMonth(value)) throw new UsageError(`--month: expected a month like 2026-11, got '${value}'`);
  return value;
}
