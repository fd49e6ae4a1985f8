import { HttpReply, type SlackApiDouble } from '../support/slack-api.js';

/** What a Slack channel got: one shared message with its files. */
export interface Share {
  channel: string;
  fileIds: string[];
  comment: string;
}

/**
 * Makes the double keep track of what was shared where, as Slack does: files.completeUploadExternal
 * shares, files.info tells. `fail(n)` decides the n-th share's fate (1-based).
 */
export function trackShares(
  api: SlackApiDouble,
  fail: (n: number) => 'ok' | 'error' | 'rate-limited' | 'share-then-hang' | 'hang' = () => 'ok',
): Share[] {
  const shares: Share[] = [];
  let n = 0;
  api.on('files.completeUploadExternal', (p) => {
    n += 1;
    const files = (typeof p.files === 'string' ? JSON.parse(p.files) : p.files) as Array<{ id: string; title?: string }>;
    const share = { channel: String(p.channel_id), fileIds: files.map((f) => f.id), comment: String(p.initial_comment ?? '') };
    const fate = fail(n);
    if (fate === 'error') return { ok: false, error: 'internal_error' };
    if (fate === 'rate-limited') return new HttpReply(429, { ok: false, error: 'ratelimited' }, { 'retry-after': '1' });
    if (fate === 'hang') return new Promise(() => undefined);
    shares.push(share);
    if (fate === 'share-then-hang') return new Promise(() => undefined);
    return { ok: true, files: files.map((f) => ({ id: f.id, title: f.title })) };
  });
  api.on('files.info', (p) => {
    const id = String(p.file);
    const where = shares.filter((s) => s.fileIds.includes(id)).map((s) => s.channel);
    return {
      ok: true,
      file: { id, channels: where.filter((c) => c.startsWith('C')), groups: [], ims: where.filter((c) => c.startsWith('D')) },
    };
  });
  return shares;
}

/** Targets that got more than one message. */
export function sentTwice(shares: Share[]): string[] {
  const seen = new Map<string, number>();
  for (const s of shares) seen.set(s.channel, (seen.get(s.channel) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([c]) => c);
}
