import type { Random } from './random.js';

// Words for a made-up F3 region, and backblasts in the styles Qs really write them.
// The lists are disjoint, so a guest's or an FNG's name never matches a PAX on Slack.

// prettier-ignore
export const NICK_FIRST = [
  'Iron', 'Big', 'Little', 'Rusty', 'Captain', 'Mother', 'Hot', 'Cold', 'Lucky', 'Wild', 'Sgt', 'Doc', 'Old',
  'Lazy', 'Flying', 'Silent', 'Grumpy', 'Sticky', 'Salty', 'Sunny', 'Dusty', 'Crispy', 'Rowdy', 'Smokey',
  'Tiny', 'Slim', 'Shady', 'Frosty', 'Lefty', 'Speedy', 'Happy', 'Burnt', 'Soggy', 'Fuzzy', 'Muddy', 'Stormy',
  'Cheesy', 'Spicy', 'Moldy', 'Rocky',
] as const;

// prettier-ignore
export const NICK_SECOND = [
  'Duck', 'Tuna', 'Goose', 'Biscuit', 'Crunch', 'Anvil', 'Bucket', 'Pickle', 'Moose', 'Badger', 'Waffle', 'Noodle',
  'Turnip', 'Hammer', 'Gravy', 'Tater', 'Walrus', 'Muffin', 'Pretzel', 'Llama', 'Kettle', 'Possum', 'Cobbler',
  'Yeti', 'Rooster', 'Nugget', 'Beaver', 'Taco', 'Zamboni', 'Gopher', 'Cactus', 'Brisket', 'Mullet', 'Sprocket',
  'Falcon', 'Otter', 'Spatula', 'Meatball', 'Tractor', 'Bison', 'Dumpling', 'Catfish', 'Hoss', 'Buckeye',
  'Pancake', 'Lumberjack', 'Chowder', 'Gumbo', 'Jalopy', 'Hambone', 'Pinto', 'Cornbread', 'Wrangler', 'Sasquatch',
  'Bobcat', 'Turbo', 'Radish', 'Cricket', 'Gator', 'Boomer',
] as const;

// prettier-ignore
export const FIRST_NAMES = [
  'James', 'John', 'Robert', 'Michael', 'William', 'David', 'Richard', 'Joseph', 'Thomas', 'Charles', 'Daniel',
  'Matthew', 'Anthony', 'Mark', 'Steven', 'Paul', 'Andrew', 'Joshua', 'Kevin', 'Brian', 'George', 'Timothy',
  'Ronald', 'Jason', 'Ryan', 'Jacob', 'Gary', 'Nicholas', 'Eric', 'Jonathan', 'Stephen', 'Larry', 'Justin',
  'Scott', 'Brandon', 'Benjamin', 'Samuel', 'Gregory', 'Frank', 'Patrick',
] as const;

// prettier-ignore
export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Moore',
  'Jackson', 'Martin', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen',
  'King', 'Wright', 'Hill', 'Green', 'Adams', 'Baker', 'Nelson', 'Carter', 'Mitchell', 'Roberts', 'Turner',
  'Phillips', 'Campbell', 'Parker', 'Evans', 'Edwards', 'Collins', 'Stewart',
] as const;

// prettier-ignore
export const AO_NAMES = [
  'forge', 'anvil', 'gauntlet', 'iron-works', 'the-yard', 'quarry', 'crucible', 'foundry', 'stockade', 'rampart',
  'bunker', 'outpost', 'lighthouse', 'boneyard', 'depot', 'armory', 'citadel', 'trench', 'summit', 'canyon',
  'grindstone', 'ironclad', 'barracks', 'wolfpack', 'hilltop', 'riverbend', 'pinnacle', 'junkyard', 'proving-ground',
  'dungeon', 'badlands', 'coliseum', 'mill', 'lumberyard', 'switchyard', 'gristmill', 'stronghold', 'bastion',
  'frontier', 'salt-mine', 'crossroads', 'spillway', 'the-pit', 'longhorn', 'thunderdome', 'kiln', 'rockpile',
  'watchtower',
] as const;

