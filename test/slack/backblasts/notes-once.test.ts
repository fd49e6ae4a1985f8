import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dialects } from '../../support/db.js';
import { eventBody, postSigned } from '../../support/signing.js';
import { CHANNELS, USERS, eventually, startRegion, startReplica, type Region } from '../region.js';

const { doppler, moneyball } = USERS;

function backblast(date: string, n: number): string {
  return [`Backblast! Beatdown ${n}`, `Date: ${date}`, `AO: <#${CHANNELS.yard.id}>`, `Q: <@${doppler.id}>`, `PAX: <@${moneyball.id}>`, 'Count: 2'].join('\n');
}

describe.each(dialects())('one private note per post version on %s', (dialect) => {
  let region: Region;
  beforeEach(async () => {
    region = await startRegion(dialect);
  });
  afterEach(async () => region.bot.stop());

  it('two instances on one database receiving the same 20 events send 20 notes', async () => {
    const replica = await startReplica(region);
    try {
      const sends: Promise<Response>[] = [];
      for (let n = 0; n < 20; n++) {
        const ts = region.nextTs();
        const event = { type: 'message', channel: CHANNELS.yard.id, channel_type: 'channel', user: doppler.id, text: backblast(region.dateOf(ts), n), ts, event_ts: ts };
        const body = eventBody(event, `Ev${n}`);
        sends.push(postSigned(`${region.bot.base}/slack/events`, { body, contentType: 'application/json' }));
        sends.push(postSigned(replica.events, { body, contentType: 'application/json', headers: { 'x-slack-retry-num': '1' } }));
      }
      for (const res of await Promise.all(sends)) expect(res.status).toBe(200);
      await region.noteTo(doppler.id, 20);
      await region.settle(800);
      expect(region.notesTo(doppler.id)).toHaveLength(20);
      const rows = await region.bot.region.ctx.db.selectFrom('message_notes').selectAll().execute();
      expect(rows).toHaveLength(20);
    } finally {
      await replica.stop();
    }
  });

  it('a retry reaching a restarted bot sends no second note', async () => {
    const ts = region.nextTs();
    const event = { type: 'message', channel: CHANNELS.yard.id, channel_type: 'channel', user: doppler.id, text: backblast(region.dateOf(ts), 1), ts, event_ts: ts };
    const body = eventBody(event, 'EvRestart');
    const first = await startReplica(region);
    expect((await postSigned(first.events, { body, contentType: 'application/json' })).status).toBe(200);
    await region.noteTo(doppler.id, 1);
    await region.settle();
    await first.stop();

    const restarted = await startReplica(region);
    try {
      const retry = await postSigned(restarted.events, { body, contentType: 'application/json', headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
      expect(retry.status).toBe(200);
      await eventually(
        () => region.bot.region.ctx.db.selectFrom('beatdowns').select('timestamp').execute(),
        (r) => r.length === 1,
      );
      await region.settle(800);
      expect(region.notesTo(doppler.id)).toHaveLength(1);
    } finally {
      await restarted.stop();
    }
  });
});
