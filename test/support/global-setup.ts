import { createConnection } from 'mysql2/promise';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Server URL (no database) of the MariaDB the MySQL-dialect tests use, or '' when none. */
    mysqlServerUrl: string;
  }
}

// Finds the MariaDB the MySQL-dialect tests run on. Under CI an unreachable server fails the run;
// elsewhere those tests are skipped with a notice.
export default async function setup(project: TestProject): Promise<void> {
  const url = process.env.TEST_MYSQL_URL ?? 'mysql://root@127.0.0.1:3306';
  try {
    const conn = await createConnection({ uri: url, connectTimeout: 5000 });
    await conn.query('select 1');
    await conn.end();
    project.provide('mysqlServerUrl', url);
  } catch (err) {
    const why = `MariaDB not reachable at ${url}: ${(err as Error).message}`;
    if (process.env.CI) throw new Error(`${why} (CI=true: the MySQL-dialect tests must run)`);
    console.warn(`${why}; MySQL-dialect tests are skipped`);
    project.provide('mysqlServerUrl', '');
  }
}
