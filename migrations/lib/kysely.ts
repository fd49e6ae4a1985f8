// Kysely's CommonJS build: the copy src/db/kysely.ts hands the application, so an adapter from it
// passes these migrations' `instanceof` checks. Types may still be imported from 'kysely'.
import { createRequire } from 'node:module';
import type * as K from 'kysely';

export const { SqliteAdapter, sql } = createRequire(import.meta.url)('kysely') as typeof K;