/** Guests written by name who are not on Slack. */
// prettier-ignore
export const GUEST_NAMES = [
  'Uncle Rico', 'Cousin Eddie', 'Guest Vinny', 'Brother Darryl', 'Coach Bombay', 'Neighbor Wilson', 'Father Mulcahy',
  'Visitor Clem',
] as const;

/** Names FNGs are given at COT. */
// prettier-ignore
export const FNG_NAMES = [
  'Radio', 'Sparkplug', 'Ground Chuck', 'Tin Cup', 'Fax Machine', 'Dial Tone', 'Pop Tart', 'Jukebox', 'Wingnut',
  'Shoebox', 'Flatline', 'Hubcap', 'Snowglobe', 'Doorknob', 'Pogo', 'Gumdrop', 'Kazoo', 'Flapjack', 'Yo-Yo',
  'Lawn Dart',
] as const;

// prettier-ignore
const TITLES = [
  'Murder bunnies', 'Hill repeats of doom', 'The Dora', 'Coupon chaos', 'Merkin madness', 'Suicide Sunday',
  'Bear crawl bonanza', 'Deck of death', 'Ladders all the way down', 'Four corners', 'Tabata Tuesday',
  'Cinder block party', 'Sandbag shuffle', 'The BLIMPS', 'Pain train', '11s', 'Escalator', 'Dirty thirty',
  'Partner up', 'Run club', 'Stairway to heaven', 'Indian run and then some', 'Jack Webb ladder', 'Q school',
];

// prettier-ignore
const EXERCISES = [
  'SSH', 'IST', 'Merkins', 'Imperial Walkers', 'Mountain Climbers', 'Big Boy Sit-ups', 'LBCs', 'Burpees',
  'Squats', 'Lunges', 'American Hammers', 'Carolina Dry Docks', 'Derkins', 'Monkey Humpers', 'Flutter Kicks',
  'Plank Jacks', 'Hand Release Merkins', 'Dips', 'Step-ups', 'Box Jumps', 'Bear Crawls', 'Crab Walks',
];

const PRAYERS = [
  'Prayers for the injured PAX and their families.',
  "Praises for a new baby in Gravy's house.",
  'Prayed for the men who were not with us this morning.',
  'Remember the 2nd F: coffeeteria after at the usual spot.',
  'Hospital visit for a PAX dad this week, keep him in your prayers.',
];

const ANNOUNCEMENTS = [
  'Convergence on Saturday, all AOs.',
  'Sign up for the ruck next month.',
  'Q sheet is open, sign up to lead.',
  'Christmas party details in #1st-f.',
  'Bring a canned good next week for the food drive.',
];

export interface Person {
  id: string;
  /** How the PAX is typed when not tagged. */
  name: string;
}

/** A beatdown to write up, and how. */
export interface Writeup {
  aoId: string;
  /** The AO as its channel is named: `ao-forge`. */
  aoChannelName: string;
  date: string;
  q: Person | null;
  coqs: Person[];
  /** Attendees on Slack besides the Q and Co-Qs. */
  pax: Person[];
  /** Ids written as typed `@Name` rather than a tag. */
  typed: Set<string>;
  guests: string[];
  fngs: string[];
  /** Whether the AO gets a line (else it is the channel the post is in). */
  aoLine: boolean;
  /** The AO line must link the channel (posted elsewhere than the AO's channel). */
  aoLink?: boolean;
}

// prettier-ignore
const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function dateParts(date: string) {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const weekday = WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
  return { y, m, d, weekday };
}

function writeDate(r: Random, date: string): string {
  const { y, m, d, weekday } = dateParts(date);
  switch (r.int(0, 5)) {
    case 0:
      return date;
    case 1:
      return `${m}/${d}/${y}`;
    case 2:
      return `${MONTH_NAMES[m - 1]} ${d}, ${y}`;
    case 3:
      return `${weekday} ${m}/${d}`;
    case 4:
      return `${m}/${d}/${String(y).slice(2)}`;
    default:
      return `${MONTH_NAMES[m - 1]!.slice(0, 3)} ${d}`;
  }
}

