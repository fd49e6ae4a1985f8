import type { WebClient } from '@slack/web-api';
import type { FormValues } from '../../backblast/form.js';
import { attendanceOf, findBeatdown, findBeatdownByTs } from '../../db/queries/backblasts.js';
import { beatdownJson, recordOfRow } from '../../db/rows.js';
import type { Beatdown, Db } from '../../db/types.js';
import type { ExistingPost } from '../blocks/note.js';
import { whenFree } from '../../db/busy.js';

/** The title and channel a beatdown row keeps in its `json`. */
export function storedFacts(row: Pick<Beatdown, 'json' | 'ao_id'>): {
  title: string | null;
  channel: string;
  source: string | null;
} {
  const json = beatdownJson(row.json);
  return { title: json.title, channel: json.channel ?? row.ao_id, source: json.source };
}

/** Form values rebuilt from a stored beatdown and its attendance (Co-Qs of PAXminer's own rows too). */
export async function storedValues(db: Db, ts: string): Promise<{ values: FormValues; source: string | null } | null> {
  const row = await whenFree(() => findBeatdownByTs(db, ts));
  if (!row) return null;
  const rec = recordOfRow(row, await whenFree(() => attendanceOf(db, ts)));
  const json = beatdownJson(row.json);
  const leaders = new Set([rec.qUserId, ...rec.coqUserIds]);
  const pax = rec.paxUserIds.filter((id) => !leaders.has(id));
  const counted = rec.paxUserIds.length + json.unresolvedPax.length + rec.fngNames.length;
  return {
    source: json.source,
    values: {
      title: rec.title,
      date: rec.date,
      aoChannelId: rec.aoId,
      qUserId: rec.qUserId,
      coqUserIds: rec.coqUserIds,
      paxUserIds: pax,
      paxNames: json.unresolvedPax,
      fngNames: rec.fngNames,
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
