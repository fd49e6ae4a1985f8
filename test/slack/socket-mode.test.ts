import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findBeatdownByTs } from '../../src/db/queries/backblasts.js';
import { dateInZone } from '../../src/time.js';
import { createSlackApp, startSlackApp } from '../../src/slack/app.js';
import { freePort, type TestBot } from '../support/bot.js';
import { createTestRegion, dialects } from '../support/db.js';
import { SlackApiDouble } from '../support/slack-api.js';
import { SocketModeServer } from './socket-server.js';
import { CHANNELS, Region, TZ, USERS, eventually } from './region.js';

const { doppler, moneyball } = USERS;

describe.each(dialects())('Socket Mode on %s', (dialect) => {
  let socket: SocketModeServer;
  let region: Region;
  beforeEach(async () => {
    socket = await SocketModeServer.start();
    const api = await SlackApiDouble.start();
    api.on('apps.connections.open', () => ({ ok: true, url: socket.url }));
    const test = await createTestRegion(dialect, {
      REGION_TZ: TZ,
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_APP_TOKEN: 'xapp-1-test',
      SLACK_API_URL: api.url,
      PORT: String(await freePort()),
      JOBS: 'off',
    });
    const app = createSlackApp(test.ctx);
    await startSlackApp(app, test.ctx);
    const bot: TestBot = {
      base: `http://127.0.0.1:${test.ctx.settings.port}`,
      api,
      region: test,
      app,
      event: () => Promise.reject(new Error('Socket Mode: no HTTP events')),
      command: () => Promise.reject(new Error('Socket Mode: no HTTP commands')),
      interaction: () => Promise.reject(new Error('Socket Mode: no HTTP interactions')),
      stop: async () => {
        await app.stop();
        await api.close();
        await test.cleanup();
      },
    };
    region = new Region(bot);
  });
  afterEach(async () => {
    await region.bot.stop();
    await socket.close();
  });

  it('connects with the app token, acks envelopes and records a backblast', async () => {
    expect(socket.connected).toBe(true);
    const health = await fetch(`${region.bot.base}/healthz`);
    expect(health.status).toBe(200);
    const open = region.bot.api.callsTo('apps.connections.open')[0]!;
    expect(open.token).toBe('xapp-1-test');

    const ts = region.nextTs();
    const text = [
      'Backblast! Socket',
      `Date: ${dateInZone(Date.now(), TZ)}`,
      `Q: <@${doppler.id}>`,
      `PAX: <@${moneyball.id}>`,
    ].join('\n');
    const event = {
      type: 'message',
      channel: CHANNELS.yard.id,
      channel_type: 'channel',
      user: doppler.id,
      text,
      ts,
      event_ts: ts,
    };
    region.add(CHANNELS.yard.id, event);
    const ack = await socket.envelope('events_api', {
      token: 't',
      team_id: 'T0TEST',
      api_app_id: 'A0TEST',
      type: 'event_callback',
      event_id: 'Ev0SOCKET',
      event_time: Math.floor(Date.now() / 1000),
      event,
    });
    expect(ack.ms).toBeLessThan(3000);
    const row = await eventually(
      () => findBeatdownByTs(region.bot.region.ctx.db, ts),
      (r) => r !== undefined,
    );
    expect(row).toMatchObject({ q_user_id: doppler.id, pax_count: 2 });

    const command = await socket.envelope('slash_commands', {
      command: '/backblast',
      text: '',
      user_id: doppler.id,
      channel_id: CHANNELS.yard.id,
      team_id: 'T0TEST',
      api_app_id: 'A0TEST',
      trigger_id: 'trig.socket',
      response_url: 'http://127.0.0.1:9/response',
    });
    expect(command.ms).toBeLessThan(3000);
    const opened = await region.bot.api.waitFor('views.open');
    expect(opened.params.trigger_id).toBe('trig.socket');
  });
});
