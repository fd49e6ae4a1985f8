// Backblasts from public repos of F3 apps and their fixtures (f3noho/f3-nation-data: real slackblast
// posts with their parsed copies) and from regions' GitHub Pages repos (F3 Peak City, F3 Carpex),
// each put back into the Slack message it was: typed, slackblast text, slackblast with metadata, or
// the F3 Nation bot's blocks with metadata that drops `the_pax`. Plus look-alikes from the same repos.
import { channelId, userId, warn, type Entry } from './support.js';

const at = (names: string[]) => names.map((n) => `<@${userId(n)}>`).join(' ');
const ch = (name: string) => `<#${channelId(name)}>`;
const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });
const richText = (text: string) => ({
  type: 'rich_text',
  elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text }] }],
});
const slackblastBot = (poster: string) => ({ subtype: 'bot_message', bot_id: 'B0SLACKBLAST', username: `${poster} (via slackblast)` });

const NOHO = 'https://github.com/f3noho/f3-nation-data/blob/main/tests/fixtures/beatdowns.json';
const NOHO_TESTS = 'https://github.com/f3noho/f3-nation-data/blob/main/tests/parsing/test_transformation.py';
const PEAK = 'https://github.com/f3peakcity/f3peakcity.github.io/blob/main/content/backblasts/';
const CARPEX = 'https://github.com/longbranchchurch/longbranchchurch.github.io/blob/main/content/backblasts/';

const depot = 'ao_the_depot';

// F3 Peak City rosters, as the site's front matter lists them.
const jungle = ['16 Steves', 'Biner', 'Bootlegger', 'Cheap Trick', 'Chicken Little', 'Flenderson', 'Hamm', 'I-Beam', 'Imp', 'Kubota', 'Lucky Charms', 'Pivot', 'Quitter', 'Ramsay', 'Red Ryder', 'Rooney', 'Shut-In', 'Snooki', 'Sour Mash', 'Steaks', 'The Joker', 'Theismann', 'Triple Lindy', 'Zero Drop'];
const dtp = ['Big Red', 'Bootlegger', 'Bumper Sticker', 'Charmin', 'Imp', 'Mr. Safety', 'Open Concept', 'Ramsay', 'Red Ryder', 'Slim Shady', 'Smokey', 'Sooey', 'The Joker', 'Triple Lindy', 'Wahoo', 'Yahoo', 'Zamboni'];
const cardinal = ['Ashbury', 'Bubba', 'Cataracts', 'Cauliflower', 'Clockwork', 'Crimson', 'Deuce', 'Disco Duck', 'Doggy Paddle', 'Floppy Crust', 'Meat Loaf', 'Red Ryder', 'Sega', 'Slim Shady', 'Smokey', 'Sour Mash', 'The Commish', 'Triple Lindy', 'Wahoo'];
const dayInLife = ['Big Red', 'Biner', 'Blueprint', 'Chipper', 'Chiquita Banana', 'Denali', 'Egon', 'Freebird', 'Happy Gilmore', 'I Pity The Fool', 'Ma Bell', 'Nabisco', 'Orphan', 'PBX', 'Silver Fox', 'Squatter', 'Term Paper', 'The Super', 'Tiny Arms', 'Wonderbread'];
const threeYear = ['Hamm', 'Red Ryder', 'Ramsay', 'Maestro', 'Hail Naw', 'Kanki', 'Pongo', 'Zinfandel', 'Qwerty', 'Chicken Little', 'Biner', 'Chiquita Banana', 'Phisherman', 'Bootlegger', 'Sooey', 'Wahoo', 'Alamo', 'Shut-In', 'Franklin', 'Queequeg', 'Old Maid', 'Kubota', 'Bumper Sticker', 'The Rev', 'The Joker', 'Zero Drop', 'Steaks', 'Knuckle Sandwich'];
const twelveWays = ['Bumper Sticker', 'Chicken Little', 'Chiquita Banana', 'Decal', 'Hamm', 'I-Beam', 'Imp', 'Peaches', 'Queequeg', 'Ramsay', 'Red Ryder', 'Slim Shady', 'Snooki', 'Steaks', 'Triple Lindy', 'Wahoo', 'Yahoo'];
// F3 Carpex rosters, from the site's tags.
const pointBreak = ['Augmented', 'Chipper', 'Flip Flop', 'Full House', 'HGTV', 'Hoppin John', 'Horatio', 'Imp', 'Lookout', 'Open Out', 'Repeato', 'Rooney', 'Schlitz', 'Shipyard', 'Smokey', 'Staubach', 'WKRP'];
const twelveGuys = ['Augmented', 'Bagels', 'Beltway', 'Bluewater', 'Butterfly', 'Chipper', 'Lite-Brite', 'Lookout', 'Staubach', 'Stetson', 'Whirlie'];
const winterfell = ['Bogo', 'Bolton', 'Cosmo', 'Doggy Paddle', 'Houdini', 'Kidney Stone', 'Lucky Charms', 'My Little Pony', 'Nope', 'One Direction', 'Overflow', 'Pom-Pom', 'Rooney', 'Scapula', 'Singlet'];
const burpees = ['Banjo', 'Bartman', 'Biner', 'Callahan', 'Chanticleer', 'CK', 'Flacco', 'Flip Flop', 'Hermes', 'Hi-Liter', 'Jigglypuff', 'Ma Bell', 'Mississippi', 'Napster', 'Old Maid', 'Ollie', 'PBX', 'Saban', 'Sooey', 'Sour Mash', 'Tecumseh', 'Term Paper', 'WKRP', 'Yoga Mat'];
const blissPax = ['Angry Elf', 'Banjo', 'Bartman', 'Burt', 'Chanticleer', 'CK', 'Compound W', 'Coney', 'Goose', 'Grease Monkey', 'Joe Smith', 'Ma Bell', 'Malpractice', 'McCants', 'Pet Sounds', 'Red Dawn', 'Repeato', 'Riptide', 'Saban', 'Shank', 'Snots', 'Sosa', 'Sour Mash', 'Swag', 'Water Wings', 'Wilbur', 'WKRP'];
const aTeam = ['Cheddar Bo', 'Disco Duck', 'Hasselhoff', 'Hotspot', 'Imp', 'Ma Bell', 'Michelob', 'Quiver', 'Red Ryder', 'Theismann', 'Water Wings'];

