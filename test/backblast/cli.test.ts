import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/backblast/parse.js';
import { runCli } from '../support/run.js';
import { cases, ctx } from './fixtures/index.js';

const USERS = 'test/backblast/fixtures/users.json';
const CHANNELS = 'test/backblast/fixtures/channels.json';
const late = { ts: '1791347400.000100', channel: 'C01GRIND', user: 'U04SLICE', text: 'Backblast: Late\nQ: @Slice\nPAX: @Doppler' };

function lines(stdout: string): unknown[] {
  return stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown);
}

describe('paxminer parse', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'paxminer-parse-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes one record per message, in order, and an error record for a bad line', async () => {
    const sample = cases.filter((_, i) => i % 7 === 0).map((c) => c.message);
    const input = [
      JSON.stringify(sample[0]),
      '{"ts": "1791288900.1", "text": oops}',
      '',
      ...sample.slice(1).map((m) => JSON.stringify(m)),
      '[1, 2]',
      JSON.stringify(sample[1]),
    ].join('\n');
    const r = await runCli(['parse', '--users', USERS, '--channels', CHANNELS, '--tz', 'America/Chicago'], { stdin: input });
    expect(r.code, r.stderr).toBe(0);
    const out = lines(r.stdout);
    const expected = [
      parseMessage(sample[0]!, ctx),
      { line: 2, error: expect.stringMatching(/^invalid JSON: /) },
      ...sample.slice(1).map((m) => parseMessage(m, ctx)),
      { line: sample.length + 3, error: expect.stringMatching(/^not a Slack message/) },
      parseMessage(sample[1]!, ctx),
    ];
    expect(out).toEqual(expected);
    expect(out.filter((o) => (o as { is_backblast?: boolean }).is_backblast === true).length).toBeGreaterThan(5);
  });

  it('keeps the contract key order on every line', async () => {
    const r = await runCli(['parse', '--users', USERS, '--channels', CHANNELS], { stdin: JSON.stringify(cases[0]!.message) + '\n' });
    expect(r.stdout).toMatch(
      /^\{"ts":"[^"]+","channel":"C01GRIND","is_backblast":true,"title":"[^"]*","date":"\d{4}-\d\d-\d\d","ao_channel_id":"C01GRIND","q_user_id":"U04SLICE","coq_user_ids":\[\],"pax_user_ids":\[[^\]]*\],"unresolved_pax":\[\],"fng_names":\[\],"fng_count":0,"pax_count":4,"warnings":\[\]\}\n$/,
    );
  });

  it('takes the time zone from --tz, else REGION_TZ, else America/Chicago', async () => {
    const stdin = JSON.stringify(late) + '\n';
    const dateOf = (stdout: string) => (lines(stdout)[0] as { date: string }).date;
    expect(dateOf((await runCli(['parse'], { stdin })).stdout)).toBe('2026-10-06');
    expect(dateOf((await runCli(['parse'], { stdin, env: { REGION_TZ: 'UTC' } })).stdout)).toBe('2026-10-07');
    expect(dateOf((await runCli(['parse', '--tz=UTC'], { stdin, env: { REGION_TZ: 'America/Chicago' } })).stdout)).toBe('2026-10-07');
  });

  it('reads users and channels from Web API answers too', async () => {
    const users = join(dir, 'users.json');
    const channels = join(dir, 'channels.json');
    await writeFile(users, JSON.stringify({ ok: true, members: ctx.users }));
    await writeFile(channels, JSON.stringify({ ok: true, channels: ctx.channels }));
    const r = await runCli(['parse', '--users', users, '--channels', channels], { stdin: JSON.stringify(late) });
    expect(lines(r.stdout)).toEqual([parseMessage(late, ctx)]);
  });

  it('without directories, mentions still resolve and typed names stay names', async () => {
    const r = await runCli(['parse'], { stdin: JSON.stringify({ ...late, text: 'Backblast: Late\nQ: <@U04SLICE>\nPAX: Doppler' }) });
    expect(lines(r.stdout)[0]).toMatchObject({ q_user_id: 'U04SLICE', pax_user_ids: ['U04SLICE'], unresolved_pax: ['Doppler'], pax_count: 2 });
  });

  it('refuses an unknown time zone, an unknown option and a missing file', async () => {
    const tz = await runCli(['parse', '--tz', 'Mars/Olympus']);
    expect(tz.code).toBe(2);
    expect(tz.stderr).toMatch(/unknown time zone 'Mars\/Olympus'/);
    const option = await runCli(['parse', '--user', USERS]);
    expect(option.code).toBe(2);
    expect(option.stderr).toMatch(/unknown argument '--user'/);
    const missing = await runCli(['parse', '--users', join(dir, 'nope.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*nope\.json/);
  });
});
