import { describe, expect, it } from 'vitest';
import { ConfigError, isManyRegions, loadSettings, requireBotSettings } from '../src/config.js';

describe('settings', () => {
  it("has the defaults of the README's Configuration table", () => {
    expect(loadSettings({})).toEqual({
      databaseUrl: 'sqlite:./data/paxminer.sqlite',
      slackBotToken: undefined,
      slackSigningSecret: undefined,
      slackAppToken: undefined,
      slackApiUrl: undefined,
      port: 3000,
      regionTz: 'America/Chicago',
      quickchartUrl: undefined,
      regionChannel: undefined,
      adminUserIds: [],
      jobs: true,
      logLevel: 'info',
    });
  });

  it('reads every variable', () => {
    const s = loadSettings({
      DATABASE_URL: 'mysql://u:p@db:3307/f3',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 'abc',
      SLACK_APP_TOKEN: 'xapp-1',
      SLACK_API_URL: 'http://127.0.0.1:9999/api',
      PORT: '8080',
      REGION_TZ: 'America/New_York',
      QUICKCHART_URL: 'http://quickchart:3400',
      REGION_CHANNEL: 'C0FIRSTF',
      ADMIN_USER_IDS: 'U0NANTAN, U0WEASEL',
      JOBS: 'off',
      LOG_LEVEL: 'debug',
    });
    expect(s).toMatchObject({
      databaseUrl: 'mysql://u:p@db:3307/f3',
      slackApiUrl: 'http://127.0.0.1:9999/api/',
      port: 8080,
      regionTz: 'America/New_York',
      adminUserIds: ['U0NANTAN', 'U0WEASEL'],
      jobs: false,
      logLevel: 'debug',
    });
  });

  it.each([
    ['DATABASE_URL', 'postgres://x/y'],
    ['DATABASE_URL', 'sqlite:'],
    ['SLACK_BOT_TOKEN', 'xoxp-user-token'],
    ['SLACK_APP_TOKEN', 'xoxb-not-an-app-token'],
    ['SLACK_API_URL', 'not a url'],
    ['PORT', '80a'],
    ['PORT', '70000'],
    ['REGION_TZ', 'Central'],
    ['QUICKCHART_URL', 'ftp://charts'],
    ['REGION_CHANNEL', '#1st-f'],
    ['ADMIN_USER_IDS', 'U0NANTAN,bob'],
    ['JOBS', 'sometimes'],
    ['JOBS_TICK_SECONDS', '0'],
    ['JOBS_TICK_SECONDS', '1.5'],
    ['JOBS_CLOCK', 'tomorrow'],
    ['JOBS_CLOCK', '2026-13-01T00:00:00Z'],
    ['LOG_LEVEL', 'loud'],
  ])('a malformed %s (%s) is one error naming it', (name, value) => {
    let error: unknown;
    try {
      loadSettings({ [name]: value });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(name);
    expect((error as Error).message).toMatch(new RegExp(`^${name}: expected`));
    expect((error as Error).message).not.toContain('\n');
  });

  it('reads the many-regions job tick and the test clock, unset by default', () => {
    expect(loadSettings({ JOBS_TICK_SECONDS: '5', JOBS_CLOCK: '2026-12-01T16:00:00Z' })).toMatchObject({
      jobsTickMs: 5000,
      jobsClock: new Date('2026-12-01T16:00:00Z'),
    });
    const plain = loadSettings({});
    expect(plain.jobsTickMs).toBeUndefined();
    expect(plain.jobsClock).toBeUndefined();
  });

  it('never repeats a database password in an error', () => {
    expect(() => loadSettings({ DATABASE_URL: 'mysql://u:hunter2@' })).toThrow(/^DATABASE_URL/);
    try {
      loadSettings({ DATABASE_URL: 'mysql://u:hunter2@' });
    } catch (err) {
      expect((err as Error).message).not.toContain('hunter2');
    }
  });

  it('the bot needs a token, and a signing secret unless in Socket Mode', () => {
    expect(() => requireBotSettings(loadSettings({}))).toThrow(/^SLACK_BOT_TOKEN/);
    expect(() => requireBotSettings(loadSettings({ SLACK_BOT_TOKEN: 'xoxb-1' }))).toThrow(/^SLACK_SIGNING_SECRET/);
    expect(() => requireBotSettings(loadSettings({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' }))).not.toThrow();
  });

  describe('many-regions mode', () => {
    const oauth = { SLACK_CLIENT_ID: '1.2', SLACK_CLIENT_SECRET: 'cs', SLACK_STATE_SECRET: 'ss' };

    it('is on with the three OAuth settings, off without them', () => {
      const s = loadSettings(oauth);
      expect(isManyRegions(s)).toBe(true);
      expect([s.slackClientId, s.slackClientSecret, s.slackStateSecret]).toEqual(['1.2', 'cs', 'ss']);
      expect(isManyRegions(loadSettings({ SLACK_BOT_TOKEN: 'xoxb-1' }))).toBe(false);
    });

    it('a bot token beside a client id is one error naming both', () => {
      expect(() => loadSettings({ ...oauth, SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/^SLACK_BOT_TOKEN and SLACK_CLIENT_ID: /);
      expect(() => loadSettings({ SLACK_CLIENT_SECRET: 'cs', SLACK_BOT_TOKEN: 'xoxb-1' })).toThrow(/^SLACK_BOT_TOKEN and SLACK_CLIENT_SECRET: /);
    });

    it('names the OAuth setting that is missing, and refuses Socket Mode', () => {
      expect(() => loadSettings({ SLACK_CLIENT_ID: '1.2', SLACK_CLIENT_SECRET: 'cs' })).toThrow(/^SLACK_STATE_SECRET: /);
      expect(() => loadSettings({ SLACK_CLIENT_ID: '1.2' })).toThrow(/^SLACK_CLIENT_SECRET: /);
      expect(() => loadSettings({ ...oauth, SLACK_APP_TOKEN: 'xapp-1' })).toThrow(/^SLACK_APP_TOKEN: /);
    });

    it('the bot needs no token but a signing secret', () => {
      expect(() => requireBotSettings(loadSettings(oauth))).toThrow(/^SLACK_SIGNING_SECRET/);
      expect(() => requireBotSettings(loadSettings({ ...oauth, SLACK_SIGNING_SECRET: 'x' }))).not.toThrow();
    });
  });
});