export const apps: Entry[] = [
  // ---- f3noho/f3-nation-data: slackblast posts as PAXminer stored them (ids mapped to the names of their parsed copies).
  {
    source: `${NOHO} (1710009857.949729)`,
    posted: '2024-03-09',
    poster: 'Steubie',
    channel: depot,
    text: `Backblast! Steubie's Way Too Long 3 Yr Anniversary Celebration Continues
DATE: 2024-03-09
AO: ${ch(depot)}
Q: ${at(['Steubie'])}
PAX: ${at(['Hose', 'Splinter', "Kohl's", 'Zero Turn', 'Olean', 'Prairie Dog'])} 
FNGs: None
COUNT: 7
6 PAX showed up on this surprisingly chilly morning intent on two things - to get 1% better and to show their AOQ that he is appreciated.

:back-blast:
WARMUP:
36 SSH, 10 Grass Grabbers, 10 Abe Vigoda, 10 Mountain Man Poopers, 10 Tin Soldiers, 10 LBAC.

THE THANG:
MILF: each corner of the pavilion a different exercise, 10 reps at each corner, 3 rounds.
Minute 2 Win It
I thought ${at(['Robotnik'])} did a great job with this one.

MARY:  Not enough time today.
COT:
TAPS to stay in the CoT.

Steubie out.`,
    want: {
      title: "Steubie's Way Too Long 3 Yr Anniversary Celebration Continues", date: '2024-03-09', ao: depot, q: 'Steubie',
      pax: ['Hose', 'Splinter', "Kohl's", 'Zero Turn', 'Olean', 'Prairie Dog'], count: 7,
    },
  },
  {
    source: `${NOHO} (1710116979.939309, a photo attached)`,
    posted: '2024-03-10',
    poster: 'Steubie',
    channel: depot,
    extra: { ...slackblastBot('Steubie'), files: [{ id: 'F06ND71737Z', mimetype: 'image/jpeg' }] },
    text: `Backblast! Sunday Funday
DATE: 2024-03-10
AO: ${ch(depot)}
Q: ${at(['Steubie'])}
PAX: ${at(['Stomper', 'Sandblaster', 'Prairie Dog', 'Double Deuce'])} 
FNGs: None
COUNT: 5
:back-blast:

THE THANG: 
4.3 Mile stroll through the mean streets of Tomball. So grateful for the beautiful weather, and also for the great 2nd F.

ANNOUNCEMENTS: 
Check Slack. Lots going on.`,
    want: {
      title: 'Sunday Funday', date: '2024-03-10', ao: depot, q: 'Steubie', pax: ['Stomper', 'Sandblaster', 'Prairie Dog', 'Double Deuce'], count: 5,
    },
  },
  {
    source: `${NOHO} (1710456379.006189; the FNG renamed from Radio, a member's name elsewhere in this corpus)`,
    posted: '2024-03-14',
    poster: 'Robotnik',
    channel: depot,
    text: `Backblast! 1% better, 1 % more!
DATE: 2024-03-14
AO: ${ch(depot)}
Q: ${at(['Robotnik'])}
PAX: ${at(['Prairie Dog', 'Zero Turn', "Kohl's", 'Hose'])} , Ham Radio
FNGs: 1 Ham Radio
COUNT: 6
:back-blast:
WARMUP:
SSH – IC_10
Grass grabbers– IC_10
THE THANG:
Each round increased by 1 using the multiplier below. Doing 8 rounds total.
Merkin’s x 1
Squats x 2
ANNOUNCEMENTS:
NoHo 1 year Anniversary Convergence April 20th!`,
    want: {
      title: '1% better, 1 % more!', date: '2024-03-14', ao: depot, q: 'Robotnik', pax: ['Prairie Dog', 'Zero Turn', "Kohl's", 'Hose'],
      fngs: ['Ham Radio'], count: 6,
    },
  },
  {
    source: `${NOHO} (1711374001.381399: "None" typed as the non-Slack PAX and FNG)`,
    posted: '2024-03-25',
    poster: 'T-Bone',
    channel: depot,
    extra: { edited: { user: userId('T-Bone'), ts: '1711374443.000000' } },
    text: `Backblast! The Best & Worst of Humanity Ruck
DATE: 2024-03-25
AO: ${ch(depot)}
Q: ${at(['T-Bone'])}
PAX: ${at(['Steubie', 'Zoom-Zoom', 'T-Bone'])} , None
FNGs: 1 None
COUNT: 3
Today’s 3.6-mile ruck was a deep dive into the contrasts of humanity, witnessed in the early gloom.

Big thanks to our AOQ ${at(['Steubie'])} for providing me with some navigational support. ${at(['Zoom-Zoom'])} I appreciate the new connection.

SYITG
#kotterlife`,
    want: {
      title: 'The Best & Worst of Humanity Ruck', date: '2024-03-25', ao: depot, q: 'T-Bone', pax: ['Steubie', 'Zoom-Zoom'], count: 3,
    },
  },
  {
    source: `${NOHO} (1711734312.477589: a ruck, the moleskin one line)`,
    posted: '2024-03-29',
    poster: 'Robotnik',
    channel: depot,
    text: `Backblast! Friday Morning Ruck
DATE: 2024-03-29
AO: ${ch(depot)}
Q: ${at(['Robotnik'])}
PAX: ${at(['Double Deuce', 'Ninjago', 'Prairie Dog', 'Steubie', 'Spill', 'Splinter', 'Red Tag', "Kohl's"])} 
FNGs: None
COUNT: 9
Distance: 3.1 miles`,
    want: {
      title: 'Friday Morning Ruck', date: '2024-03-29', ao: depot, q: 'Robotnik',
      pax: ['Double Deuce', 'Ninjago', 'Prairie Dog', 'Steubie', 'Spill', 'Splinter', 'Red Tag', "Kohl's"], count: 9,
    },
  },
  {
    source: `${NOHO} (1711817818.388649: signed with a name that is not the Q's F3 name)`,
    posted: '2024-03-30',
    poster: 'Ninjago',
    channel: depot,
    text: `Backblast! Blink and another year has gone by
DATE: 2024-03-30
AO: ${ch(depot)}
Q: ${at(['Ninjago'])}
PAX: ${at(['Steubie', 'Spill', "Kohl's", 'Drug Lord', 'Splinter', 'Prairie Dog', 'T-Bone', 'Robotnik', 'Plado'])} , Lil-Bit
FNGs: 1 Lil-Bit
COUNT: 11
WARMUP:
This being my birthday Q, I looked up appropriate songs from 1971.
3 Burpees OYO
29 Merkins on Q
1 Steubie OYO

THE THANG:
I brought back The Billy Madison from my VQ. Builder style BD, each exercise a grade in school. 12 reps per exercise.

MARY:
None needed

COT:
To remain in the COT, but prayers for all PAX, friends, and family.

Grace and peace to you all!!

~Nakunaru`,
    want: {
      title: 'Blink and another year has gone by', date: '2024-03-30', ao: depot, q: 'Ninjago',
      pax: ['Steubie', 'Spill', "Kohl's", 'Drug Lord', 'Splinter', 'Prairie Dog', 'T-Bone', 'Robotnik', 'Plado'], fngs: ['Lil-Bit'], count: 11,
    },
  },
  {
    source: `${NOHO_TESTS} (complete_beatdown: Co-Qs, typed names, an FNG among them; test ids mapped to names, Jane renamed Jill: another region has a member Jane)`,
    posted: '2024-03-09',
    poster: 'Steubie',
    channel: depot,
    text: `Backblast! Standard Beatdown
DATE: 2024-03-09
Q: ${at(['Steubie'])}
COQ: ${at(['Robotnik'])}, ${at(['T-Bone'])}
PAX: ${at(['Prairie Dog'])}, ${at(['Hose'])}, John, Jill
FNG: John
COUNT: 6

WARMUP: SSH, Imperial Walkers
THANG: Dora 1-2-1
MARY: Crunches
ANNOUNCEMENTS: Great workout!
COT: Prayers for healing`,
    want: {
      title: 'Standard Beatdown', date: '2024-03-09', ao: depot, q: 'Steubie', coqs: ['Robotnik', 'T-Bone'], pax: ['Prairie Dog', 'Hose'],
      unresolved: ['Jill'], fngs: ['John'], count: 6, warnings: [warn.countOff(6, 7)],
    },
  },
  {
    source: `${NOHO_TESTS} (minimal_data: no date, no AO)`,
    posted: '2024-03-10',
    poster: 'Steubie',
    channel: depot,
    text: `Backblast! Minimal Data
Q: ${at(['Steubie'])}
PAX: ${at(['Prairie Dog'])}
COUNT: 2`,
    want: {
      title: 'Minimal Data', date: '2024-03-10', ao: depot, q: 'Steubie', pax: ['Prairie Dog'], count: 2, warnings: [warn.noDate('2024-03-10')],
    },
  },
  {
    source: `${NOHO_TESTS} (where_field_ao_extraction: the AO on a Where: line, a count above the list)`,
    posted: '2025-08-26',
    poster: 'Zoom-Zoom',
    text: `Backblast: DORA travels to Argentina!
Date: 2025-08-26
Time: 05:30
Where: ${ch('ao-the-crux')}
Q: ${at(['Zoom-Zoom'])}
PAX: ${at(['Spill', 'Red Tag', 'Drug Lord'])}
FNG: None
Count: 8

WARMUP`,
    want: {
      title: 'DORA travels to Argentina!', date: '2025-08-26', ao: 'ao-the-crux', q: 'Zoom-Zoom', pax: ['Spill', 'Red Tag', 'Drug Lord'], count: 8,
      warnings: [warn.countOff(8, 4)],
    },
  },
  {
    source: `${NOHO_TESTS} (ao_field_extraction: AO before Date)`,
    posted: '2024-03-12',
    poster: 'Steubie',
    text: `Backblast: Morning Beatdown
AO: ${ch(depot)}
Date: 2024-03-12
Q: ${at(['Steubie'])}
PAX: ${at(['Prairie Dog'])}
COUNT: 2`,
    want: { title: 'Morning Beatdown', date: '2024-03-12', ao: depot, q: 'Steubie', pax: ['Prairie Dog'], count: 2 },
  },
  {
    source: 'https://github.com/f3noho/f3-nation-data/blob/main/tests/parsing/test_content_analysis.py (no_count_line)',
    posted: '2024-03-09',
    poster: 'Steubie',
    channel: depot,
    text: `Backblast! No Count Line
DATE: 2024-03-09
Q: ${at(['Steubie'])}
PAX: ${at(['Hose'])}

This content should be counted entirely.
Multiple lines of text here.`,
    want: { title: 'No Count Line', date: '2024-03-09', ao: depot, q: 'Steubie', pax: ['Hose'], count: 2 },
  },

  // ---- F3 Peak City (f3peakcity.github.io): author, AO and PAX from the front matter.
  {
    source: `${PEAK}2023-01-12-jungle-at-lions-den.md (as the F3 Nation bot posts: blocks, empty text, metadata without the_pax)`,
    posted: '2023-01-11',
    poster: 'Old Maid',
    channel: 'ao-lions-den',
    extra: {
      subtype: 'bot_message',
      bot_id: 'B0F3NATION',
      username: 'Old Maid (via F3 Nation)',
      blocks: [
        section(`*Backblast! It’s a Jungle at Lion’s Den*\n*DATE*: 2023-01-11\n*AO*: ${ch('ao-lions-den')}\n*Q*: ${at(['Old Maid'])}\n*PAX*: ${at([...jungle, 'Old Maid'])}\n*FNGs*: None\n*COUNT*: 25`),
        richText('7 at A-Team. 18 at DTP. 25!! at Lion’s Den.\nWarmup: Good Mornings, HillBillys, Abe Vigoda, plankarama.\nThang 1: SquatUps at the pull-up bars.\nCOT: countarama came up with 24, then a Lone Wolf returned to the pack to make 25.'),
      ],
      metadata: {
        event_type: 'backblast',
        event_payload: { title: 'It’s a Jungle at Lion’s Den', date: '2023-01-11', The_AO: channelId('ao-lions-den'), the_q: userId('Old Maid'), the_coq: [], non_slack_pax: '', fngs: '', count: 25 },
      },
    },
    text: '',
    want: { title: 'It’s a Jungle at Lion’s Den', date: '2023-01-11', ao: 'ao-lions-den', q: 'Old Maid', pax: jungle, count: 25 },
  },
  {
    source: `${PEAK}2023-01-10-when-are-we-disturbing-the-peace.md (typed: a title line, the Q tagged in the list)`,
    posted: '2023-01-10',
    poster: 'Old Maid',
    channel: 'ao-dtp',
    text: `When are we going to start disturbing the peace?
PAX: Old Maid (Q), ${dtp.join(', ')}

Day 2 at DTP: subfreezing temperatures in the very center of Peak City.
0530: All assembled, no FNGs, Pledge of Allegiance, and we’re off.
Warmup: Good Mornings, slow Abe Vigodas, Daisy Pickers, Imperial Walkers, 10 Merkins.
Thang: 25 SSH and 25 Mountain Climbers at Apex UMC, then the rockpile for curls, rows, squats, presses.
Mini Dora at CC Jones Park: 50 ALRSUs, 100 Irkens, 150 squats.
COT: countarama and namearama. Prayers asked for Callahan, for Hello Kitty’s M, and others unspoken.`,
    want: {
      title: 'When are we going to start disturbing the peace?', date: '2023-01-10', ao: 'ao-dtp', q: 'Old Maid', pax: dtp, count: 18,
      warnings: [warn.noDate('2023-01-10')],
    },
  },
  {
    source: `${PEAK}2023-01-14-well-take-it-from-here-cardinal.md (slackblast text post with metadata)`,
    posted: '2023-01-13',
    poster: 'Old Maid',
    channel: 'ao-dazed-and-confused',
    extra: {
      ...slackblastBot('Old Maid'),
      metadata: {
        event_type: 'backblast',
        event_payload: {
          title: 'We’ll take it from here, Cardinal', date: '2023-01-13', The_AO: channelId('ao-dazed-and-confused'), the_q: userId('Old Maid'),
          the_coq: [], the_pax: [...cardinal, 'Old Maid'].map(userId), non_slack_pax: '', fngs: '', count: 20,
        },
      },
    },
    text: `Backblast! We’ll take it from here, Cardinal
DATE: 2023-01-13
AO: ${ch('ao-dazed-and-confused')}
Q: ${at(['Old Maid'])}
PAX: ${at([...cardinal, 'Old Maid'])}
FNGs: None
COUNT: 20
We recreated the VQ that F3 Cardinal of Knoxville did not get to finish.
Warm-a-rama at the top of powerline hill: 15 SSH, 10 copperhead merkins, 10 hallelujahs.
Set 1: 5 burpees, 5 big boy situps, 5 heels to heaven, then a moment of silence.
Crimson came alongside and said “Let me take over”, and called ten of the most flawless Burpees.
COT: 13 bootcampers, 7 ruckers.`,
    want: { title: 'We’ll take it from here, Cardinal', date: '2023-01-13', ao: 'ao-dazed-and-confused', q: 'Old Maid', pax: cardinal, count: 20 },
  },
  {
    source: `${PEAK}2023-01-13-a-day-in-the-life.md (early slackblast wording: *Title*, *The Q*, *The pax*, *Moleskine*; no date)`,
    posted: '2023-01-12',
    poster: 'Old Maid',
    extra: slackblastBot('Old Maid'),
    text: `*Title*: A Day in the Life
*AO*: ${ch('ao-bounty-hunters')}
*The Q*: ${at(['Old Maid'])}
*The pax*: ${at(dayInLife)}
*Moleskine*:
21 total, with 11 bootcampers and 10 runners.
Warmup: 5 penalty burpees, Good Mornings, Abe Vigoda x 5, SSH x 25.
THANG 1: bearcrawl across the lot, 10 LBC; crabcrawl across, 10 homer to marge.
A Day in the Life: 24 lights around the lake, 2 merkins at each light.`,
    want: {
      title: 'A Day in the Life', date: '2023-01-12', ao: 'ao-bounty-hunters', q: 'Old Maid', pax: dayInLife, count: 21,
      warnings: [warn.noDate('2023-01-12')],
    },
  },
  {
    source: `${PEAK}2023-10-24-raiders-q.md (typed; "Site Q" in the moleskin is not the Q)`,
    posted: '2023-10-24',
    poster: 'Clockwork',
    channel: 'ao-raiders',
    text: `Raiders of the Locked Park
Date: 10/24/2023
QIC: Clockwork
PAX: Cheap Trick, Dadbod, Peeping Tom, Hail Naw

Warmup: running stretches, carioca, butt kicks, high knees. Good mornings, Nolan Ryans, imperial walkers at the pavilion.
Thang 1: benchwork leg circuit. Cheap Trick as Site Q showed great care for the pax during the people's chair.
Thang 2: rock routine at the pullup bars, a run around the pond between sets.
COT: Fun with Guns Saturday, MFRFSP in November.`,
    want: { title: 'Raiders of the Locked Park', date: '2023-10-24', ao: 'ao-raiders', q: 'Clockwork', pax: ['Cheap Trick', 'Dadbod', 'Peeping Tom', 'Hail Naw'], count: 5 },
  },
  {
    source: `${PEAK}2023-11-15-lions-den-clockwork-3-year.md (slackblast text post)`,
    posted: '2023-11-15',
    poster: 'Clockwork',
    channel: 'ao-lions-den',
    extra: slackblastBot('Clockwork'),
    text: `Backblast! They say third time's the charm
DATE: 2023-11-15
AO: ${ch('ao-lions-den')}
Q: ${at(['Clockwork'])}
PAX: ${at(threeYear)}
FNGs: None
COUNT: 29
Three years have flown by. And some things, like backblasts, are about more than just workout.
EC: 4 for a brisk EC on a slightly long and hilly route.
Warmup: run, then Nolan Ryans; low Sumo squats; broga-esque stretches and burpees.
Thang 1: the big pickle, one exercise per lane: bear crawl, lunges, crawl bear, backwards duck walk.`,
    want: { title: "They say third time's the charm", date: '2023-11-15', ao: 'ao-lions-den', q: 'Clockwork', pax: threeYear, count: 29 },
  },
  {
    source: `${PEAK}2022-11-16-12-ways-that-year-2-differed-from-year-1.md (typed with mentions; a numbered list before the workout)`,
    posted: '2022-11-16',
    poster: 'Clockwork',
    channel: 'ao-lions-den',
    text: `*Backblast: 12 Ways that Year 2 Differed from Year 1*
Date: 11/16/2022
Q: ${at(['Clockwork'])}
PAX: ${at(twelveWays)}

Following up on my 12 pieces of advice from last year’s f3versary backblast:
1. Q’d a lot more this year (30+), and am more comfortable at leading.
2. Wrote way fewer backblasts.
3. Post less than I used to, (3-4 days/week vs. 5-6).
12. Do a ton of stuff with the Shield Lock.

Warmup: Bear-crawl/lungewalk threading through the parking lot.
Thang 1: Partner rock work. Thang 2: Broga.
NMS: Peaches was extremely disappointed that we didn’t need the headlamps.`,
    want: { title: '12 Ways that Year 2 Differed from Year 1', date: '2022-11-16', ao: 'ao-lions-den', q: 'Clockwork', pax: twelveWays, count: 18 },
  },
  {
    source: `${PEAK}2025-07-14-lake-wars.md (typed; the moleskin opens with a quoted line)`,
    posted: '2025-07-25',
    poster: 'Ramsay',
    channel: 'ao-the-board-meeting',
    text: `Backblast: LAKE WARS
Date: 7/25/2025
Q: Ramsay
PAX: Wahoo, Elvis, Cheap Trick

> EPISODE IV: A NEW LAKE
It is a period of aquatic disruption. Hurricane Chantal has claimed victory over the peaceful waters of JORDAN LAKE.
During the storm’s fury, four brave paddlers discovered HARRIS LAKE, with enough power to sustain an entire workout.`,
    want: { title: 'LAKE WARS', date: '2025-07-25', ao: 'ao-the-board-meeting', q: 'Ramsay', pax: ['Wahoo', 'Elvis', 'Cheap Trick'], count: 4 },
  },
  {
    source: `${PEAK}2024-03-23-mt-mitchell.md (slackblast text, a race: two PAX)`,
    posted: '2024-03-24',
    poster: 'Clockwork',
    extra: slackblastBot('Clockwork'),
    text: `Backblast! Mt. Mitchell Heartbreaker
DATE: 2024-03-23
AO: ${ch('csaup')}
Q: ${at(['Clockwork'])}
PAX: ${at(['Banjo'])}
FNGs: None
COUNT: 2
One pax succeeded and another attempted to leave the 2nd Annual Mt. Mitchell Heartbreaker 50-miler without a broken heart.`,
    want: { title: 'Mt. Mitchell Heartbreaker', date: '2024-03-23', ao: 'csaup', q: 'Clockwork', pax: ['Banjo'], count: 2 },
  },

  {
    source: `${PEAK}2026-09-20-pilot-mountain-hanging-rock.md (typed; an epigraph quoted under the keyword line)`,
    posted: '2026-09-20',
    poster: 'Clockwork',
    channel: 'csaup',
    text: `Backblast: Pilot Mountain to Hanging Rock Relay
> It is said that an idea can be a dangerous thing.
Date: 9/19/2026
Q: Clockwork
PAX: Imp, I-Beam, Rooney, Jockey, Ramsay, Mr. Safety, Gibraltar

The dangerous idea became a little less dangerous by morphing into a 4-man relay team with Clockwork, Imp, I-Beam, and Rooney. Then Jockey, Gibraltar, Ramsay, and Mr. Safety formed a second team.
Team 1: 3/25 relay place, 10hrs 11min. Team 2: 5/25 relay place, 10hrs 24min.`,
    want: {
      title: 'Pilot Mountain to Hanging Rock Relay', date: '2026-09-19', ao: 'csaup', q: 'Clockwork',
      pax: ['Imp', 'I-Beam', 'Rooney', 'Jockey', 'Ramsay', 'Mr. Safety', 'Gibraltar'], count: 8,
    },
  },
  {
    source: `${PEAK}2023-08-13-ragnar-appalachia.md (slackblast text; a Name-o-rama table in the moleskin names two non-PAX)`,
    posted: '2023-08-13',
    poster: 'Clockwork',
    channel: 'csaup',
    extra: slackblastBot('Clockwork'),
    text: `Backblast! Ragnar Appalachia 2023
DATE: 2023-08-12
AO: ${ch('csaup')}
Q: ${at(['Clockwork'])}
PAX: ${at(['Triple Lindy', 'Pongo', 'Schlitz', 'Mr. Safety', 'Zero Drop', '16 Steves', 'Hamm'])}
FNGs: None
COUNT: 8
Unfortunately for Doug and Bobby, they were not given any disclaimer and instead met up with 8 Peak City pax at Big Bear Lake for the Ragnar Appalachia trail race.
Name-o-rama
| Team Name | Runner 1 | Runner 2 |
| F3 Peak City | Triple Lindy | Schlitz |
| F3 Dusty Grundles | Hamm | Pongo |
| Peak Dust | 16 Steves | Clockwork |
| Travis Well's Team | Mr. Safety | Zero Drop |
| DDD and Bobby | Doug | Bobby |`,
    want: {
      title: 'Ragnar Appalachia 2023', date: '2023-08-12', ao: 'csaup', q: 'Clockwork',
      pax: ['Triple Lindy', 'Pongo', 'Schlitz', 'Mr. Safety', 'Zero Drop', '16 Steves', 'Hamm'], count: 8,
    },
  },
  {
    source: `${PEAK}2023-04-30-smoky-mountain-relay.md (typed; two teams, each a labelled line under PAX:)`,
    posted: '2023-04-30',
    poster: 'Clockwork',
    channel: 'csaup',
    text: `Backblast: Been There, Dusted That Again: A Smoky Mountain Relay Story
Date: 4/30/2023
Q: Clockwork
PAX:
💨 Been There, Dusted That: Ramsay, Track Star, Theismann, Horseshoe, Prodigal, Mr. Safety, Henny Penny, Mohawk, and Steaks
🍆 Blue Collar Satchel of Richards: Suck Up, One Four, Parker, BOGO, Pierogi, Biner, Ma Bell, Torpedo, PBX

Another year, another great, smoky race. 207.4 miles, 22,056 ft uphill.
BTDT: 5th place overall, 3rd in the nine-man. BCSoR: 20th place.`,
    want: {
      title: 'Been There, Dusted That Again: A Smoky Mountain Relay Story', date: '2023-04-30', ao: 'csaup', q: 'Clockwork',
      pax: ['Ramsay', 'Track Star', 'Theismann', 'Horseshoe', 'Prodigal', 'Mr. Safety', 'Henny Penny', 'Mohawk', 'Steaks', 'Suck Up', 'One Four', 'Parker', 'Bogo', 'Pierogi', 'Biner', 'Ma Bell', 'Torpedo', 'PBX'],
      count: 19,
    },
  },
  {
    source: `${PEAK}2023-09-09-brr-peak-city-pain-train.md (typed by its writer, no Q line; "Mr. Saftey" misspelt as on the site)`,
    posted: '2023-09-10',
    poster: 'Zero Drop',
    channel: 'csaup',
    text: `Backblast: Peak City Pain Train
A Blue Ridge Relay Story, by Zero Drop
Date: 9/9/2023
PAX: Steaks, Zero Drop, Revere, Mohawk, Mr. Saftey, Saban, Yahoo

The conversation about forming a competitive, all-in BRR team started not too long after Steaks and YHC were invigorated by the Hill Climb Challenge.
Yahoo agreed to conduct this crazy train, and knocked out 20 merkins at most of the 36 exchanges.
8th place overall, 3rd ultra team, 2nd F3 team: 25 hours, 25 minutes at 7:20 pace.`,
    want: {
      title: 'Peak City Pain Train', date: '2023-09-09', ao: 'csaup', q: 'Zero Drop',
      pax: ['Steaks', 'Revere', 'Mohawk', 'Mr. Safety', 'Saban', 'Yahoo'], count: 7,
      warnings: [warn.qPoster, warn.typo('Mr. Saftey', 'Mr. Safety')],
    },
  },

  // ---- F3 Carpex (longbranchchurch.github.io): PAX from the site's tags, the Q from the write-up.
  {
    source: `${CARPEX}1-15-20-point-break-blimps.md (the QIC only at the end; an EC subset with a count before it)`,
    posted: '2020-01-15',
    poster: 'Hermes',
    channel: 'ao-point-break',
    text: `1-15-20 Point Break BLIMPS
PAX: ${pointBreak.join(', ')}

- 4 Pax for the Ambien EC run: Flip Flop, Augmented, Lookout and Staubach.
- 18 for the main event, its 530: standard disclaimer/mission, pledge allegiance and follow me.
- Lets inflate some BLIMPS with a stop at each turn in the parking deck ramps.
- Count-a-Rama 18
- Name-a-Rama - see the PAX list
Prayer Requests: only unspoken prayers
NMS:
- Am I supposed to enter in the QIC? Or does it just assume whoever is posting the BB is the Q?
- QIC: Hermes (just in case).`,
    want: { title: '1-15-20 Point Break BLIMPS', date: '2020-01-15', ao: 'ao-point-break', q: 'Hermes', pax: pointBreak, count: 18 },
  },
  {
    source: `${CARPEX}12-guys-just-doing-some-work.md`,
    posted: '2019-07-19',
    poster: 'Ma Bell',
    channel: 'ao-flirtin-with-disaster',
    text: `12 Guys Just Doing Some Work
Q: Ma Bell
PAX: ${twelveGuys.join(', ')}

No pre-blasting, branding, advertising, or begging. Just a name on a sheet. 12 men brought their luncpails and came to work.
Warm-Up: Merkins, Plank Jacks, SSH, sloooow Good Mornings, 10 up and over burpees on curious concrete spheres.
The Thang: 11s on the bridge - pull-ups at the top, Turkish Get-ups at the bottom.
COT
- Count-a-rama: 12
- Name-a-rama: 2 RESPECTS, 10 mehs
- BOM: YHC took us out`,
    want: { title: '12 Guys Just Doing Some Work', date: '2019-07-19', ao: 'ao-flirtin-with-disaster', q: 'Ma Bell', pax: twelveGuys, count: 12, warnings: [warn.noDate('2019-07-19')] },
  },
  {
    source: `${CARPEX}1-new-ao-8-new-pax.md (the Q only in the sign-off; an EC subset in a sentence)`,
    posted: '2020-10-26',
    poster: 'Squatter',
    channel: 'ao-winterfell',
    text: `1 new AO; 8 new PAX
PAX: ${winterfell.join(', ')}

Today I went to Winterfell for the first time (which by the way is a great AO. Well done Rooney) and met 8 new PAX.
YHC, One Direction, Cosmo, Houdini, Nope, Scapula and My Little Pony for the EC Army PT Test.
Warm-Up: Good Morning, Windmill, Steve Earl, Arm Circles, Seal Clap, Moroccan Night Club
Thang Two: Burpee Suicide Doras with 100 Squats, 200 CDD, 300 LBC, 400 Homer to Marge.
COT: Prayers for Singlet's friend, Doggy Paddles 2.0, and One Direction's brother

-Squatter`,
    want: {
      title: '1 new AO; 8 new PAX', date: '2020-10-26', ao: 'ao-winterfell', q: 'Squatter', pax: winterfell, count: 16,
      warnings: [warn.qSignOff, warn.noDate('2020-10-26')],
    },
  },
  {
    source: `${CARPEX}12-pax-for-a-marsoc-challenge.md (the date line reworded from "29 Dec 2017"; two FNGs, a visiting Nantan not on the region's Slack; FNG Cousin Eddie renamed Cousin Eddy: another region has a member Cousin Eddie)`,
    posted: '2017-12-29',
    poster: 'Kyrie',
    channel: 'ao-slippery-when-wet',
    text: `12 PAX for a MARSOC Challenge
QIC: Kyrie
When: 12/29/2017
PAX: Coney, Cumulus, Hotwire, Joe Smith, Oofta, Shank, Term Paper, Texas Ranger, Theismann, FNG MC, FNG Cousin Eddy

“Life begins at the end of your comfort zone.” T Claps to you 12 HIM's that posted this morning.
Warm-up: Jog around the parking lot x2, high knees, butt kicks, karaoke.
Thang: the MARSOC Short Card. Thang2: Bear Crawl from the flag to the yellow poles.
Mary: 20 american hammers, 15 homers to marge, have a nice day.
COT: Count-o-rama, name-o-rama. YHC took us out.
NMS: WELCOME two new FNG's MC and Cousin Eddy. WELCOME out of town NanTan HOTWIRE from Charleston, SC.`,
    want: {
      title: '12 PAX for a MARSOC Challenge', date: '2017-12-29', ao: 'ao-slippery-when-wet', q: 'Kyrie',
      pax: ['Coney', 'Cumulus', 'Joe Smith', 'Oofta', 'Shank', 'Term Paper', 'Texas Ranger', 'Theismann'],
      unresolved: ['Hotwire'], fngs: ['MC', 'Cousin Eddy'], count: 12,
    },
  },
  {
    source: `${CARPEX}1stf-1-of-6-bd-f3versary-q-winter-bells-tabata-style.md ("Q:" inside the title; the Q tagged YHC/QIC in the list)`,
    posted: '2018-12-11',
    poster: 'WWW',
    channel: 'ao-hells-bells',
    text: `1stF #1 of 6 BD & F3'versary Q: Winter Bells Tabata Style

Date: December 10, 2018

PAX: EarharT, WWW (YHC/QIC)

Day 1 of 6 for my birthday and F3'versary week. 0530, it is confirmed that it was just EarharT and I.
Warm-Up: Hamstring stretch, calf stretch, merkins, Sir Fazio.
The Thang: 4 rounds of tabata with the bells.
COT: Count-a-rama: 2 Name-a-rama: 2 meh. BOM: YHC took us out.`,
    want: { title: "1stF #1 of 6 BD & F3'versary Q: Winter Bells Tabata Style", date: '2018-12-10', ao: 'ao-hells-bells', q: 'WWW', pax: ['Earhart'], count: 2 },
  },
  {
    source: `${CARPEX}12-days-of-burpees.md (a Co-Q; an EC roll call of other names in the moleskin)`,
    posted: '2017-12-10',
    poster: 'Disco Duck',
    channel: 'ao-phoenix',
    text: `12 Days of Burpees
Q: Disco Duck
Co-Q: Hello Kitty
PAX: ${burpees.join(', ')}

Warm-Up: Hello Kitty leads the men down to the lower parking lot for Side Santa Hops and Cranberry Pickers.
The Thang: YHC leads the men through the Disco Kitty version of 12 Days of Christmas.
COT
Count-a-rama: 26 Name-a-rama: 6 RESPECTS, 18 mehs, 2 HATES
EC (the real warm-up): 16 absolute STUDS showed up thirty minutes early as Shut-In led us through 151 burpees: Banjo, Biner, Burt, Chanticleer, CK, Disco Duck, Flacco, Hello Kitty, Hermes, Ma Bell, Ollie, PBX, Shut-In, Tecumseh, Term Paper, Yoga Mat.`,
    want: {
      title: '12 Days of Burpees', date: '2017-12-10', ao: 'ao-phoenix', q: 'Disco Duck', coqs: ['Hello Kitty'], pax: burpees, count: 26,
      warnings: [warn.noDate('2017-12-10')],
    },
  },
  {
    source: `${CARPEX}10-counts-for-dayz.md (the Q in the sign-off)`,
    posted: '2018-06-04',
    poster: 'Old Maid',
    channel: 'ao-a-team',
    text: `10-counts for dayz
Date: 6/4/2018
PAX: ${aTeam.join(', ')}

Disclaimer, even with no FNGs. Ready to go at 5:44:45, but...waited for official start.
Warmup: Run ¼ mile to softball field lot, GM x 10, SSH x 36
Thang: Split up 1s and 2s. 1s go do 10 pullups at the playground OYO, 2s LBCs.
Mary: LBC as the pax arrive, Freddy Mercury, then Have a Nice Day as time expires.
COT: Crazy Train Saturday June 9th. YHC took us out.

Just keep moving forward.  Old Maid out.`,
    want: {
      title: '10-counts for dayz', date: '2018-06-04', ao: 'ao-a-team', q: 'Old Maid', pax: aTeam, count: 12, warnings: [warn.qPoster],
    },
  },
  {
    source: `${CARPEX}12-days-of-christmas-fmj.md (YHC inside the list; a second group labelled within it)`,
    posted: '2018-12-18',
    poster: 'Earhart',
    channel: 'ao-full-metal-jacket',
    text: `12 Days of Christmas - FMJ
- *When:* Dec 18th, 2018
- *QIC:* EarharT
- *The PAX:* GTL, Imp, Parker, Wonderbread, Callahan, Old Maid, Largemouth, Chanticleer, Shank, Khakis, Rooney, Sub, YHC: EarharT Rolling Stone:  Bartman, WWW, Freebird, McCants, Katniss

A crisp morning greeting 18 HIM for the next round of holiday cheer. 5 HIM peeled off for Rolling Stone.
Warm Up: Good mornings, Side Straddle Hops, Cotton Pickers
The Thang: the 12 days of Christmas with a lap around the pickle between each.
COT: Count-a-rama: 13 PAX for FMJ, 5 PAX for Rolling Stone`,
    want: {
      title: '12 Days of Christmas - FMJ', date: '2018-12-18', ao: 'ao-full-metal-jacket', q: 'Earhart',
      pax: ['GTL', 'Imp', 'Parker', 'Wonderbread', 'Callahan', 'Old Maid', 'Largemouth', 'Chanticleer', 'Shank', 'Khakis', 'Rooney', 'Sub', 'Bartman', 'WWW', 'Freebird', 'McCants', 'Katniss'],
      count: 18,
    },
  },

  {
    source: `${CARPEX}1-2-texas-hello-ranger-kitty-knockout.md (a Q line naming the Q and his Co-Q)`,
    posted: '2018-04-07',
    poster: 'Texas Ranger',
    channel: 'ao-phoenix',
    text: `1-2 Texas Hello Ranger Kitty Knockout
Date: 4/7/2018
Q: Texas Ranger & Hello Kitty (Co-Q)
PAX: Biner, Butterscotch, Callahan, Chinese Downhill, Largemouth, Ollie, Pigeon

What happens when Texas Ranger and Hello Kitty tag team for a co-Q beat-down at Phoenix? A little Texas Kung fu kitty cat knockout.
Warm-up: SSH, Good Mornings, cotton-pickers, arm circles, plank jacks, and mountain climbers.
Thang 1: bear crawl the parking lot, a merkin at each line. Thang 2: groups of three on the long hill.
COT: in 3 weeks Chinese Downhill has the Q at Whiplash.`,
    want: {
      title: '1-2 Texas Hello Ranger Kitty Knockout', date: '2018-04-07', ao: 'ao-phoenix', q: 'Texas Ranger', coqs: ['Hello Kitty'],
      pax: ['Biner', 'Butterscotch', 'Callahan', 'Chinese Downhill', 'Largemouth', 'Ollie', 'Pigeon'], count: 9,
    },
  },
  {
    source: `${CARPEX}10-10-road-of-hard-knocks.md (typed as posted: spaced and misspelt names, the Q again at the end of the list)`,
    posted: '2017-10-20',
    poster: 'Freebird',
    channel: 'ao-dantes-peak',
    text: `10 10 Road of Hard Knocks
- *When:* Oct 20th, 2017
- *QIC:* Free Bird
- *The PAX:* GTL, Sour Mash, Ascot, Hot Spot, Malpractice, Kabota, Grease Monkey, Khakis, Monkey Nut, Bogo, Snots, Franklin, Blue print, Nature Boy, Red Ryder, PBX,Wilbur, Old Maid, Free bird

Two minutes before start time and the whole PAX rolls up as one unit.
Warm Up: Good mornings, Side Straddle Hops, Mtn Climbers
The Thang: Indian Run to the far parking lot for some wheel of fortune, a lap after each exercise.
COT
Count-a-rama:  19 PAX
It was an honor to lead you men this morning.`,
    want: {
      title: '10 10 Road of Hard Knocks', date: '2017-10-20', ao: 'ao-dantes-peak', q: 'Freebird',
      pax: ['GTL', 'Sour Mash', 'Ascot', 'Hotspot', 'Malpractice', 'Kubota', 'Grease Monkey', 'Khakis', 'Monkey Nut', 'Bogo', 'Snots', 'Franklin', 'Blueprint', 'Nature Boy', 'Red Ryder', 'PBX', 'Wilbur', 'Old Maid'],
      count: 19, warnings: [warn.typo('Kabota', 'Kubota')],
    },
  },
  {
    source: `${CARPEX}1-year-of-f3-bliss.md (the Q in the sign-off; the count of two AOs together in the COT)`,
    posted: '2017-08-24',
    poster: 'Khakis',
    channel: 'ao-shakin-not-stirred',
    text: `1 Year of F3 Bliss
PAX: ${blissPax.join(', ')}

Rewind to 1 year back. YHC was a newish dad who had recently moved to Apex. Enter F3.
Warm-up: 2 minute jog, SSH IC x 25, Cotton Picker IC x 15, Hillbilly IC x 25
Thang 1 (Dinner): Double file Indian run to the upper picnic shelter. Thang 2 (Show): the amphitheater.
COT
Count-o-rama: 38 Combo of SNS and Vesper
Name-o-rama: Several respects and lots of 30's and 40's.
NMS: Did I mention that Angry Elf deserves the credit for picnic table deadlifts?

-Khakis`,
    want: {
      title: '1 Year of F3 Bliss', date: '2017-08-24', ao: 'ao-shakin-not-stirred', q: 'Khakis', pax: blissPax, count: 38,
      warnings: [warn.qSignOff, warn.countOff(38, 28), warn.noDate('2017-08-24')],
    },
  },

  // ---- Look-alikes from the same repos.
  {
    source: 'https://github.com/F3Nation-Community/slackblast/blob/main/slackblast/features/preblast.py (the preblast post: Preblast, Date, Time, Where, Q, Why, Coupons, FNGs)',
    posted: '2023-01-09',
    poster: 'Old Maid',
    extra: { ...slackblastBot('Old Maid'), metadata: { event_type: 'preblast', event_payload: { title: 'Disturbing the peace', the_q: userId('Old Maid') } } },
    text: `*Preblast: Disturbing the peace*
*Date*: 2023-01-10
*Time*: 0530
*Where*: ${ch('ao-dtp')}
*Q*: ${at(['Old Maid'])}
*Why*: Day 2 of my F3'versary week.
*Coupons*: None
*FNGs*: Always welcome`,
    want: null,
  },
  {
    source: 'F3 syncbot tests (`_preblast_blocks`: a preblast carried only in blocks, its text empty)',
    posted: '2026-09-18',
    poster: 'Clockwork',
    channel: 'csaup',
    extra: {
      bot_id: 'B0F3NATION',
      blocks: [
        section(`*Preblast: The QT Quest*\n*Date:* 2026-09-19\n*Time:* 05:30\n*Where:* ${ch('csaup')}\n*Q:* ${at(['Clockwork'])}`),
        section('*WHAT:* a 14 mile race\n🚨 ARRIVE 10 MINUTES EARLY 🚨\n🌭 React if you\'re an individual racer'),
        { type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Edit this preblast' } }] },
      ],
    },
    text: '',
    want: null,
  },
  {
    source: 'https://github.com/f3noho/f3-nation-data/blob/main/f3_nation_data/cli/templates/weekly_report.txt (rendered for the fixtures\' week)',
    posted: '2024-03-11',
    poster: 'Steubie',
    text: `:noho: F3 NoHo Weekly Beatdown Report
Week of March 04 - March 10, 2024

📊 Week Summary: 2 beatdowns, 12 total attendance, 9 unique PAX

📈 Highest Attended Workout at Each AO:
 7 #ao_the_depot (Q: @Steubie) on 2024-03-09 - Steubie's Way Too Long 3 Yr Anniversary Celebration Continues

💪 Top HIMs Who Posted This Week:
2 @Steubie
2 @Prairie Dog

👑 Leaders in Q Counts:
2 @Steubie`,
    want: null,
  },
  {
    source: 'https://github.com/F3-Nation/f3-nation-slack-bot/blob/main/tests/scripts/test_kotter_reports.py (the Kotter report: MIA, lapsed and never-Q PAX, each group mentioned)',
    posted: '2026-06-08',
    poster: 'Steubie',
    extra: { bot_id: 'B0F3NATION' },
    text: `*Kotter report for F3 NoHo* (week of 6/8/2026)
Hey ${at(['Steubie'])}! A few PAX could use an EH:
*MIA* (haven't posted in 2+ weeks): ${at(['Olean'])}
*Lapsed Q* (haven't Q'd in 38 days): ${at(['Spill'])}
*Never Q'd* (posting regularly): ${at(['Plado'])}`,
    want: null,
  },
  {
    source: 'https://github.com/F3Nation-Community/PAXminer/blob/main/monthly_charts/Qcharter.py (the monthly Q chart, a file with its comment)',
    posted: '2024-04-01',
    poster: 'Steubie',
    channel: depot,
    extra: { subtype: 'file_share', bot_id: 'B0PAXMINER', files: [{ id: 'F0QCHART', title: 'Q_Counts_ao_the_depot_Mar2024.jpg', mimetype: 'image/jpeg' }] },
    text: "Hey ao_the_depot! Here is a look at who has been stepping up to Q at this AO. Is your name on this list? Remember Core Principle #4 - F3 is peer led in a rotating fashion. Exercise your leadership muscles. Sign up to Q!",
    want: null,
  },
  {
    source: 'Slack importer tests of a region site repo (test_rejects_near_miss_messages: "Pre-blast: 11s" with Where/When/Q)',
    posted: '2026-07-15',
    poster: 'Zoom-Zoom',
    text: `Pre-blast: 11s
Where: ${ch('ao-the-crux')}
When: 07/16/26 0530
Q: @Zoom-Zoom`,
    want: null,
  },
  {
    source: 'Slack importer tests of a region site repo (test_rejects_near_miss_messages: a placeholder with no Q or PAX)',
    posted: '2026-08-05',
    poster: 'Zoom-Zoom',
    text: 'Backblast: coming tonight',
    want: null,
  },
  {
    source: `${CARPEX}12-4-17-pre-blast-roll-the-dice.md (a preblast filed among the backblasts)`,
    posted: '2017-11-27',
    poster: 'Hotspot',
    text: `12/4/17 Pre-Blast: Roll the dice
Monday, December 4th, SYITG:
https://youtu.be/hr8iI576BY8
Q: Hotspot
Xoxo,
Brian Nodice`,
    want: null,
  },
];
