// Kysely's CommonJS build, the one copy of its classes every module uses. Its ES build is 263 files
// through Node's ES module loader, about twice the start-up time of the same code required. Values
// come from here only: a class from the other build fails `instanceof` (dialectOf's adapter check,
// the migrations'); types may still be imported from 'kysely'.
import { createRequire } from 'node:module';
import type * as K from 'kysely';

const kysely = createRequire(import.meta.url)('kysely') as typeof K;

export const { Kysely, Migrator, MysqlAdapter, MysqlDialect, SqliteAdapter, SqliteDialect, sql } = kysely;
export type Kysely<DB> = K.Kysely<DB>;
export type Migrator = K.Migrator;
