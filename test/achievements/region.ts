import type { Kysely } from 'kysely';
import { upsertAos } from '../../src/db/queries/aos.js';
import { saveBackblast } from '../../src/db/queries/backblasts.js';
import { upsertUsers } from '../../src/db/queries/users.js';
import type { Database } from '../../src/db/types.js';
import { addDays } from '../../src/time.js';

// A generated region for the achievements and weekly-report tests: a seeded random half year of
// beatdowns at three AOs, a QSource and a ruck, plus hand-placed weeks that must earn known awards.

export const AOS = { yard: 'C0YARD', pit: 'C0PIT', hill: 'C0HILL', qsource: 'C0QSOURCE', ruck: 'C0RUCK' };
export const AO_NAMES: Record<string, string> = {
  [AOS.yard]: 'ao-the-yard',
  [AOS.pit]: 'ao-iron-pit',
  [AOS.hill]: 'ao-the-hill',
  [AOS.qsource]: 'qsource',
  [AOS.ruck]: 'ao-ruck-club',
};
export const MEN = ['U0ALPHA', 'U0BRAVO', 'U0CHARLIE', 'U0DELTA', 'U0ECHO', 'U0FOXTROT'];

export interface GenBeatdown {
  ao: string;
  date: string;
  q: string;
  pax: string[];
  backblast?: string;
  fngs?: string[];
}

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The region's beatdowns: each day from `from` for `days` days, each AO meets on about half the days. */
export function generateRegion(seed: number, from = '2026-01-01', days = 180): GenBeatdown[] {
  const rnd = random(seed);
  const out: GenBeatdown[] = [];
  for (let d = 0; d < days; d++) {
    const date = addDays(from, d);
    for (const ao of Object.values(AOS)) {
      if (rnd() < 0.5) continue;
      const q = MEN[Math.floor(rnd() * MEN.length)]!;
      const pax = MEN.filter((m) => m !== q && rnd() < 0.45);
      out.push({ ao, date, q, pax });
    }
  }
  return out;
}

export async function seedUsersAndAos(db: Kysely<Database>, extra: Record<string, string> = {}): Promise<void> {
  const names: Record<string, string> = Object.fromEntries(MEN.map((m) => [m, m.slice(2).toLowerCase()]));
  await upsertUsers(
    db,
    Object.entries({ ...names, ...extra }).map(([id, name]) => ({ id, name, profile: { display_name: name, real_name: name } })),
  );
  await upsertAos(
    db,
    Object.entries(AO_NAMES).map(([id, name]) => ({ id, name })),
    { markBackblast: true },
  );
}

export async function saveAll(db: Kysely<Database>, beatdowns: GenBeatdown[], start = 0): Promise<void> {
  for (const [i, b] of beatdowns.entries()) {
    const n = start + i;
    const outcome = await saveBackblast(db, {
      ts: `${Date.parse(`${b.date}T12:00:00Z`) / 1000 + n}.${String(n).padStart(6, '0')}`,
      tsEdited: null,
      channel: b.ao,
      aoId: b.ao,
      date: b.date,
      qUserId: b.q,
      coqUserIds: [],
      paxUserIds: b.pax,
      paxCount: b.pax.length + 1 + (b.fngs?.length ?? 0),
      fngNames: b.fngs ?? [],
      fngCount: b.fngs?.length ?? 0,
      title: `Beatdown ${n}`,
      backblast: b.backblast ?? `Backblast! Beatdown ${n}`,
    });
    if (outcome.status !== 'saved') throw new Error(`beatdown ${n} not saved: ${outcome.reason}`);
  }
}
