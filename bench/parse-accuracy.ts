// Accuracy of parseMessage on the real-world corpus (test/backblast/corpus): whole records exactly
// right, each field right, and how well it tells backblasts from look-alikes.
import { parseMessage } from '../src/backblast/parse.js';
import type { ParsedBackblast } from '../src/backblast/types.js';
import { corpus, corpusCtx, recordOf } from '../test/backblast/corpus/index.js';

const FIELDS = [
  'title', 'date', 'ao_channel_id', 'q_user_id', 'coq_user_ids', 'pax_user_ids', 'unresolved_pax', 'fng_names', 'fng_count',
  'pax_count', 'warnings',
] as const;

const pct = (n: number, of: number) => (of === 0 ? 'n/a' : `${((100 * n) / of).toFixed(1)}%`);

export function accuracy(): void {
  let exact = 0;
  let truePos = 0;
  let falsePos = 0;
  let falseNeg = 0;
  const right: Record<string, number> = Object.fromEntries(FIELDS.map((f) => [f, 0]));
  let backblasts = 0;
  for (const c of corpus) {
    const want = recordOf(c);
    const got = parseMessage(c.message, corpusCtx);
    if (JSON.stringify(got) === JSON.stringify(want)) exact++;
    if (want.is_backblast && got.is_backblast) truePos++;
    else if (got.is_backblast) falsePos++;
    else if (want.is_backblast) falseNeg++;
    if (!want.is_backblast) continue;
    backblasts++;
    for (const f of FIELDS) {
      if (got.is_backblast && JSON.stringify((got as ParsedBackblast)[f]) === JSON.stringify((want as ParsedBackblast)[f])) right[f]!++;
    }
  }
  console.log(`corpus: ${corpus.length} real messages, ${backblasts} backblasts and ${corpus.length - backblasts} look-alikes`);
  console.log(`exact records: ${exact}/${corpus.length} (${pct(exact, corpus.length)})`);
  console.log(
    `detection: precision ${pct(truePos, truePos + falsePos)} (${falsePos} look-alikes taken for backblasts), ` +
      `recall ${pct(truePos, truePos + falseNeg)} (${falseNeg} backblasts missed)`,
  );
  console.log(`fields right, of ${backblasts} backblasts: ${FIELDS.map((f) => `${f} ${pct(right[f]!, backblasts)}`).join(', ')}`);
}
