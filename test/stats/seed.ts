import type { Kysely } from 'kysely';
import { upsertAos } from '../../src/db/queries/aos.js';
import { saveBackblast } from '../../src/db/queries/backblasts.js';
import { upsertUsers } from '../../src/db/queries/users.js';
import type { Database } from '../../src/db/types.js';

// A small region with known figures, saved through the path every backblast takes. The expected
// numbers in the tests are worked out by hand from this list.

export const YARD = 'C0YARD';
export const PIT = 'C0PIT';
export const HILL = 'C0HILL';

export const DOPPLER = 'U0DOPPLER';
export const SANDBAG = 'U0SANDBAG';
export const RIPCORD = 'U0RIPCORD';
export const TATER = 'U0TATER';
export const GUMBY = 'U0GUMBY';
export const MAYHEM = 'U0MAYHEM';
export const HOOPTY = 'U0HOOPTY';
export const OLDIE = 'U0OLDIE';
export const BOT = 'U0BOT';

interface Bd {
  ao: string;
  date: string;
  q: string;
  coqs?: string[];
  pax?: string[];
  count?: number;
  fngs?: string[];
}

export const BEATDOWNS: Bd[] = [
  // Oldie: five posts long ago, alone.
  ...['2024-03-04', '2024-03-11', '2024-03-18', '2024-03-25', '2024-04-01'].map((date) => ({
    ao: PIT,
    date,
    q: OLDIE,
    count: 1,
  })),
  { ao: YARD, date: '2025-06-10', q: DOPPLER, pax: [SANDBAG, RIPCORD], count: 3 },
  { ao: PIT, date: '2025-12-30', q: SANDBAG, pax: [DOPPLER], count: 3, fngs: ['Newbie'] },
  { ao: YARD, date: '2026-01-05', q: DOPPLER, coqs: [SANDBAG, RIPCORD], pax: [TATER], count: 6, fngs: ['Frodo', 'Sam'] },
  { ao: PIT, date: '2026-03-10', q: RIPCORD, pax: [DOPPLER], count: 2 },
  // Mayhem: four posts in the summer, then gone. Hoopty: three.
  ...['2026-07-06', '2026-07-13', '2026-07-20', '2026-08-03'].map((date) => ({ ao: HILL, date, q: MAYHEM, count: 1 })),
  ...['2026-07-07', '2026-07-14', '2026-07-21'].map((date) => ({ ao: HILL, date, q: HOOPTY, count: 1 })),
  { ao: YARD, date: '2026-10-27', q: SANDBAG, coqs: [DOPPLER], pax: [RIPCORD], count: 3 },
  { ao: YARD, date: '2026-11-02', q: TATER, pax: [DOPPLER, SANDBAG], count: 4, fngs: ['Bambi'] },
  { ao: PIT, date: '2026-11-04', q: DOPPLER, pax: [GUMBY], count: 2 },
  { ao: YARD, date: '2026-11-09', q: RIPCORD, pax: [DOPPLER, SANDBAG, TATER], count: 0 },
  { ao: PIT, date: '2026-11-10', q: GUMBY, pax: [BOT], count: 2 },
  { ao: HILL, date: '2026-11-16', q: DOPPLER, pax: [SANDBAG], count: 2 },
];

const NAMES: Record<string, string> = {
  [DOPPLER]: 'Doppler',
  [SANDBAG]: 'Sandbag',
  [RIPCORD]: 'Ripcord',
  [TATER]: 'Tater Tot',
  [GUMBY]: 'Gumby',
  [MAYHEM]: 'Mayhem',
  [HOOPTY]: 'Hoopty',
  [OLDIE]: 'Oldie',
  [BOT]: 'Slackblast',
};

export async function seedRegion(db: Kysely<Database>): Promise<void> {
  await upsertUsers(
    db,
    Object.entries(NAMES).map(([id, name]) => ({
      id,
      name: name.toLowerCase(),
      profile: { display_name: name },
      is_bot: id === BOT,
    })),
  );
  await upsertAos(
    db,
    [
      { id: YARD, name: 'ao-the-yard' },
      { id: PIT, name: 'ao-iron-pit' },
      { id: HILL, name: 'ao-the-hill' },
    ],
    { markBackblast: true },
  );
  for (const [n, b] of BEATDOWNS.entries()) await saveSeedBeatdown(db, n, { ...b, count: b.count ?? 0 });
}

/** One known beatdown, saved as a backblast would be; `n` sets its ts, title and text apart. */
export async function saveSeedBeatdown(
  db: Kysely<Database>,
  n: number,
  b: Bd & { count: number; extra?: Record<string, unknown> },
): Promise<void> {
  const outcome = await saveBackblast(db, {
    ts: `${Date.parse(`${b.date}T12:00:00Z`) / 1000}.${String(n).padStart(6, '0')}`,
    tsEdited: null,
    channel: b.ao,
    aoId: b.ao,
    date: b.date,
    qUserId: b.q,
    coqUserIds: b.coqs ?? [],
    paxUserIds: b.pax ?? [],
    paxCount: b.count,
    fngNames: b.fngs ?? [],
    fngCount: b.fngs?.length ?? 0,
    title: `Beatdown ${n}`,
    backblast: `Backblast! Beatdown ${n}`,
    extra: b.extra,
  });
  if (outcome.status !== 'saved') throw new Error(`seed beatdown ${n} not saved: ${outcome.reason}`);
}
