import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cachingStatements } from '../../src/db/sqlite-statements.js';

describe('cachingStatements', () => {
  it('prepares each SQL text once while it is among the most recent, and its statements still run', () => {
    const database = new SQLite(':memory:');
    const prepared: string[] = [];
    const counting = Object.assign(Object.create(database) as SQLite.Database, {
      prepare: (sql: string) => {
        prepared.push(sql);
        return database.prepare(sql);
      },
    });
    const cached = cachingStatements(counting, 2);
    cached.prepare('create table t (n integer)').run([]);
    const insert = 'insert into t (n) values (?)';
    for (let n = 1; n <= 3; n++) cached.prepare(insert).run([n]);
    expect(cached.prepare('select sum(n) as s from t').all([])).toEqual([{ s: 6 }]);
    expect(prepared.filter((s) => s === insert)).toHaveLength(1);

    // A third text pushes out the least recently used one, which is prepared again when next asked.
    cached.prepare('select count(*) as c from t').all([]);
    cached.prepare(insert).run([4]);
    expect(prepared.filter((s) => s === insert)).toHaveLength(2);
    expect(cached.prepare('select sum(n) as s from t').all([])).toEqual([{ s: 10 }]);
    cached.close();
    expect(database.open).toBe(false);
  });
});
