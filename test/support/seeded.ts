import type { DialectName } from '../../src/db/dialect.js';
import { seedRegion } from '../stats/seed.js';
import { createTestRegion, type TestRegion } from './db.js';
import { SlackApiDouble } from './slack-api.js';

/** The seeded region of test/stats/seed.ts with a Web API double, and the environment a CLI or worker run reads. */
export interface SeededRegion {
  api: SlackApiDouble;
  region: TestRegion;
  env: Record<string, string>;
  close(): Promise<void>;
}

export async function seededRegion(dialect: DialectName, env: Record<string, string> = {}): Promise<SeededRegion> {
  const api = await SlackApiDouble.start();
  const region = await createTestRegion(dialect);
  await seedRegion(region.ctx.db);
  return {
    api,
    region,
    env: { DATABASE_URL: region.url, SLACK_BOT_TOKEN: 'xoxb-test', SLACK_API_URL: api.url, REGION_TZ: 'America/Chicago', ...env },
    close: async () => {
      await api.close();
      await region.cleanup();
    },
  };
}
