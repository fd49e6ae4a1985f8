import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dateInZone } from '../../src/time.js';
import { startTestBot, type TestBot } from '../support/bot.js';
import { sendBurst } from '../support/burst.js';
import { dialects } from '../support/db.js';
import { eventBody } from '../support/signing.js';

// Slack gives an answer 3 s and, after an outage or from a busy region, sends events in bursts.

const TZ = 'America/Chicago';
const users = Array.from({ length: 30 }, (_, i) => ({ id: `U${String(i).padStart(8, '0')}`, name: `pax${i}`, profile: { display_name: `Pax ${i}` } }));

function withRegion(bot: TestBot): void {
  bot.api
    .on('users.list', () => ({ ok: true, members: users, response_metadata: { next_cursor: '' } }))
    .on('users.info', (p) => ({ ok: true, user: users.find((u) => u.id === p.user) ?? { id: p.user } }))
    .on('conversations.info', (p) => ({ ok: true, channel: { id: p.channel, name: `ao-${String(p.channel).toLowerCase()}`, created: 1_600_000_000 } }));
}

/** Event `i` of a burst: a backblast by its own Q at one of 7 AOs (no two share AO, Q and day). */
function backblast(i: number, today: string, now: number) {
  const q = users[i % users.length]!.id;
  const pax = [1, 2, 3].map((k) => `<@${users[(i + k) % users.length]!.id}>`).join(' ');
  const ts = `${now - 3600 + i}.${String(i).padStart(6, '0')}`;
  const text = `Backblast! Burst ${i}\nDate: ${today}\nQ: <@${q}>\nPAX: ${pax}\nCount: 4\n\nWarm-up, thang, COT.`;
  return { type: 'message', channel: `C${String(i % 7).padStart(8, '0')}`, channel_type: 'channel', user: q, text, ts, event_ts: ts };
}

/** Posts every event at once, signed, from another process; each answer's milliseconds (null: failed). */
function burst(bot: TestBot, events: Array<Record<string, unknown>>): Promise<Array<number | null>> {
  return sendBurst(`${bot.base}/slack/events`, events.map((e) => eventBody(e)));
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
}

describe.each(dialects())('a burst of backblast events on %s', (dialect) => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await startTestBot(dialect, { REGION_TZ: TZ });
    withRegion(bot);
  });
  afterEach(async () => bot.stop());

  it('answers every event within 3 s, then records each one and tells each Q once', async () => {
    const n = 120;
    const today = dateInZone(Date.now(), TZ);
    const now = Math.floor(Date.now() / 1000);
    const acks = await burst(bot, Array.from({ length: n }, (_, i) => backblast(i, today, now)));
    expect(acks.every((ms) => ms !== null && ms < 3000)).toBe(true);

    const db = bot.region.ctx.db;
    const count = async (table: 'beatdowns' | 'bd_attendance' | 'message_notes') =>
      Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    await until(async () => bot.api.callsTo('chat.postEphemeral').length >= n, 20_000);
    expect(await count('beatdowns')).toBe(n);
    // Every beatdown whole: its Q and its three PAX.
    expect(await count('bd_attendance')).toBe(n * 4);
    expect(await count('message_notes')).toBe(n);
    expect(bot.api.callsTo('chat.postEphemeral')).toHaveLength(n);
  });
});

describe('answers while earlier events are still being processed', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await startTestBot('sqlite', { REGION_TZ: TZ });
    withRegion(bot);
  });
  afterEach(async () => bot.stop());

  it('does not hold an answer behind the work on the events before it', async () => {
    // Work on each event that holds the thread 100 ms, as a long parse or a slow synchronous write would.
    bot.app.use(async ({ next }) => {
      const end = Date.now() + 100;
      while (Date.now() < end);
      await next();
    });
    const events = Array.from({ length: 20 }, (_, i) => ({ type: 'message', channel: 'C0CHAT', channel_type: 'channel', user: users[i]!.id, text: `hello ${i}`, ts: `1700000000.${String(i).padStart(6, '0')}` }));
    const acks = await burst(bot, events);
    expect(acks.every((ms) => ms !== null)).toBe(true);
    // Answered behind that work, the last answer would wait for 19 of them: 1.9 s.
    expect(Math.max(...(acks as number[]))).toBeLessThan(1000);
  });
});
