import { beatdownJson, readJson } from '../db/rows.js';

// FNG names as backblasts write them, and how a Slack member's name matches one. Pure.

const NOT_A_NAME = new Set(['', 'none', 'na', 'n a', 'no', 'zero', 'nope', 'tbd']);

/** Lower case, letters and digits, single spaces: "Tater-Tot " → "tater tot". */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The FNG names a beatdown row holds: its json's `fng_names`, else PAXminer's comma list (not a count). */
export function fngNamesOf(fngs: string | null, json: unknown): string[] {
  const names = Array.isArray(readJson(json)?.fng_names) ? beatdownJson(json).fngNames : (fngs ?? '').split(/[,;]/);
  return names.map((n) => n.trim()).filter((n) => !/^\d+$/.test(n) && !NOT_A_NAME.has(normalizeName(n)));
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

/**
 * How well a member's name matches an FNG's (both normalised): 0 exact, 1 close (a typo: one edit
 * for names of 4+ letters, two for 8+, spaces ignored), null not at all.
 */
export function nameMatch(member: string, fng: string): 0 | 1 | null {
  if (!member || !fng) return null;
  if (member === fng) return 0;
  const a = member.replace(/ /g, '');
  const b = fng.replace(/ /g, '');
  if (a === b) return 1;
  const allowed = Math.min(a.length, b.length) >= 8 ? 2 : Math.min(a.length, b.length) >= 4 ? 1 : 0;
  return allowed > 0 && distance(a, b) <= allowed ? 1 : null;
}
