import { ExportError } from '../slack-export/source.js';
import { ImportIncomplete, SKIP_FAILED, importExport, type ImportProgress, type ImportSummary } from '../slack-export/import.js';
import { UsageError, type CliIO, type CommandRunner } from './command.js';
import { withRegion } from './region.js';

const n = (v: number) => v.toLocaleString('en-US');

/** A bar redrawn in place on a terminal; a plain line every tenth of the way otherwise. */
function progressReporter(stderr: CliIO['stderr']): { update(p: ImportProgress): void; done(): void } {
  const tty = (stderr as NodeJS.WriteStream).isTTY === true;
  const started = Date.now();
  let last = 0;
  let lastTenth = 0;
  let drawn = false;
  return {
    update(p) {
      const share = p.totalFiles > 0 ? Math.min(1, p.files / p.totalFiles) : 1;
      const rate = Math.round(p.backblasts / Math.max(0.001, (Date.now() - started) / 1000));
      if (tty) {
        if (Date.now() - last < 100 && p.files < p.totalFiles) return;
        last = Date.now();
        const width = 24;
        const bar = '#'.repeat(Math.round(share * width)).padEnd(width, '.');
        stderr.write(
          `\r[${bar}] ${String(Math.floor(share * 100)).padStart(3)}%  ${n(p.files)}/${n(p.totalFiles)} files  ${n(p.backblasts)} backblasts  ${n(rate)}/s `,
        );
        drawn = true;
        return;
      }
      const tenth = Math.floor(share * 10);
      if (tenth > lastTenth) {
        lastTenth = tenth;
        stderr.write(`import: ${tenth * 10}% (${n(p.files)}/${n(p.totalFiles)} files, ${n(p.backblasts)} backblasts)\n`);
      }
    },
    done() {
      if (drawn) stderr.write('\n');
    },
  };
}

const rerun = (path: string) =>
  `Run \`paxminer import ${path}\` again to finish: it is idempotent (what is in stays as it is).`;

/** The summary, as the command prints it. */
export function formatSummary(s: ImportSummary): string {
  const out: string[] = [];
  const skipped = Object.values(s.skipped).reduce((a, b) => a + b, 0);
  const written = s.saved + s.updated + s.unchanged;
  out.push(
    `Imported ${s.source} in ${s.seconds.toFixed(1)} s (${n(Math.round(s.backblasts / Math.max(s.seconds, 0.001)))} backblasts/s)`,
  );
  out.push(`  users: ${n(s.users)}, channels: ${n(s.channels)}`);
  out.push(`  files: ${n(s.files)} read, ${n(s.unreadable.length)} unreadable`);
  out.push(`  messages: ${n(s.messages)}, backblasts: ${n(s.backblasts)}`);
  out.push(`  recorded: ${n(written)} (${n(s.saved)} new, ${n(s.updated)} updated, ${n(s.unchanged)} unchanged)`);
  out.push(
    `  skipped: ${n(skipped)}${
      skipped
        ? ` (${Object.entries(s.skipped)
            .map(([reason, count]) => `${reason}: ${n(count)}`)
            .join(', ')})`
        : ''
    }`,
  );
  for (const e of s.examples) out.push(`    ${e.file} ts ${e.ts}: ${e.reason}: ${e.detail}`);
  const shown = s.unresolved.slice(0, 20);
  out.push(
    `  unresolved names: ${n(s.unresolved.length)}${shown.length ? ` (${shown.map((u) => `${u.name} ×${u.count}`).join(', ')}${s.unresolved.length > shown.length ? ', …' : ''})` : ''}`,
  );
  for (const u of s.unreadable) out.push(`  unreadable: ${u.file}: ${u.error}`);
  for (const w of s.warnings) out.push(`  warning: ${w}`);
  if (s.ignoredFolders.length)
    out.push(`  folders not in channels.json or groups.json, not read: ${s.ignoredFolders.join(', ')}`);
  return out.join('\n');
}

export const importCommand: CommandRunner = {
  async run(args, io) {
    const paths = args.filter((a) => !a.startsWith('--'));
    const unknown = args.find((a) => a.startsWith('--'));
    if (unknown) throw new UsageError(`unknown option ${unknown}`);
    if (paths.length !== 1) throw new UsageError('expected the path of one export folder or .zip');
    return withRegion(io, async (ctx) => {
      const progress = progressReporter(io.stderr);
      let summary: ImportSummary;
      try {
        let told = 0;
        const onWait = (waited: number) => {
          // Every 5 s of waiting, one line: the wait is visible, and bounded by the batch's budget.
          if (waited - told < 5000) return;
          told = waited;
          io.stderr.write(`\nimport: the database is busy (another process is writing); waited ${Math.round(waited / 1000)} s, still trying\n`);
        };
        summary = await importExport(ctx, paths[0]!, { onProgress: (p) => progress.update(p), onWait });
      } catch (err) {
        progress.done();
        if (err instanceof ExportError) {
          io.stderr.write(`paxminer import: ${err.message}\n`);
          return 1;
        }
        if (err instanceof ImportIncomplete) {
          io.stderr.write(`paxminer import: ${err.message}\n${rerun(paths[0]!)}\n`);
          return 1;
        }
        throw err;
      }
      progress.done();
      io.stdout.write(`${formatSummary(summary)}\n  peak memory: ${n(Math.round(process.resourceUsage().maxRSS / 1024))} MB\n`);
      const failed = summary.skipped[SKIP_FAILED] ?? 0;
      if (failed > 0) {
        io.stderr.write(`paxminer import: ${n(failed)} backblasts could not be written.\n${rerun(paths[0]!)}\n`);
        return 1;
      }
      return 0;
    });
  },
};
