import type { WebClient } from '@slack/web-api';
import type { FormValues } from '../../backblast/form.js';
import { attendanceOf, findBeatdown, findBeatdownByTs } from '../../db/queries/backblasts.js';
import type { Beatdown, Db } from '../../db/types.js';
import type { ExistingPost } from '../blocks/note.js';
import { whenFree } from '../busy.js';
import { readJson } from '../json.js';

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

/** The title and channel a beatdown row keeps in its `json`. */
export function storedFacts(row: Pick<Beatdown, 'json' | 'ao_id'>): {
  title: string | null;
  channel: string;
  source: string | null;
} {
  const json = readJson(row.json) ?? {};
  return {
    title: typeof json.title === 'string' && json.title ? json.title : null,
    channel: typeof json.channel === 'string' && json.channel ? json.channel : row.ao_id,
    source: typeof json.source === 'string' ? json.source : null,
  };
}

/** Form values rebuilt from a stored beatdown and its attendance. */
export async function storedValues(db: Db, ts: string): Promise<{ values: FormValues; source: string | null } | null> {
  const row = await whenFree(() => findBeatdownByTs(db, ts));
  if (!row) return null;
  const json = readJson(row.json) ?? {};
  const coqs = strings(json.coq_user_ids);
  const leaders = new Set([row.q_user_id, ...coqs]);
  const pax = (await whenFree(() => attendanceOf(db, ts))).filter((id) => !leaders.has(id));
  const names = strings(json.unresolved_pax);
  const fngs = strings(json.fng_names);
  const counted = leaders.size + pax.length + names.length + fngs.length;
  return {
    source: storedFacts(row).source,
    values: {
      title: typeof json.title === 'string' ? json.title : '',
      date: row.bd_date,
      aoChannelId: row.ao_id,
      qUserId: row.q_user_id,
      coqUserIds: coqs,
      paxUserIds: pax,
      paxNames: names,
      fngNames: fngs,
      count: row.pax_count === null || row.pax_count === counted ? null : row.pax_count,
      moleskin: '',
    },
  };
}

/** Title and link of a recorded post, to name it in a reply. */
export async function describePost(db: Db, client: WebClient, ts: string | null): Promise<ExistingPost> {
  if (!ts) return { title: null, link: null };
  const row = await whenFree(() => findBeatdownByTs(db, ts));
  if (!row) return { title: null, link: null };
  const facts = storedFacts(row);
  let link: string | null = null;
  try {
    link = (await client.chat.getPermalink({ channel: facts.channel, message_ts: ts })).permalink ?? null;
  } catch {
    // a post without a link is still named by its title
  }
  return { title: facts.title, link };
}

/** Another post already holding this AO, date and Q (PAXminer's key), if any. */
export async function clashingPost(db: Db, key: { aoId: string; date: string; qUserId: string }, exceptTs: string | null) {
  const row = await whenFree(() => findBeatdown(db, key));
  if (!row || (exceptTs !== null && row.timestamp === exceptTs)) return null;
  return { ts: row.timestamp, ...storedFacts(row) };
}

/** Whether a message has a stored record. */
export async function isRecorded(db: Db, ts: string): Promise<boolean> {
  return (await whenFree(() => findBeatdownByTs(db, ts))) !== undefined;
}
