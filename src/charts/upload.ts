import type { WebClient } from '@slack/web-api';
import { slackError } from '../errors.js';
import type { PngFile } from './files.js';

// Putting PNGs in Slack with the current upload API: files.getUploadURLExternal, a POST of the bytes,
// then files.completeUploadExternal, which is the one step anyone sees. The monthly delivery runs the
// steps itself so it can mark its ledger right before the visible one.

export type { PngFile };

export interface UploadedFile {
  id: string;
  title: string;
}

const RETRIES = 3;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** POSTs a file's bytes to its upload URL; a 429 or 5xx is tried again (Retry-After honoured). */
async function postBytes(url: string, file: PngFile): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    // The same multipart form WebClient.filesUploadV2 sends.
    const form = new FormData();
    form.append('body', new Blob([new Uint8Array(file.png)], { type: 'image/png' }), file.filename);
    let res: Response;
    try {
      res = await fetch(url, { method: 'POST', body: form, signal: AbortSignal.timeout(60_000) });
      await res.arrayBuffer();
    } catch (err) {
      if (attempt >= RETRIES) throw new Error(`upload of ${file.filename} failed: ${(err as Error).message}`, { cause: err });
      await sleep(500 * attempt);
      continue;
    }
    if (res.ok) return;
    if ((res.status !== 429 && res.status < 500) || attempt >= RETRIES) {
      throw new Error(`upload of ${file.filename} failed: HTTP ${res.status}`);
    }
    await sleep((Number(res.headers.get('retry-after')) || 0.5 * attempt) * 1000);
  }
}

/** Steps 1 and 2: the files exist in Slack, shared nowhere yet. */
export async function uploadUnshared(client: WebClient, files: readonly PngFile[]): Promise<UploadedFile[]> {
  const uploaded: UploadedFile[] = [];
  for (const file of files) {
    const res = await client.files.getUploadURLExternal({ filename: file.filename, length: file.png.length });
    if (!res.upload_url || !res.file_id) throw new Error('files.getUploadURLExternal gave no upload_url or file_id');
    await postBytes(res.upload_url, file);
    uploaded.push({ id: res.file_id, title: file.title });
  }
  return uploaded;
}

/** Step 3: shares the files in a channel as one message. */
export async function shareUploaded(
  client: WebClient,
  files: readonly UploadedFile[],
  channelId: string,
  message: string,
): Promise<void> {
  await client.files.completeUploadExternal({
    files: files.map((f) => ({ id: f.id, title: f.title })) as [UploadedFile, ...UploadedFile[]],
    channel_id: channelId,
    initial_comment: message,
  });
}

/**
 * Whether Slack shows a file shared in a channel: `yes`, `no` (the file is there but not shared there,
 * or Slack does not know it: an upload never completed), or `unknown` (no clear answer).
 */
export async function isSharedIn(client: WebClient, fileId: string, channelId: string): Promise<'yes' | 'no' | 'unknown'> {
  let file: Record<string, unknown> | undefined;
  try {
    file = (await client.files.info({ file: fileId })).file as Record<string, unknown> | undefined;
  } catch (err) {
    const code = slackError(err);
    return code === 'file_not_found' || code === 'file_deleted' ? 'no' : 'unknown';
  }
  if (!file || typeof file !== 'object') return 'unknown';
  const lists = ['channels', 'groups', 'ims'].map((k) => file[k]).filter(Array.isArray) as unknown[][];
  const shares = file.shares as { public?: Record<string, unknown>; private?: Record<string, unknown> } | undefined;
  if (lists.some((l) => l.includes(channelId)) || shares?.public?.[channelId] || shares?.private?.[channelId]) return 'yes';
  return lists.length > 0 || shares !== undefined ? 'no' : 'unknown';
}

/** The bot's direct-message channel with a user. */
export async function dmChannel(client: WebClient, userId: string): Promise<string> {
  const res = await client.conversations.open({ users: userId });
  const id = res.channel?.id;
  if (!id) throw new Error(`conversations.open gave no channel for ${userId}`);
  return id;
}

/** Sends charts to one person privately, in his direct messages with the bot. */
export async function sendPrivately(
  client: WebClient,
  userId: string,
  files: readonly PngFile[],
  message: string,
): Promise<void> {
  if (files.length === 0) return;
  const channel = await dmChannel(client, userId);
  await client.filesUploadV2({
    channel_id: channel,
    initial_comment: message,
    file_uploads: files.map((f) => ({ file: f.png, filename: f.filename, title: f.title })),
  });
}
