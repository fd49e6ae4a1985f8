// `npm run bench [-- name …]`: runs every benchmark (or the named ones) and prints its figures.
const benches: Record<string, () => Promise<{ run(): Promise<void> }>> = {
  slack: () => import('./slack.js'),
  parse: () => import('./parse.js'),
  insights: () => import('./insights.js'),
  stats: () => import('./stats.js'),
  import: () => import('./import.js'),
  regions: () => import('./regions.js'),
};

const wanted = process.argv.slice(2);
for (const [name, load] of Object.entries(benches)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  console.log(`\n== ${name}`);
  await (await load()).run();
}
