import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db.js';
import { runCli } from '../support/run.js';
import { SlackApiDouble } from '../support/slack-api.js';
import { uniqueSuffix, workspace } from '../regions/support.js';

// The CLI over the registry; both dialects of the registry are covered by test/regions/.
describe.each(['sqlite'] as const)('paxminer regions on %s', (dialect) => {
  let api: SlackApiDouble;
  let database: TestDatabase;
  let env: Record<string, string>;
  const schema = `f3alpha_${uniqueSuffix()}`;
  beforeEach(async () => {
    api = await SlackApiDouble.start();
    api.addWorkspace(workspace('alpha', 'cli'));
    database = await createTestDatabase(dialect);
    env = {
      DATABASE_URL: database.url,
      SLACK_CLIENT_ID: '1.2',
      SLACK_CLIENT_SECRET: 'cs',
      SLACK_STATE_SECRET: 'ss',
      SLACK_API_URL: api.url,
    };
  });
  afterEach(async () => {
    await api.close();
    await database.drop();
  });

  it('registers a region from its bot token, lists it, and scopes commands with --region', async () => {
    const empty = await runCli(['regions', '--json'], { env });
    expect([empty.code, empty.stdout.trim()]).toEqual([0, '[]']);

    const add = await runCli(['regions', 'add', '--token', 'xoxb-alpha-token', '--schema', schema, '--name', 'F3 Alpha'], { env });
    expect(add.stderr).toBe('');
    expect(add.code).toBe(0);
    expect(add.stdout).toContain(`schema ${schema}`);
    expect(api.callsTo('auth.test').map((c) => c.token)).toEqual(['xoxb-alpha-token']);

    const list = await runCli(['regions', '--json'], { env });
    expect(JSON.parse(list.stdout)).toEqual([
      expect.objectContaining({ region: 'F3 Alpha', team_id: 'T0ALPHA', schema_name: schema, active: true, beatdowns: 0 }),
    ]);

    const unscoped = await runCli(['stats', '--user', 'U0ALPHAQ'], { env });
    expect(unscoped.code).toBe(2);
    expect(unscoped.stderr).toContain('--region NAME|TEAM_ID is required');
    const scoped = await runCli(['stats', '--user', 'U0ALPHAQ', '--region', 'T0ALPHA'], { env });
    // It reached the region's (empty) records.
    expect(scoped.stderr).toContain("no posts by U0ALPHAQ in this region's records");

    const migrate = await runCli(['migrate'], { env });
    expect(migrate.code).toBe(0);
    expect(migrate.stdout).toContain(`F3 Alpha (${schema}): up to date`);
  }, 240_000);

  it('is refused in one-region mode', async () => {
    const r = await runCli(['regions'], { env: { DATABASE_URL: database.url } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('many-regions mode');
  }, 60_000);
});