function prettyAo(channelName: string): string {
  const words = channelName.replace(/^ao-/, '').split('-');
  return words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
}

function writeAo(r: Random, w: Writeup): string {
  switch (w.aoLink ? 0 : r.int(0, 3)) {
    case 0:
    case 1:
      return `<#${w.aoId}|${w.aoChannelName}>`;
    case 2:
      return `#${w.aoChannelName}`;
    default:
      return prettyAo(w.aoChannelName);
  }
}

function who(w: Writeup, p: Person): string {
  return w.typed.has(p.id) ? `@${p.name}` : `<@${p.id}>`;
}

/** PAX on Slack in any order, then guests after commas (`@A @B, Uncle Rico`): typed names need a separator. */
function paxList(r: Random, w: Writeup, separator: string): string {
  const onSlack = r.sample(w.pax, w.pax.length).map((p) => who(w, p));
  return [onSlack.join(separator), ...w.guests].filter(Boolean).join(', ');
}

function fngLine(r: Random, w: Writeup): string {
  if (w.fngs.length === 0) return r.pick(['None', 'none', '0', 'None!']);
  return r.chance(0.5) ? `${w.fngs.length} ${w.fngs.join(', ')}` : w.fngs.join(', ');
}

function total(w: Writeup): number {
  return (w.q ? 1 : 0) + w.coqs.length + w.pax.length + w.guests.length + w.fngs.length;
}

// `led`: whether the write-up names its Q; one that does not must not say "YHC" either, which
// names the poster as the Q.
function moleskin(r: Random, style: number, led: boolean): string {
  const heading = (h: string) => (style % 2 === 0 ? `*${h}:*` : `${h.toUpperCase()}:`);
  const sets = (n: number) =>
    r
      .sample(EXERCISES, n)
      .map((e) => `${r.pick(['•', '-', ''])} ${e} x ${r.int(10, 30)}${r.pick([' IC', ' OYO', ''])}`.trim())
      .join('\n');
  const parts = [
    `${heading('Warmup')}\nMosey around the lot, then\n${sets(r.int(3, 5))}`,
    `${heading('Thang')}\n${r.pick(['Partner up, ', 'Grab a coupon, ', 'Four corners: ', ''])}${r.int(3, 6)} rounds of\n${sets(r.int(3, 6))}`,
  ];
  if (r.chance(0.5)) parts.push(`${heading('Mary')}\n${sets(r.int(2, 3))}`);
  if (r.chance(0.6)) parts.push(`${heading('Announcements')}\n${r.pick(ANNOUNCEMENTS)}`);
  parts.push(`${heading('COT')}\n${r.pick(PRAYERS)}`);
  if (r.chance(0.4))
    parts.push(
      `Naked Moleskin: ${r.pick(['Great push this morning.', 'Humid one, the gloom was thick.', 'Solid crowd for the weather.', led ? "YHC's first Q here, thanks for the grace." : 'Thanks for the grace, men.'])}`,
    );
  return parts.join('\n\n');
}

