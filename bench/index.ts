// `npm run bench [-- name …]`: runs every benchmark (or the named ones) and prints its figures.
const benches: Record<string, () => Promise<{ run(): Promise<void> }>> = {
  slack: () => import('./slack.js'),
  parse: () => import('./parse.js'),
  insights: () => import('./insights.js'),
  stats: () => import('./stats.js'),
  import: () => import('./import.js'),
  startup: () => import('./startup.js'),
  regions: () => import('./regions.js'),
};

// Options (`--scale 3`) belong to the benchmarks that read them; the rest are names.
const args = process.argv.slice(2);
const isValue = (i: number) => args[i - 1]?.startsWith('--') === true && !args[i - 1]!.includes('=');
const wanted = args.filter((a, i) => !a.startsWith('--') && !isValue(i));
for (const [name, load] of Object.entries(benches)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n== ${name}`);
  await (await load()).run();
}
// Every figure is printed: end here rather than wait on a handle a benchmark's libraries left open
// (after the slack bench, `npm run bench` never exited).
process.exit(0);
