import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dialects } from '../../support/db.js';
import { eventBody, postSigned } from '../../support/signing.js';
import { TcpProxy } from '../../support/tcp-proxy.js';
import { CHANNELS, USERS, eventually, startRegion, startReplica, type Region } from '../region.js';

const { doppler, moneyball } = USERS;
const mysqlOnly = dialects().filter((d) => d === 'mysql');

function backblastEvent(region: Region) {
  const ts = region.nextTs();
  const text = ['Backblast! Down and back', `Date: ${region.dateOf(ts)}`, `AO: <#${CHANNELS.yard.id}>`, `Q: <@${doppler.id}>`, `PAX: <@${moneyball.id}>`, 'Count: 2'].join('\n');
  return { type: 'message', channel: CHANNELS.yard.id, channel_type: 'channel', user: doppler.id, text, ts, event_ts: ts };
}

const noteText = (region: Region) => region.notesTo(doppler.id).map((c) => String(c.params.text));

// MariaDB is reached through a TCP pass-through that the test stops and starts, as a database server
// going down and coming back; the bot's spool lives in a temp folder (SPOOL_DIR).
describe.each(mysqlOnly)('a backblast posted while the database is down, on %s', () => {
  let region: Region;
  let proxy: TcpProxy;
  let spoolDir: string;
  let env: Record<string, string>;

  beforeEach(async () => {
    region = await startRegion('mysql');
    const url = new URL(region.bot.region.url);
    proxy = await TcpProxy.start({ host: url.hostname, port: Number(url.port || 3306) });
    url.port = String(proxy.port);
    spoolDir = mkdtempSync(join(tmpdir(), 'paxminer-spool-'));
    env = { DATABASE_URL: url.toString(), SPOOL_DIR: spoolDir };
  });
  afterEach(async () => {
    await proxy.down();
    await region.bot.stop();
    rmSync(spoolDir, { recursive: true, force: true });
  });

  const spooled = () => {
    const file = join(spoolDir, `127.0.0.1-${proxy.port}-${new URL(region.bot.region.url).pathname.slice(1)}.jsonl`);
    return existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [];
  };
  const beatdowns = () => region.bot.region.ctx.db.selectFrom('beatdowns').select('timestamp').execute();

  it('is acknowledged, the poster hears once it is kept, and it is recorded once when the database is back', async () => {
    const bot = await startReplica(region, env);
    try {
      await proxy.down();
      const body = eventBody(backblastEvent(region), 'EvDown');
      expect((await postSigned(bot.events, { body, contentType: 'application/json' })).status).toBe(200);
      const first = await region.noteTo(doppler.id, 1);
      expect(String(first.params.text)).toMatch(/could not record it yet/);
      expect(spooled()).toHaveLength(1);
      // Slack's retry of the same event while the database is still down: no second note.
      const retry = await postSigned(bot.events, { body, contentType: 'application/json', headers: { 'x-slack-retry-num': '1' } });
      expect(retry.status).toBe(200);
      await region.settle(800);
      expect(noteText(region)).toHaveLength(1);
      expect(spooled()).toHaveLength(1);

      await proxy.up();
      await eventually(beatdowns, (r) => r.length === 1, 30_000);
      await region.noteTo(doppler.id, 2, 10_000);
      await region.settle(1_500);
      expect(await beatdowns()).toHaveLength(1);
      const notes = noteText(region);
      expect(notes).toHaveLength(2);
      expect(notes[1]).not.toMatch(/could not record it yet/);
      expect(spooled()).toHaveLength(0);
    } finally {
      await bot.stop();
    }
  }, 60_000);

  it('a restart in between still records it, from the spool', async () => {
    const before = await startReplica(region, env);
    await proxy.down();
    const body = eventBody(backblastEvent(region), 'EvRestart');
    expect((await postSigned(before.events, { body, contentType: 'application/json' })).status).toBe(200);
    await region.noteTo(doppler.id, 1);
    await eventually(async () => spooled(), (lines) => lines.length === 1);
    await before.stop();

    await proxy.up();
    const after = await startReplica(region, env);
    try {
      await eventually(beatdowns, (r) => r.length === 1, 30_000);
      await region.noteTo(doppler.id, 2, 10_000);
      await region.settle(1_500);
      expect(await beatdowns()).toHaveLength(1);
      expect(noteText(region)).toHaveLength(2);
      expect(spooled()).toHaveLength(0);
    } finally {
      await after.stop();
    }
  }, 60_000);
});
