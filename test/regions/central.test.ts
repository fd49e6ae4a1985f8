import { sql } from '../../src/db/kysely.js';
import type { Kysely } from 'kysely';
import { createConnection } from 'mysql2/promise';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { openDatabase } from '../../src/db/connect.js';
import { regionFile } from '../../src/regions/databases.js';
import { createTestDatabase, dialects } from '../support/db.js';
import { PAXMINER_DDL, PAXMINER_REGIONS_DDL } from '../support/paxminer-ddl.js';
import { startManyRegions, uniqueSuffix, workspace } from './support.js';

// A central PAXminer database, made with PAXminer's own DDL: the `regions` registry with a row, and
// that region's schema with its history. Served as it is: no row lost or changed.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function rows(db: Kysely<any>, table: string) {
  return (await sql.raw(`select * from ${table}`).execute(db)).rows;
}

describe.each(dialects())('a central PAXminer database on %s', (dialect) => {
  it('is served as it is: its region answers, every row kept, only our columns filled', async () => {
    const suffix = uniqueSuffix();
    const alpha = workspace('alpha', suffix);
    const database = await createTestDatabase(dialect);
    const schema = `f3central_${suffix}`;

    const control = openDatabase(database.url).db;
    await sql.raw(PAXMINER_REGIONS_DDL).execute(control);
    await sql`insert into regions (region, slack_token, schema_name, active, firstf_channel, contact, send_pax_charts, send_ao_leaderboard, send_q_charts, send_region_leaderboard, comments, scrape_backblasts)
      values ('f3central', ${alpha.token}, ${schema}, 1, 'C0ALPHA1STF', 'nantan@example.com', 1, 0, 1, 0, 'since 2020', 1)`.execute(control);
    await sql`insert into regions (region, slack_token, schema_name, active) values ('f3gone', 'xoxb-dead', 'f3gone_x', 0)`.execute(control);
    const regionsBefore = await rows(control, 'regions');

    if (dialect === 'mysql') {
      const conn = await createConnection({ uri: inject('mysqlServerUrl')! });
      await conn.query(`create database \`${schema}\` character set utf8mb4`);
      await conn.end();
    }
    const regionUrl = dialect === 'mysql' ? `${inject('mysqlServerUrl')!.replace(/\/$/, '')}/${schema}` : `sqlite:${regionFile(database.url, schema)}`;
    const region = openDatabase(regionUrl).db;
    for (const ddl of PAXMINER_DDL) await sql.raw(ddl).execute(region);
    const [q, pax1] = alpha.users;
    await sql`insert into users (user_id, user_name, real_name) values (${q!.id}, 'Old Q', 'Old Q Name'), ('U0LEGACY', 'Legacy', 'Leg Acy')`.execute(region);
    await sql`insert into aos values (${alpha.channels[0]!.id}, 'ao-old-name', 1500000000, 0, 1, ${q!.id})`.execute(region);
    await sql`insert into beatdowns (timestamp, ao_id, bd_date, q_user_id, pax_count, backblast) values ('1600000000.000100', ${alpha.channels[0]!.id}, '2020-09-13', ${q!.id}, 9, 'old one')`.execute(region);
    await sql`insert into bd_attendance (timestamp, user_id, ao_id, date, q_user_id) values ('1600000000.000100', 'U0LEGACY', ${alpha.channels[0]!.id}, '2020-09-13', ${q!.id})`.execute(region);
    const before = {
      beatdowns: await rows(region, 'beatdowns'),
      bd_attendance: await rows(region, 'bd_attendance'),
      legacy: await rows(region, "users where user_id = 'U0LEGACY'"),
    };

    const m = await startManyRegions(dialect, [alpha], { database });
    try {
      // Start-up named the row's team from its token (auth.test), in our own columns.
      const res = await m.event(alpha.teamId, {
        type: 'message',
        channel: alpha.channels[0]!.id,
        user: q!.id,
        text: ['Backblast! New era', 'Date: 2026-11-20', `AO: <#${alpha.channels[0]!.id}>`, `Q: <@${q!.id}>`, `PAX: <@${pax1!.id}>`, '', 'Merkins.'].join('\n'),
        ts: '1800000010.000100',
      });
      expect(res.status).toBe(200);
      for (let i = 0; i < 100 && (await rows(region, 'beatdowns')).length < 2; i++) await new Promise((r) => setTimeout(r, 50));

      // Every old row is still there, unchanged; the new backblast is in the same schema.
      const after = await rows(region, 'beatdowns');
      expect(after).toHaveLength(2);
      expect(after).toEqual(expect.arrayContaining(before.beatdowns.map((r) => expect.objectContaining(r as object))));
      expect(await rows(region, 'bd_attendance')).toEqual(expect.arrayContaining(before.bd_attendance.map((r) => expect.objectContaining(r as object))));
      expect(await rows(region, "users where user_id = 'U0LEGACY'")).toEqual(before.legacy.map((r) => expect.objectContaining(r as object)));

      // The registry's PAXminer columns and rows are as they were; ours are filled in beside them.
      const regionsAfter = await rows(control, 'regions');
      expect(regionsAfter).toHaveLength(2);
      for (const old of regionsBefore) {
        const now = regionsAfter.find((r) => (r as { region: string }).region === (old as { region: string }).region);
        expect(now).toEqual(expect.objectContaining(old as object));
      }
      expect(regionsAfter.find((r) => (r as { region: string }).region === 'f3central')).toMatchObject({ team_id: alpha.teamId, bot_user_id: alpha.botUserId });
      // Its switches are read from the registry.
      const central = (await m.registry.find(alpha.teamId))!;
      await m.registry.withRegion(central, async (ctx) => {
        expect(ctx.region?.charts).toEqual({ pax: true, ao: false, q: true, region: false });
        expect(ctx.settings.regionChannel).toBe('C0ALPHA1STF');
      });
    } finally {
      await region.destroy();
      await control.destroy();
      if (dialect === 'mysql') {
        const conn = await createConnection({ uri: inject('mysqlServerUrl')! });
        await conn.query(`drop database if exists \`${schema}\``);
        await conn.end();
      }
      await m.stop();
    }
  });
});
