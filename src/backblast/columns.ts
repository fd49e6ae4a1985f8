import type { BeatdownRecord } from './types.js';

// What the columns can hold (migrations/2026-11-24-001: ids are varchar(45), counts are `integer`,
// JSON is checked by MariaDB). A value read from a message that does not fit is brought into range
// or dropped here, with a warning the Q sees, so it never fails a save (nor the next night's run).

const INT_MAX = 2_147_483_647;
const ID_MAX = 45;

const isCount = (n: number) => Number.isSafeInteger(n) && n >= 0 && n <= INT_MAX;
const isId = (id: string) => id.length <= ID_MAX;
// A UTF-16 surrogate without its other half is not a character, and MariaDB's JSON check refuses it.
// The value itself when nothing in it is broken (no copy: most records are whole), else a copy, mended.
function wellFormed<T>(value: T, found: { lone: boolean }): T {
  if (typeof value === 'string') {
    if (value.isWellFormed()) return value;
    found.lone = true;
    return value.toWellFormed() as T;
  }
  // Plain loops: this runs on every record an import parses (tens of thousands), where entry arrays
  // and callbacks for each object were most of its time.
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      const w = wellFormed(v, found);
      if (w !== v) (copy ??= [...value])[i] = w;
    }
    return (copy ?? value) as T;
  }
  if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    let copy: Record<string, unknown> | undefined;
    for (const k in object) {
      if (!Object.hasOwn(object, k)) continue;
      const v = object[k];
      const w = wellFormed(v, found);
      if (w !== v) (copy ??= { ...object })[k] = w;
    }
    return (copy ?? value) as T;
  }
  return value;
}

export type Fitted = { ok: true; record: BeatdownRecord; warnings: string[] } | { ok: false; problem: string };

/** The record with every value in its column's range, and what had to change; refused when the key itself cannot be stored. */
export function fitColumns(input: BeatdownRecord): Fitted {
  const found = { lone: false };
  // Fields below are replaced, never changed in place: a shallow copy keeps the caller's record as it was.
  const rec = { ...wellFormed(input, found) };
  const warnings: string[] = [];
  if (!isId(rec.qUserId)) return { ok: false, problem: `The Q (${rec.qUserId.slice(0, 20)}…) is not a Slack user id.` };
  if (!isId(rec.aoId)) return { ok: false, problem: `The AO (${rec.aoId.slice(0, 20)}…) is not a Slack channel id.` };
  const tooLong = [...rec.coqUserIds, ...rec.paxUserIds].filter((id) => !isId(id));
  if (tooLong.length > 0) {
    warnings.push(
      `Left out ${tooLong.length === 1 ? 'a mention that is' : `${tooLong.length} mentions that are`} not a Slack user id.`,
    );
    rec.coqUserIds = rec.coqUserIds.filter(isId);
    rec.paxUserIds = rec.paxUserIds.filter(isId);
  }
  if (!isCount(rec.paxCount)) {
    const counted = new Set([rec.qUserId, ...rec.coqUserIds, ...rec.paxUserIds]).size;
    warnings.push(`The count ${rec.paxCount} is not a headcount; recorded ${counted}, the PAX listed.`);
    rec.paxCount = counted;
  }
  if (!isCount(rec.fngCount)) {
    warnings.push(`The FNG count ${rec.fngCount} is not a headcount; recorded ${rec.fngNames.length}, the FNGs named.`);
    rec.fngCount = rec.fngNames.length;
  }
  if (found.lone) warnings.push('Some characters of the text were broken (half of an emoji or symbol); they are stored as �.');
  return { ok: true, record: rec, warnings };
}
