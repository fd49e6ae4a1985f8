import { WebClient } from '@slack/web-api';
import type { KnownBlock } from '@slack/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPng } from '../../src/charts/render.js';
import { subcommands } from '../../src/slack/paxminer/index.js';
import type { SubcommandReply, SubcommandRequest } from '../../src/slack/paxminer/types.js';
import { todayIn } from '../../src/stats/period.js';
import { createTestRegion, dialects, type TestRegion } from '../support/db.js';
import { recentSeed } from '../stats/insights/fixtures.js';
import { seed } from '../stats/insights/seed.js';

// The answers as Slack gets them, checked against Block Kit's limits and for a phone's width.

/** Block Kit's limits, and short fields so two columns fit a phone. */
function expectSlackShape(reply: SubcommandReply): KnownBlock[] {
  expect(reply.text.length).toBeGreaterThan(0);
  const blocks = reply.blocks ?? [];
  expect(blocks.length).toBeGreaterThan(0);
  expect(blocks.length).toBeLessThanOrEqual(50);
  for (const b of blocks) {
    expect(['header', 'section', 'context', 'divider', 'actions', 'image']).toContain(b.type);
    if (b.type === 'header') expect(b.text.text.length).toBeLessThanOrEqual(150);
    if (b.type === 'section') {
      expect(b.text !== undefined || b.fields !== undefined).toBe(true);
      if (b.text) expect(b.text.text.length).toBeLessThanOrEqual(3000);
      for (const f of b.fields ?? []) expect(f.text.length).toBeLessThanOrEqual(60);
      expect((b.fields ?? []).length).toBeLessThanOrEqual(10);
    }
    if (b.type === 'context') expect(b.elements.length).toBeLessThanOrEqual(10);
  }
  return blocks;
}

const texts = (blocks: KnownBlock[]) =>
  blocks
    .flatMap((b) => {
      if (b.type === 'header') return [b.text.text];
      if (b.type === 'section') return [b.text?.text ?? '', ...(b.fields ?? []).map((f) => f.text)];
      if (b.type === 'context') return b.elements.map((e) => ('text' in e ? e.text : ''));
      return [];
    })
    .join('\n');

describe.each(dialects())('/paxminer insight answers on %s', (dialect) => {
  let t: TestRegion;
  let client: WebClient;
  const today = todayIn('America/Chicago', new Date());

  beforeAll(async () => {
    t = await createTestRegion(dialect);
    client = new WebClient('xoxb-test', { slackApiUrl: 'http://127.0.0.1:9/api/' });
    await seed(t.ctx.db, recentSeed(today));
  });
  afterAll(async () => t.cleanup());

  function ask(name: string, args: string[], who: { userId?: string; isAdmin?: boolean } = {}) {
    const sub = subcommands.find((s) => s.name === name);
    if (!sub) throw new Error(`no subcommand ${name}`);
    const req: SubcommandRequest = {
      ctx: t.ctx,
      client,
      userId: who.userId ?? 'U0DOP',
      channelId: 'C0YARD',
      args,
      isAdmin: who.isAdmin ?? false,
      now: new Date(`${today}T12:00:00Z`),
      today,
    };
    return sub.run(req);
  }

  it('registers the five insight subcommands with their access', () => {
    expect(
      Object.fromEntries(
        subcommands.filter((s) => ['pax', 'days', 'q', 'kotter', 'aos'].includes(s.name)).map((s) => [s.name, s.access]),
      ),
    ).toEqual({
      pax: 'self-or-admin',
      days: 'admin',
      q: 'admin',
      kotter: 'admin',
      aos: 'admin',
    });
  });

  it('pax: a PAX asks about himself and gets four figures in two columns', async () => {
    const reply = await ask('pax', ['year']);
    const blocks = expectSlackShape(reply);
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Doppler: posts this year', emoji: true } });
    const fields = blocks.find((b) => b.type === 'section' && b.fields);
    expect(fields?.type === 'section' && fields.fields?.map((f) => f.text.split('\n')[0])).toEqual([
      '*This week*',
      '*This month*',
      '*This year*',
      '*All time*',
    ]);
    expect(texts(blocks)).toMatch(/Posts most this year at\* ao-the-yard/);
  });

  it('pax: asking about another man needs an admin; mentions arrive escaped or as typed names', async () => {
    const refused = await ask('pax', ['<@U0SLICE|slice>']);
    expect(refused.blocks).toBeUndefined();
    expect(refused.text).toMatch(/about yourself/);
    const escaped = await ask('pax', ['<@U0SLICE|slice>', 'week'], { isAdmin: true });
    expect(escaped.text).toMatch(/^Slice: /);
    const typed = await ask('pax', ['@slice'], { isAdmin: true });
    expect(typed.text).toMatch(/^Slice: /);
    const unknown = await ask('pax', ['@nobody'], { isAdmin: true });
    expect(unknown.text).toMatch(/I don't know anyone called @nobody/);
    const nonsense = await ask('pax', ['fortnight'], { isAdmin: true });
    expect(nonsense.text).toMatch(/I can't tell who 'fortnight' is/);
    const spaced = await ask('pax', ['@big', 'sky', 'week'], { isAdmin: true });
    expect(spaced.text).toMatch(/^Big Sky: 0 this week/);
  });

  it('days: the busiest day in words and as a bar chart', async () => {
    const reply = await ask('days', [], { isAdmin: true });
    const blocks = expectSlackShape(reply);
    expect(texts(blocks)).toMatch(/\*Busiest: \w+day\*/);
    expect(texts(blocks)).toMatch(/Each AO's busiest day/);
    expect(reply.charts).toHaveLength(1);
    expect(isPng(reply.charts![0]!.png)).toBe(true);
    const one = await ask('days', ['<#C0PIT|ao-the-pit>'], { isAdmin: true });
    expect(one.text).toMatch(/^Busiest day at ao-the-pit: /);
    const named = await ask('days', ['#ao-the-pit'], { isAdmin: true });
    expect(named.text).toBe(one.text);
  });

  it('q: his Qs last month and attendance when he Qs', async () => {
    const reply = await ask('q', ['<@U0DOP|doppler>'], { isAdmin: true });
    const blocks = expectSlackShape(reply);
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: 'Doppler as Q' } });
    expect(texts(blocks)).toMatch(/\*When he Qs\*: /);
  });

  it('kotter: the missing men, each with those to reach out', async () => {
    // Kilt last posted six weeks ago; in the 26 weeks up to then he shared 26 beatdowns with each of the two.
    const reply = await ask('kotter', ['3'], { isAdmin: true });
    const blocks = expectSlackShape(reply);
    expect(reply.text).toBe('1 kotter: not seen for 3 weeks or more');
    expect(texts(blocks)).toMatch(
      /<@U0KILT> · 6 weeks · last .* at ao-the-yard\n\s+used to post with <@U0DOP> \(26\), <@U0SLICE> \(26\)/,
    );
    const bad = await ask('kotter', ['soon'], { isAdmin: true });
    expect(bad.text).toMatch(/Weeks away is a whole number from 1 to 52/);
  });

  it('aos: trends in words and as lines', async () => {
    const reply = await ask('aos', [], { isAdmin: true });
    const blocks = expectSlackShape(reply);
    expect(texts(blocks)).toMatch(/\*Time for a new AO\?\*/);
    expect(texts(blocks)).toMatch(/\*ao-the-yard\* \d+\.\d/);
    expect(reply.charts).toHaveLength(1);
    expect(isPng(reply.charts![0]!.png)).toBe(true);
  });
});
