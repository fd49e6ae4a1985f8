// Slack message timestamps ("1700000000.000100"): seconds and microseconds, unique per channel.

function parts(ts: string): [number, number] {
  const [s = '0', f = ''] = ts.split('.');
  return [Number(s), Number(f.padEnd(6, '0').slice(0, 6))];
}

/** Orders two ts strings by time; negative when `a` is earlier. */
export function compareTs(a: string, b: string): number {
  const [as, af] = parts(a);
  const [bs, bf] = parts(b);
  return as - bs || af - bf;
}

/** The ts of an instant (Unix milliseconds), in Slack's form. */
export function tsOfMillis(ms: number): string {
  const micros = Math.floor(ms * 1000);
  return `${Math.floor(micros / 1e6)}.${String(micros % 1e6).padStart(6, '0')}`;
}

/** True when `incoming` is a later edit than `stored` (no edit counts as earliest). */
export function isNewerEdit(incoming: string | null | undefined, stored: string | null | undefined): boolean {
  if (!incoming) return false;
  return !stored || compareTs(incoming, stored) > 0;
}
