import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatSummary } from '../../src/cli/import.js';
import { importExport } from '../../src/slack-export/import.js';
import { createTestRegion, dialects, type TestRegion } from '../support/db.js';

// Exports as other tools and people make them, not as the sample generator does.

const root = mkdtempSync(join(tmpdir(), 'paxminer-real-exports-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const Q = 'U0QUAIL';
const A = 'U0BISON';
const GROUP = { id: 'G0YARD', name: 'ao-the-yard', created: 1_600_000_000 };

const text = (date: string) => `Backblast! Bunnies\nDate: ${date}\nQ: <@${Q}>\nPAX: <@${A}>\nCount: 2`;
const richText = (t: string) => [{ type: 'rich_text', elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: t }] }] }];

function write(dir: string, files: Record<string, unknown>): void {
  for (const [path, value] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), JSON.stringify(value));
  }
}

describe.each(dialects())('exports made by others, on %s', (dialect) => {
  let t: TestRegion;
  beforeEach(async () => {
    t = await createTestRegion(dialect, { REGION_TZ: 'America/Chicago' });
  });
  afterEach(async () => t.cleanup());

  it('a Finder-unpacked folder with groups.json only, odd users, blocks-only text and a numeric ts', async () => {
    const dir = join(root, `finder-${dialect}`);
    write(join(dir, 'F3 export'), {
      'users.json': [
        { id: Q, name: 'quail', profile: { display_name: 'Quail  ', real_name: 'Q Smith ' } },
        { id: A, name: 'bison', profile: { display_name: 'Bison' } },
        { id: 'U0BROKEN', name: 42, profile: { display_name: { text: 'x' } } },
      ],
      'groups.json': [GROUP],
      'ao-the-yard/2025-01-02.json': [
        { type: 'message', user: Q, ts: '1735826400.000100', text: '', blocks: richText(text('2025-01-02')) },
      ],
      'ao-the-yard/2025-01-03.json': [{ type: 'message', user: Q, ts: 1735912800.0002, text: text('2025-01-03') }],
    });
    write(join(dir, '__MACOSX', 'F3 export'), { '._users.json': {} });

    const summary = await importExport(t.ctx, dir);
    expect(summary).toMatchObject({ users: 2, channels: 1, messages: 2, backblasts: 2, saved: 2 });
    expect(summary.warnings).toEqual([
      expect.stringMatching(/no channels\.json beside groups\.json/),
      'users.json entry U0BROKEN skipped: name, profile.display_name is not text',
    ]);
    expect(formatSummary(summary)).toContain('warning: users.json entry U0BROKEN skipped');

    const rows = await t.ctx.db.selectFrom('beatdowns').select(['timestamp', 'backblast']).orderBy('timestamp').execute();
    expect(rows).toEqual([
      { timestamp: '1735826400.000100', backblast: expect.stringContaining(text('2025-01-02')) },
      { timestamp: '1735912800.000200', backblast: text('2025-01-03') },
    ]);
    const users = await t.ctx.db.selectFrom('users').select(['user_id', 'user_name', 'real_name']).orderBy('user_id').execute();
    expect(users).toEqual([
      { user_id: A, user_name: 'Bison', real_name: 'Bison' },
      { user_id: Q, user_name: 'Quail', real_name: 'Q Smith' },
    ]);
  });

  it('warns when the export has no users.json', async () => {
    const dir = join(root, `no-users-${dialect}`);
    write(dir, { 'channels.json': [{ ...GROUP, id: 'C0YARD' }], 'ao-the-yard/2025-01-02.json': [] });
    const summary = await importExport(t.ctx, dir);
    expect(summary.users).toBe(0);
    expect(summary.warnings).toEqual([expect.stringMatching(/^no users\.json/)]);
  });
});
