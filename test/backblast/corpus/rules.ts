// More real posts, some reshaped (said so) to show one rule each: counts before labels, lists in a
// sentence, approximate counts, typos, role words, sign-offs, AOs in free text, apps' metadata.
import { channelId, userId, warn, type Entry } from './support.js';

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });

export const rules: Entry[] = [
  {
    source: 'https://f3kernersville.com/2018/03/12/backblast-monday-march12-red-white-and-boom/',
    posted: '2018-03-12',
    poster: 'FloRida',
    channel: 'ao-convalescent-center',
    text: `Backblast Monday March12 Red White and Boom

Pax: Tenderfoot, Dean, Candy Cane, Deliverance, Fortran, Thin Mint, Kay, Pacer, Tarde, Epstein, Crawdaddy, Mulligan, Checkbook, Blue Hen, Gilmore, Dr. Evil, FloRida (QIC)

17 drip-dry pax posted to a dry refuge from the drizzle. YHC leaned on coupons.
WARMARAMA: SSH 20 IC, Cotton Pickers 15 IC, Mountain Climbers 20 IC
THE THANG: a circuit of 10 stations with milk jugs and pavers.`,
    want: {
      title: 'Monday March12 Red White and Boom', date: '2018-03-12', ao: 'ao-convalescent-center', q: 'FloRida',
      pax: ['Tenderfoot', 'Dean', 'Candy Cane', 'Deliverance', 'Fortran', 'Thin Mint', 'Kay', 'Pacer', 'Tarde', 'Epstein', 'Crawdaddy', 'Mulligan', 'Checkbook', 'Blue Hen', 'Gilmore', 'Dr. Evil'],
      count: 17,
    },
  },
  {
    source: 'https://f3kernersville.com/2018/02/28/backblast-poison-ivey-the-wall-2-28-18/ (the PAX sentence given a colon)',
    posted: '2018-02-28',
    poster: 'Checkbook',
    channel: 'ao-poison-ivey',
    text: `Backblast – Poison Ivey – The WALL – 2/28/18

22 Pax gathered in the gloom: Red Hot, Candy Cane, Mr. Sludge, Dr. Evil, Lucky Charm, Blue Hen, Mall Cop, Hardy, Flounder, Gisele, Epstein, Gilmore, Sprinkler, Kay, Thin Mint, Dean, Crawdaddy, Fannypack, Fortran, Tender foot, FNG Neil Currie and YHC Checkbook as the QIC.

Sixty seconds of disclaimer, then an Indian Run to The Wall for the warm-o-rama.
The Thang: four stations, the last at the wall.`,
    want: {
      title: 'Poison Ivey - The WALL - 2/28/18', date: '2018-02-28', ao: 'ao-poison-ivey', q: 'Checkbook',
      pax: ['Red Hot', 'Candy Cane', 'Mr. Sludge', 'Dr. Evil', 'Lucky Charm', 'Blue Hen', 'Mall Cop', 'Hardy', 'Flounder', 'Gisele', 'Epstein', 'Gilmore', 'Sprinkler', 'Kay', 'Thin Mint', 'Dean', 'Crawdaddy', 'Fannypack', 'Fortran', 'Tenderfoot'],
      fngs: ['Neil Currie'], count: 22,
      warnings: [warn.qFromList('Checkbook as the QIC')],
    },
  },
  {
    source: 'https://f3kernersville.com/2019/01/26/backblast-pain-in-the-park-january-26-2019/',
    posted: '2019-01-26',
    poster: 'DoubtFire',
    channel: 'ao-pain-in-the-park',
    text: `Backblast – Pain in the Park – January 26, 2019

18 PAX, including the Q gathered in the chilly gloom for a morning of geometry: squares, ovals, circles, and rectangles. PAX were: Checkbook, FNG Dave Danner, Duvet, Epstein, Bambi, Man Hands, Boones Farm, Mulligan, FloRida, Tramp Stamp, Crawdaddy, Dr. Evil, Sludge, Sprinkler, Chipper, Fortran, Water Wings, DoubtFire (QIC). Thanks to Duvet for helping our FNG.

Smurf Jacks x15, Sun Gods x12 each way
The Thang: four corners, the track, clock merkins on the hill.`,
    want: {
      title: 'Pain in the Park - January 26, 2019', date: '2019-01-26', ao: 'ao-pain-in-the-park', q: 'DoubtFire',
      pax: ['Checkbook', 'Duvet', 'Epstein', 'Bambi', 'Man Hands', 'Boones Farm', 'Mulligan', 'FloRida', 'Tramp Stamp', 'Crawdaddy', 'Dr. Evil', 'Sludge', 'Sprinkler', 'Chipper', 'Fortran', 'Water Wings'],
      fngs: ['Dave Danner'], count: 18,
    },
  },
  {
    source: 'https://ec2-34-194-89-34.compute-1.amazonaws.com/backblast/2021/04/20/dora-1-1-2-2-3-3/',
    posted: '2021-04-20',
    poster: 'Val',
    text: `Dora 1-1-2-2-3-3

AO: Hall of Justice

When: 04/20/2021

QIC: Val

PAX (4): Sugar, YouTube, Magnolia, Val

A quiet Tuesday at the town center. SSH and Weed Pickers, WhackyJacks, Moroccan Night Clubs, then down to the pond for The Thang.`,
    want: {
      title: 'Dora 1-1-2-2-3-3', date: '2021-04-20', ao: 'ao-hall-of-justice', q: 'Val', pax: ['Sugar', 'YouTube', 'Magnolia'], count: 4,
    },
  },
  {
    source: 'https://f3chattanooga.com/2020/09/05/modified-michigan-mile-because-92-nhl-sega-genesis-cant-be-topped/',
    posted: '2020-09-05',
    poster: 'Gusher',
    text: `Modified Michigan Mile
QIC: Gusher
Date: 09/05/2020
PAX: Blue, Hambone (Respect)
AO: Reformation
Recorded for Posterity: conditions were nice.
Willie Mays Hays (IC), Forward Fold (IC), Arm Circles (IC)
Modified Michigan Mile: suicides between the lines of the lot.`,
    want: { title: 'Modified Michigan Mile', date: '2020-09-05', ao: 'ao-reformation', q: 'Gusher', pax: ['Blue', 'Hambone'], count: 3 },
  },
  {
    source: 'https://f3chattanooga.com/2020/09/05/modified-michigan-mile-because-92-nhl-sega-genesis-cant-be-topped/ (reshaped: the Q only in the sign-off)',
    posted: '2020-09-12',
    poster: 'Blue',
    channel: 'ao-reformation',
    text: `Backblast: Michigan Mile, the sequel
Date: 09/12/2020
PAX: Blue, Hambone, Gusher

Warm-up: Willie Mays Hays, Arm Circles
The Thang: the Michigan Mile again, two rounds.
COT: prayers for travelling PAX.

- Gusher`,
    want: {
      title: 'Michigan Mile, the sequel', date: '2020-09-12', ao: 'ao-reformation', q: 'Gusher', pax: ['Blue', 'Hambone'], count: 3,
      warnings: [warn.qSignOff],
    },
  },
  {
    source: 'https://f3chattanooga.com/category/backblasts/page/50 (reshaped: the Q written as a role in the list)',
    posted: '2020-09-18',
    poster: 'Milkman',
    channel: 'ao-shot-house',
    text: `Backblast: Shot House Friday
Date: 09/18/2020
PAX: Milkman, Sherlock, Cleaver and Dundee at the Q

SSH x20 IC, then four rounds around the track.`,
    want: {
      title: 'Shot House Friday', date: '2020-09-18', ao: 'ao-shot-house', q: 'Dundee', pax: ['Milkman', 'Sherlock', 'Cleaver'], count: 4,
      warnings: [warn.qFromList('Dundee at the Q')],
    },
  },
  {
    source: 'https://f3chattanooga.com/category/backblasts/page/50 (reshaped: a place line, typos in two names)',
    posted: '2020-09-25',
    poster: 'Dundee',
    text: `Backblast: 25s at the Shot House
Chattanooga, Shot House, 09/25/2020
Q: Dundee
PAX: Milkmen, Sherlok, Cleaver, Big Al, NordicTrack

Four rounds of 25s, burpees at the cones.`,
    want: {
      title: '25s at the Shot House', date: '2020-09-25', ao: 'ao-shot-house', q: 'Dundee', pax: ['Milkman', 'Sherlock', 'Cleaver', 'Big Al', 'NordicTrack'], count: 6,
      warnings: [warn.typo('Milkmen', 'Milkman'), warn.typo('Sherlok', 'Sherlock')],
    },
  },
  {
    source: 'https://www.f3chattanooga.com/2020/12/07/dust-in-the-wind-with-master-trumpeteers-and-a-few-curls-for-the-girls/ (reshaped: the AO in free text)',
    posted: '2020-12-14',
    poster: 'Blackout',
    text: `Backblast: Curls for the girls, again
Date: 12/14/2020
F3 Chattanooga (Hacksaw AO)
Q: Blackout, with a single white glove and a cape
PAX: Escobar; Seagull; Oui Oui & Bandwagon; special guest Toe Tag from F3 Knoxville

Four rounds of intervals around the flagpoles.`,
    want: {
      title: 'Curls for the girls, again', date: '2020-12-14', ao: 'ao-hacksaw', q: 'Blackout', pax: ['Escobar', 'Seagull', 'Oui Oui', 'Bandwagon', 'Toe Tag'], count: 6,
    },
  },
  {
    source: 'https://www.f3grandrapids.com/backblasts/2018-7-28-backblast-24-paincakes-and-bacon/ (reshaped: a bracket left open, the AO as a raw channel id)',
    posted: '2018-08-04',
    poster: 'Mad Cow',
    text: `Backblast: Bacon, the return
Date: 8/4/2018
AO: ${channelId('ao-the-zoo')}
Q: Mad Cow
PAX: Roid Rage, Bald Eagle (formerly Ridgecrest, Radio, Betsy, Gravy

Stations around the star of cones, then breakfast.`,
    want: {
      title: 'Bacon, the return', date: '2018-08-04', ao: 'ao-the-zoo', q: 'Mad Cow', pax: ['Roid Rage', 'Bald Eagle', 'Radio', 'Betsy', 'Gravy'], count: 6,
    },
  },
  {
    source: 'https://f3greensboro.com/2016/10/29/2-year-nattville-anniversary-convergence/ (reshaped: an approximate count)',
    posted: '2016-10-29',
    poster: 'Wojo',
    text: `Backblast: 2 Year Nattville Anniversary Convergence
Date: 10/29/2016
AO: Cornwallis Nightmare
Q: Wojo
PAX (~ 104): Gunny, On Time, Long Time, Nancy
FNGs: Jordan, Black Shirt, Pontoon, Papelbon, Hat Trick, Marco

Warm-O-Rama (Gunny): SSH x 20 IC, Sun gods x 20 IC, 5 Burpees OYO.
Stations on the ball field, counted off by 10.`,
    want: {
      title: '2 Year Nattville Anniversary Convergence', date: '2016-10-29', ao: 'ao-cornwallis-nightmare', q: 'Wojo',
      pax: ['Gunny', 'On Time', 'Long Time', 'Nancy'], fngs: ['Jordan', 'Black Shirt', 'Pontoon', 'Papelbon', 'Hat Trick', 'Marco'], count: 104,
      warnings: [warn.countOff(104, 11)],
    },
  },
  {
    source: 'https://f3louisville.com/2017/12/09/ (reshaped: about a count, bullets and new lines)',
    posted: '2017-12-09',
    poster: 'Red Roof',
    text: `Backblast: Q School at the Mutt
Date: 12/9/2017
AO: The Mutt
Q: Red Roof
PAX:
• Face
• Wedding Singer
• Double Down
• HazMat
Count: about 30

Lead School after the workout.`,
    want: {
      title: 'Q School at the Mutt', date: '2017-12-09', ao: 'ao-the-mutt', q: 'Red Roof', pax: ['Face', 'Wedding Singer', 'Double Down', 'HazMat'], count: 30,
      warnings: [warn.countOff(30, 5)],
    },
  },
  {
    source: 'F3Nation-Community/slackblast (2021 post: *The Q*, *The pax* headers) with https://f3alpha.com/backblast/2016/11/05/sabbativersary-backblast/ names',
    posted: '2016-11-05',
    poster: 'Busey',
    channel: 'ao-widow-maker',
    extra: { subtype: 'bot_message', bot_id: 'B0SLACKBLAST', username: 'Busey (via slackblast)' },
    text: `*Backblast*: Widow-Maker
*Date*: 2016-11-05
*AO*: <#${channelId('ao-widow-maker')}>
*The Q*: <@${userId('Crack')}>
*The pax*: <@${userId('Moonshine')}> <@${userId('Busey')}>
*FNGs*: None
*Count*: 3

Suicides across the pitch, then four corners.`,
    want: { title: 'Widow-Maker', date: '2016-11-05', ao: 'ao-widow-maker', q: 'Crack', pax: ['Moonshine', 'Busey'], count: 3 },
  },
  {
    source: 'F3 Nation bot post (blocks plus metadata without the_pax), names from https://f3indianapolis.com/2022/01/05/through-the-tunnel-and-down-the-tracks/',
    posted: '2022-01-12',
    poster: 'Jay-Z',
    extra: {
      subtype: 'bot_message',
      bot_id: 'B0F3NATION',
      username: 'Jay-Z (via F3 Nation)',
      blocks: [
        section(`*Backblast! Origins II*\n*DATE*: 2022-01-12\n*AO*: <#${channelId('ao-blackcat')}>\n*Q*: <@${userId('Jay-Z')}>\n*PAX*: <@${userId('Maestro')}> <@${userId('Piper')}> <@${userId('Pew-Pew')}> <@${userId('Jay-Z')}>\n*FNGs*: None\n*COUNT*: 4`),
      ],
      metadata: {
        event_type: 'backblast',
        event_payload: { title: 'Origins II', date: '2022-01-12', The_AO: channelId('ao-blackcat'), the_q: userId('Jay-Z'), the_coq: [], non_slack_pax: '', fngs: '', count: 4 },
      },
    },
    text: "Tunnel of love and railroad tracks again.\n\nUse the 'New Backblast' button to create a new backblast",
    want: { title: 'Origins II', date: '2022-01-12', ao: 'ao-blackcat', q: 'Jay-Z', pax: ['Maestro', 'Piper', 'Pew-Pew'], count: 4 },
  },
];
