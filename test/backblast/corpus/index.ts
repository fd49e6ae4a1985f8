// The corpus as parse cases: the region directory, the messages and the records wanted.
import type { ParseResult, SlackMessage } from '../../../src/backblast/types.js';
import { apps } from './apps.js';
import { attacks } from './attacks.js';
import { lookalikes } from './lookalikes.js';
import { rules } from './rules.js';
import { sites } from './sites.js';
import { sites2 } from './sites2.js';
import { directory, messageOf, recordOf as record, type Entry } from './support.js';

const entries: Entry[] = [...sites, ...rules, ...lookalikes, ...sites2, ...apps, ...attacks];

const CHANNELS = [
  'backblasts', 'ao-the-zoo', 'ao-tower-of-terror', 'ao-the-pound', 'ao-the-patriot', 'ao-the-battery', 'ao-hill-city', 'ao-blackcat',
  'ao-city-limits', 'ao-cougartown', 'ao-hacksaw', 'ao-boiler-room', 'ao-good-news', 'ao-shot-house', 'ao-the-norseman',
  'ao-the-fighting-yank', 'ao-the-farm', 'ao-centennial-park', 'ao-hamburger-square', 'ao-golden-spike', 'ao-redline', 'ao-league',
  'black-ops', 'ao-echo-chamber', 'ao-rogue', 'ao-widow-maker', 'ao-quarantine', 'ao_mastodon', 'ao-the-mutt', 'ao-crossroads', 'ao-convalescent-center', 'ao-poison-ivey', 'ao-hall-of-justice', 'ao-reformation',
  'ao-cornwallis-nightmare', 'ao-pain-in-the-park',
  // sites2
  'ao-bus-benches', 'ao-the-hooch', 'ao-snoballs', 'ao-paradise-island', 'ao-depot', 'ao-clash', 'ao-the-chopper', 'ao-north-posh', 'ao-anchor',
  'ao-boondocks', 'ao-bohica', 'ao-the-original', 'ao-the-abyss', 'ao-wartowne', 'ao-wicked-witch', 'ao-dixieland', 'ao-carpenter', 'ao-gas-station',
  // apps
  'ao_the_depot', 'ao-the-crux', 'ao-lions-den', 'ao-dtp', 'ao-dazed-and-confused', 'ao-bounty-hunters', 'ao-raiders', 'ao-the-board-meeting', 'csaup',
  'ao-point-break', 'ao-flirtin-with-disaster', 'ao-winterfell', 'ao-slippery-when-wet', 'ao-hells-bells', 'ao-phoenix', 'ao-a-team', 'ao-full-metal-jacket', 'ao-dantes-peak', 'ao-shakin-not-stirred',
  // attacks
  'ao-the-storm',
];

export interface CorpusCase {
  source: string;
  message: SlackMessage;
  want: ParseResult;
}

export const corpusCtx = directory(entries, CHANNELS);

export const corpus: CorpusCase[] = entries.map((e, i) => {
  const message = messageOf(e, i + 1);
  return { source: e.source, message, want: record(e, message) };
});

export function recordOf(c: CorpusCase): ParseResult {
  return c.want;
}