/** The message text a Q would post for a beatdown, in one of several house styles. */
export function backblastText(r: Random, w: Writeup, style: number): string {
  const title = r.pick(TITLES);
  const q = w.q ? who(w, w.q) : '';
  const coq = w.coqs.map((p) => who(w, p)).join(', ');
  const count = total(w);
  const lines: string[] = [];
  switch (style % 5) {
    case 0:
      lines.push(`*Backblast!* ${title}`, `Date: ${writeDate(r, w.date)}`);
      if (w.aoLine) lines.push(`AO: ${writeAo(r, w)}`);
      if (w.q) lines.push(`Q: ${q}`);
      if (coq) lines.push(`Co-Q: ${coq}`);
      lines.push(`PAX: ${paxList(r, w, ', ')}`, `FNGs: ${fngLine(r, w)}`, `Count: ${count}`);
      break;
    case 1:
      lines.push('*Slackblast*:', `*${title}*`, `*DATE*: ${w.date}`);
      if (w.aoLine) lines.push(`*AO*: <#${w.aoId}|${w.aoChannelName}>`);
      if (w.q) lines.push(`*Q*: ${q}`);
      if (coq) lines.push(`*Co-Q*: ${coq}`);
      lines.push(`*PAX*: ${paxList(r, w, ' ')}`, `*FNGs*: ${fngLine(r, w)}`, `*COUNT*: ${count}`);
      break;
    case 2:
      lines.push(`:fire: BACKBLAST :fire: ${title}`, `When: ${writeDate(r, w.date)}`);
      if (w.aoLine) lines.push(`Where: ${writeAo(r, w)}`);
      if (w.q) lines.push(`QIC: ${q}`);
      if (coq) lines.push(`Co-Q: ${coq}`);
      lines.push(`The PAX: ${paxList(r, w, ' ')}`);
      if (w.fngs.length > 0) lines.push(`FNGs: ${fngLine(r, w)}`);
      lines.push(`Count-o-rama: ${count}`);
      break;
    case 3: {
      lines.push(`Backblast - ${title} - ${writeDate(r, w.date)}`);
      if (w.aoLine) lines.push(`• AO: ${writeAo(r, w)}`);
      if (w.q) lines.push(`• Q: ${q}`);
      if (coq) lines.push(`• Co-Q: ${coq}`);
      // Guests on the PAX line, tagged PAX one per line under it.
      lines.push(`• PAX (${count}): ${w.guests.join(', ')}`.trimEnd(), ...r.sample(w.pax, w.pax.length).map((p) => who(w, p)));
      lines.push(`• FNG: ${fngLine(r, w)}`);
      break;
    }
    default:
      lines.push(`BACKBLAST ${title.toUpperCase()}`, `DATE: ${writeDate(r, w.date)}`);
      if (w.aoLine) lines.push(`AO: ${writeAo(r, w)}`);
      if (w.q) lines.push(`Q: ${q}${coq ? `, ${coq}` : ''}`);
      lines.push(`PAX: ${paxList(r, w, ', ')}`);
      if (w.fngs.length > 0) lines.push(`FNGs: ${fngLine(r, w)}`);
      lines.push(`TOTAL PAX: ${count}`);
  }
  return `${lines.join('\n')}\n\n${moleskin(r, style, w.q !== null)}`;
}

/** A preblast the Q posts the day before. */
export function preblastText(r: Random, w: Writeup): string {
  return [
    `Preblast: ${r.pick(TITLES)}`,
    `When: ${writeDate(r, w.date)} 0530`,
    `Where: <#${w.aoId}|${w.aoChannelName}>`,
    w.q ? `Q: <@${w.q.id}>` : '',
    `Why: ${r.pick(['Because the gloom is calling.', 'Bring a coupon.', 'Hills. Lots of hills.', 'EH a friend.'])}`,
  ]
    .filter(Boolean)
    .join('\n');
}

/** Talk in an AO channel that is no backblast. */
export function chatterText(r: Random, someone: Person): string {
  return r.pick([
    'Great work this morning, men!',
    'Anyone need a ride to the convergence?',
    `<@${someone.id}> thanks for leading, that one hurt.`,
    'HC for tomorrow :muscle:',
    'Who left a headlamp at the AO? It is in my truck.',
    'Gloom is supposed to be cold tomorrow, layer up.',
    'Coffeeteria after? :coffee:',
  ]);
}

/** A reply in a thread that looks like a backblast but stays in the thread: not one. */
export function correctionText(w: Writeup): string {
  const q = w.pax[0] ?? w.q;
  return `Backblast correction for the Q sheet:\nQ: <@${q?.id ?? ''}>\nPAX: ${w.pax
    .slice(0, 3)
    .map((p) => `<@${p.id}>`)
    .join(' ')}\nCount: 4`;
}
