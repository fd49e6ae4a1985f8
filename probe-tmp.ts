import { parseMessage } from './src/backblast/parse.ts';
import { ctx } from './test/backblast/fixtures/support.ts';
const probes: Record<string, string> = {
  countBefore: 'Backblast: Hills\nDate: 10/5/2026\nQ: @Slice\n22 Pax: Doppler, Cookie, Drone\nCount: 4',
  semis: 'Backblast: Hills\nDate: 10/5/2026\nQ: @Slice\nPAX: Doppler; Cookie; Drone & Radio',
  bullets: 'Backblast: Hills\nDate: 10/5/2026\nQ: @Slice\nPAX:\n• Doppler\n• Cookie\n• Drone',
  unlabelled: 'Backblast: Hills\nDoppler, Cookie, Drone, Radio\nDate: 10/5/2026\nQ: @Slice\n\nWarmup: SSH',
  approx: 'Backblast: Convergence\nDate: 10/5/2026\nQ: @Slice\nPAX (~ 86): Doppler, Cookie',
  about: 'Backblast: Convergence\nDate: 10/5/2026\nQ: @Slice\nPAX: Doppler, Cookie\nCount: about 30',
  desc: 'Backblast: Hills\nDate: 10/5/2026\nQIC: Slice, with a single white glove and a cape\nPAX: Doppler, Cookie, special guest Tumbleweed from F3 Omaha',
  fos: 'Backblast: Hills\nDate: 10/5/2026\nQ: @Slice\nPAX: Doppler, Cookie, YHC\nFOS: Drone',
  fngSimilar: 'Backblast: Hills\nDate: 10/5/2026\nQ: @Slice\nPAX: Doppler, Cookies (FNG)',
  typo: 'Backblast: Hills\nDate: 10/5/2026\nQ: @Slice\nPAX: Dopler, Cookie, Hightowr',
  atTheQ: 'Backblast: Hills\nDate: 10/5/2026\nPAX: Doppler, Cookie and Drone at the Q',
  signoff: 'Backblast: Hills\nDate: 10/5/2026\nPAX: Doppler, Cookie, Drone\n\nWarmup: SSH\nCOT: prayers\n\n- Radio',
  aoFree: 'Backblast: Hills\nDate: 10/5/2026\nQ: @Slice\nPAX: Doppler, Cookie\nF3 Naperville (Foundry AO)',
  aoRaw: 'Backblast: Hills\nDate: 10/5/2026\nAO: C02FOUNDRY\nQ: @Slice\nPAX: Doppler, Cookie',
  placeLine: 'Backblast: Hills\nNaperville, Foundry, 10/5/2026\nQ: @Slice\nPAX: Doppler, Cookie',
  theQ: '*Backblast! Hills*\n*The Q*: <@U04SLICE>\n*The pax*: <@U03DOPPLER> <@U07COOKIE>\n*Date*: 10/5/2026',
};
for (const [k, text] of Object.entries(probes)) {
  const r = parseMessage({ type: 'message', ts: '1791288900.000100', channel: 'C01GRIND', user: 'U04SLICE', text }, ctx) as any;
  console.log(k, r.is_backblast ? JSON.stringify({ q: r.q_user_id, coq: r.coq_user_ids, pax: r.pax_user_ids, un: r.unresolved_pax, fng: r.fng_names, n: r.pax_count, ao: r.ao_channel_id, w: r.warnings }) : 'NOT');
}
