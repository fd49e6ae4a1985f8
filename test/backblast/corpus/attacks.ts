// A hostile tester's gathering: look-alikes of many shapes (announcements with When/Where/QIC lines, Q line-ups,
// templates, quotes, shares, newsletters, bots' reports) and backblasts in shapes that look unusual. Shapes marked
// "crafted" are built on the sources named to test one rule each; write-ups are shortened and reworded.
import { userId, warn, type Entry } from './support.js';

const none = (source: string, poster: string, posted: string, text: string, channel?: string, extra?: Entry['extra']): Entry => ({
  source, poster, posted, text, channel, extra, want: null,
});

const ALPHA = 'https://ec2-34-194-89-34.compute-1.amazonaws.com/backblast/';

export const attacks: Entry[] = [
  none('https://f3louisville.com/2021/04/23/f3louisville-2021-spring-convergence-04-24-2021-at-the-garden/', 'Jolly Rancher', '2021-04-23', `F3LOUISVILLE 2021 SPRING CONVERGENCE – 04/24/2021 at The Garden!

Tomorrow is shaping up to be a gorgeous day for the Spring Convergence, and the 4th anniversary of the first shovel flag in Louisville.
• WHEN: Saturday, April 24 at 0700 to 0800.
• WHERE: The Garden, St. Patrick Catholic Church
• WHY: To bring all of the AOs together for some 1st F and 2nd F.
The Qs were all announced during the week, but as a reminder the following will be providing the beatdown:
Pelican, Jewel, Stick Up and Sump Pump
PRE-RUCK OPTION: Handbook leads a ruck from 0600.
Jolly Rancher out!`),
  none(`${ALPHA}2017/04/30/the-alpha-ao-challenge/`, 'Boomer', '2017-04-30', `The Alpha AO Challenge

When: 05/01/17
QIC: Boomer

Alright fellow PAX, it's time for the first ever Alpha AO Challenge. For the month of May each AO keeps score for bragging rights. Each PAX picks a Home AO.
• 1 point for each PAX over your weekday AO average
• 1 point for each same day backblast
• 2 points for a Kotter, 3 points for an FNG, 3 points for a VQ
Solo beatdowns do not count.`),
  none('https://github.com/F3-Nation/f3-nation-slack-bot (scripts/q_lineups.py: the weekly Q lineup post, blocks only)', 'Zima', '2024-05-26', 'Q Lineup', undefined, {
    bot_id: 'BF3NATION', subtype: 'bot_message',
    blocks: [
      { type: 'section', text: { type: 'mrkdwn', text: 'Hello HIMs of The Zoo! Here is your Q lineup for the week\n\n*Weekly Q Lineup:*' } },
      { type: 'divider' },
      { type: 'section', text: { type: 'mrkdwn', text: '*2024-05-27*\nBootcamp 0530\n@Snoop' } },
      { type: 'section', text: { type: 'mrkdwn', text: '*2024-05-29*\nRuck 0530\n*OPEN!*' } },
    ],
  }),
  none('Preblast with the PAX listed ahead, future tense (crafted on the slackblast preblast form)', 'Snoop', '2024-05-31', `Saturday at The Zoo: Murph prep
Date: 6/1/24
AO: The Zoo
PAX: Snoop (Q), Hoffa, Zima, Deep Dish
We will be running a half Murph. Bring a ruck if you want to go heavy.`),
  none('Pinned Q sign-up template with blanks (crafted: region #q-signups pins)', 'Maj Payne', '2021-01-04', `To claim a Q, copy this into the thread:
Q: ____
AO: ____
Date: ____
PAX: ____`),
  none('Channel-topic-like help post describing the fields (crafted: #backblasts welcome post)', 'Maj Payne', '2021-01-04', `Welcome to #backblasts! Post yours within 24 hours of the beatdown so PAXminer counts it.
Backblast: the title of your workout
Q: who led it, tagged with @
PAX: everyone who posted, tagged with @
Count: how many posted, FNGs included`),
  none('Reply quoting a backblast with ">" and the comment below (https://f3indianapolis.com/2022/01/05/through-the-tunnel-and-down-the-tracks/)', 'Piper', '2022-01-06', `> Backblast: Origins
> Date: 1-5-22
> AO: Blackcat
> Q: @Jay-Z
> Pax: @Maestro @Piper @Pew-Pew
Great beatdown, the tunnel was a nice touch.`),
  none('Forwarded backblast as a shared-message attachment, no comment (https://f3omaha.com/2022/02/07/golden-spike-2-4-22-dr-q-from-taps/)', 'Folsom', '2022-02-06', '', undefined, {
    attachments: [{
      is_share: true, is_msg_unfurl: true, author_name: 'Taps', channel_name: 'ao-golden-spike', footer: 'Posted in #ao-golden-spike',
      text: 'Backblast! Give me some Ricky Bobby!\nDate: 02/04/2022\nAO: Golden Spike\nQ: Taps\nPAX: Wait Time, Folsom, Grillz, Sister Act\nTotal Pax: 5',
    }],
  }),
  none('Weekly newsletter recapping many beatdowns (crafted on https://f3louisville.com/author/djt03/ posts)', 'Jolly Rancher', '2021-05-30', `F3 Louisville Weekly: the week in review
Monday – The Fog at North Posh – Q: Huggies – 14 PAX
Wednesday – The Defender at The Patriot – Q: Handbook – 11 PAX
Friday – The Chopper – Q: Backdraft – 9 PAX
Total PAX this week: 34. FNGs: 2. Great work, men. Backblasts are in #backblasts.`),
  none('https://github.com/F3-Nation/f3-nation-slack-bot/blob/main/tests/scripts/test_kotter_reports.py (a plain-text Kotter report)', 'Zima', '2024-02-01', `Kotter Report for The Zoo
The following PAX have not posted in 2 weeks:
• Hoffa (last post 1/12/24, Q: 3 times)
• Deep Dish (last post 1/10/24)
Please reach out and EH them back to the gloom!`),
  none('Monthly stats post with a PAX and Q count per AO (PAXminer-era charts text)', 'Zima', '2024-02-01', `January stats are in!
AO: The Zoo – Beatdowns: 13 – PAX: 142 – Qs: 9
AO: Hacksaw – Beatdowns: 12 – PAX: 98 – Qs: 7
Top poster: Snoop (20). Most Qs: Hoffa (4).`),
  none('Q sign-up claimed in a sentence, HC list, no keyword (crafted on F3 Omaha preblasts)', 'Folsom', '2022-02-10', `Golden Spike this Friday
Q: Folsom
Date: 2/11/22
PAX: Grillz, Sister Act, Wait Time have HC'd so far
Let's get 10 out there.`),
  none('VQ announcement with the AO, date and Q lines (crafted)', 'Hoffa', '2020-11-20', `VQ alert!
AO: Centennial Park
Date: Saturday 11/21
Q: @Hoffa
Come out and support him. Coffee after at the usual spot.`),
  none('CSAUP sign-up with a count of who is in (crafted on https://f3gastonia.com/tag/events-races/page/2/)', 'Stogie', '2021-04-12', `Tronmoss 5k – sign-ups
Date: Sunday 4/18
AO: Crossroads
Q: Stogie
PAX signed up: Roscoe, Sargento, Gavel, Flintstone
Count: 4 so far. Reply below to join.`, 'csaup'),
  none('Request for the PAX list before writing the backblast (crafted)', 'Snoop', '2020-05-23', `Who was at The Zoo this morning? I need the PAX for the backblast.
Q: Snoop
I have Hoffa, Zima and Deep Dish. Who else?`),
  none('Backblast reminder with its own field list (crafted on F3-Nation/slack-reminders)', 'Zima', '2022-01-07', `Reminder: your backblast is due.
AO: Blackcat
Date: 1/5/22
Q: @Jay-Z
PAX: not posted yet
Post it in #backblasts so the PAX get counted.`),
  none('Event schedule with a QIC per station (crafted on https://f3gastonia.com/2023/12/02/4q-convergence-at-the-yank/)', 'Roscoe', '2023-11-30', `4Q Convergence line-up
Warm-up – QIC: Roscoe
Thang 1 – QIC: Sargento
Thang 2 – QIC: Gavel
Mary – QIC: Flintstone
Saturday 12/2 at The Fighting Yank, 0700. See you there.`),
  {
    source: `${ALPHA}2019/11/01/halloween-launch-party/`,
    posted: '2019-11-01',
    poster: 'Inseam',
    channel: 'ao-the-storm',
    text: `Halloween Launch Party

AO: The Storm
When: 10/31/2019
QIC: Inseam
PAX (19): Zohan, Mufasa, Flo, Saint 2.0, Cookie, False Start, Milli Vanilli, Kick Six, Snake, Swiper, McDuff, Dumpster, Bartman, Olaf, Mr. Hand, Spit Valve, Sculley, Whiz, Inseam

This is the story of the launch of F3 Alpha's newest AO, The Storm.
With much hype for this launch over the last week, YHC was beginning to feel a bit nervous. Once the clock struck 5:30 we set off toward the main parking lot.
• SSH IC x16
• Sun Gods IC x10
Mosey toward the chess board for the thang.`,
    want: {
      title: 'Halloween Launch Party', date: '2019-10-31', ao: 'ao-the-storm', q: 'Inseam',
      pax: ['Zohan', 'Mufasa', 'Flo', 'Saint 2.0', 'Cookie', 'False Start', 'Milli Vanilli', 'Kick Six', 'Snake', 'Swiper', 'McDuff', 'Dumpster', 'Bartman', 'Olaf', 'Mr. Hand', 'Spit Valve', 'Sculley', 'Whiz'],
      count: 19,
    },
  },
  {
    source: `${ALPHA}2019/11/01/halloween-launch-party/ (crafted: emoji labels, the moleskin speaks of tomorrow)`,
    posted: '2019-11-02',
    poster: 'Inseam',
    channel: 'ao-the-storm',
    text: `:jack_o_lantern: Storm Saturday :jack_o_lantern:
:spiral_calendar_pad: Date: 11/2/2019
:round_pushpin: AO: The Storm
:crown: Q: Inseam
:busts_in_silhouette: PAX: Zohan, Mufasa, Cookie, Whiz
:hash: Count: 5

Warm-up: SSH, sun gods. Thang: 4 corners. Mary: LBCs.
COT: pray for Olaf's family. See you tomorrow at the Storm for the Sunday run.`,
    want: {
      title: 'Storm Saturday', date: '2019-11-02', ao: 'ao-the-storm', q: 'Inseam',
      pax: ['Zohan', 'Mufasa', 'Cookie', 'Whiz'], count: 5,
    },
  },
  {
    source: `${ALPHA}2019/11/01/halloween-launch-party/ (crafted: a count line and names one a line under a title, Q tagged)`,
    posted: '2019-11-05',
    poster: 'Mufasa',
    channel: 'ao-the-storm',
    text: `Backblast – Storm Tuesday
11/5/19
Pax (6):
Zohan
Flo
Snake
Swiper
Bartman
Mufasa (Q)

Ran the stairs at the parking deck, 11s with merkins and squats. COT and prayers.`,
    want: {
      title: 'Storm Tuesday', date: '2019-11-05', ao: 'ao-the-storm', q: 'Mufasa',
      pax: ['Zohan', 'Flo', 'Snake', 'Swiper', 'Bartman'], count: 6,
    },
  },
  none('Preblast with a HC list and the Q marked in it, no date line (crafted on F3 Omaha preblasts)', 'Blackout', '2020-12-10', `Friday's beatdown at Hacksaw
QIC: Blackout
PAX: Blackout (Q), Dundee, 9-Volt
See you at 0530, bring a coupon!`),
  none('Preblast whose title holds the word Backblast (crafted: "backblast" as a promise)', 'Blackout', '2020-12-11', `No backblast without a preblast: Hacksaw Saturday
AO: Hacksaw
Q: Blackout
PAX: Dundee, 9-Volt and anyone else who wants some
Saturday 0700. Who's in?`),
  {
    source: `${ALPHA}2019/11/01/halloween-launch-party/ (crafted: the fields at the end, after the write-up)`,
    posted: '2019-11-08',
    poster: 'Cookie',
    channel: 'ao-the-storm',
    text: `Friday at the Storm

Cold one this morning. We moseyed around the lake, did 11s on the hill with merkins and squats, and finished with Mary at the chess board.
COT: prayers for Olaf.

Q: Cookie
PAX: Zohan, Flo, Sculley, Whiz
Date: 11/8/19`,
    want: {
      title: 'Friday at the Storm', date: '2019-11-08', ao: 'ao-the-storm', q: 'Cookie',
      pax: ['Zohan', 'Flo', 'Sculley', 'Whiz'], count: 5,
    },
  },
  {
    source: `${ALPHA}2019/11/01/halloween-launch-party/ (crafted: one line of pipe-separated fields, the write-up below)`,
    posted: '2019-11-09',
    poster: 'Inseam',
    channel: 'ao-the-storm',
    text: `Backblast | Storm Saturday | 11/9/19 | Q: Inseam | PAX: Zohan, Cookie, Whiz
Thanks to everyone who HC'd and then actually showed. Warm-up, 4 corners, Mary.`,
    want: {
      title: 'Storm Saturday | 11/9/19', date: '2019-11-09', ao: 'ao-the-storm', q: 'Inseam',
      pax: ['Zohan', 'Cookie', 'Whiz'], count: 4,
    },
  },
  {
    source: `${ALPHA}2019/11/01/halloween-launch-party/ (crafted: posted the day after, the moleskin promises next week)`,
    posted: '2019-11-13',
    poster: 'Swiper',
    channel: 'ao-the-storm',
    text: `Back Blast: Hump Day Hills
Date: 11/12/19
Q: Swiper
PAX: Snake, McDuff, Dumpster, Bartman
Hills until we could not feel our legs. Next week we will be back on the track, bring a friend.`,
    want: {
      title: 'Hump Day Hills', date: '2019-11-12', ao: 'ao-the-storm', q: 'Swiper',
      pax: ['Snake', 'McDuff', 'Dumpster', 'Bartman'], count: 5,
    },
  },
  {
    source: `${ALPHA}2019/11/01/halloween-launch-party/ (crafted: no keyword, a count and the names in a sentence, Q as YHC)`,
    posted: '2019-11-16',
    poster: 'Bartman',
    channel: 'ao-the-storm',
    text: `Storm Saturday 11/16
7 PAX braved the rain: Zohan, Mufasa, Flo, Snake, Olaf, Whiz and YHC
Warm-up in the garage, then a mosey to the hill for Dora 1-2-3. Mary: LBCs and box cutters.
COT: Olaf took us out.`,
    want: {
      title: 'Storm Saturday 11/16', date: '2019-11-16', ao: 'ao-the-storm', q: 'Bartman',
      pax: ['Zohan', 'Mufasa', 'Flo', 'Snake', 'Olaf', 'Whiz'], count: 7, warnings: [warn.qPoster],
    },
  },
  none('Q swap post with fields and a date ahead (crafted on region #q-signups threads)', 'Snoop', '2020-05-30', `Q swap at The Zoo
AO: The Zoo
Date: 6/4/20
Q: Snoop (was Hoffa)
Hoffa takes 6/11 instead.`),
  none('Missing-backblast list from a bot, one bullet per beatdown (crafted on F3-Nation/slack-reminders)', 'Zima', '2020-05-24', `Missing backblasts this week:
• The Zoo – 5/20/20 – Q: Snoop – PAX: 8
• Hacksaw – 5/21/20 – Q: Blackout – PAX: 6
Please post them so PAXminer can count your PAX.`),
  none('FNG welcome post naming the Q and AO (crafted)', 'Snoop', '2020-05-24', `Welcome to our newest brothers!
FNGs: Tumbleweed, Pinto
Named at The Zoo on 5/23/20 by Q: Snoop
PAX: give them a warm welcome and an EH for next week.`),
  {
    source: `${ALPHA}2019/11/01/halloween-launch-party/ (crafted: no keyword, a title in the future tense)`,
    posted: '2019-11-20',
    poster: 'Swiper',
    channel: 'ao-the-storm',
    text: `Legs Will Be Sore Tomorrow
Date: 11/20/19
Q: Swiper
PAX: Snake, McDuff, Dumpster
Mosey to the hill, 11s with merkins and squats, Mary at the flag.`,
    want: {
      title: 'Legs Will Be Sore Tomorrow', date: '2019-11-20', ao: 'ao-the-storm', q: 'Swiper',
      pax: ['Snake', 'McDuff', 'Dumpster'], count: 4,
    },
  },
  none('Correction posted under a backblast (crafted on region #backblasts threads)', 'Hoffa', '2020-05-23', `Correction to the backblast above:
PAX: add Deep Dish
Count: 9, not 8`),
  none('Weekly recap with a block of fields per AO (crafted on https://f3louisville.com/author/djt03/ posts)', 'Jolly Rancher', '2021-06-06', `Week in review
The Fog – North Posh
Q: Huggies
PAX: Handbook, Backdraft, Pelican, Jewel
The Defender – The Patriot
Q: Handbook
PAX: Huggies, Stick Up, Sump Pump
Great week, men. Full backblasts are in the AO channels.`),
  {
    source: `${ALPHA}2019/11/01/halloween-launch-party/ (crafted: the date as a weekday, the preblast named in the write-up)`,
    posted: '2019-11-21',
    poster: 'Whiz',
    channel: 'ao-the-storm',
    text: `Backblast: Whiz-bang Wednesday
Date: Wednesday
Q: Whiz
PAX: Olaf, Sculley, Kick Six, Milli Vanilli
As the preblast promised, we ran the parking deck stairs. Mary: flutters. COT: Olaf.`,
    want: {
      title: 'Whiz-bang Wednesday', date: '2019-11-20', ao: 'ao-the-storm', q: 'Whiz',
      pax: ['Olaf', 'Sculley', 'Kick Six', 'Milli Vanilli'], count: 5,
    },
  },
  none('Preblast with a date and no year, the day after the post, no keyword (crafted on F3 Omaha preblasts)', 'Blackout', '2020-12-04', `Hacksaw Saturday
Date: 12/5
Q: Blackout
PAX: Dundee, 9-Volt, Deep Dish
Coupons required.`),
  none('Preblast that opens with its fields and ends with its call (crafted on Q sign-up threads)', 'Blackout', '2020-12-04', `AO: Hacksaw
Q: YHC
PAX: <@${userId('Dundee')}>, <@${userId('9-Volt')}>, <@${userId('Deep Dish')}>
Who's coming out?`),
  none('Backblast promised later, with the attendance already typed (crafted)', 'Blackout', '2020-12-05', `Backblast coming later.
Q: <@${userId('Blackout')}>
PAX: <@${userId('Dundee')}>, <@${userId('9-Volt')}>`),
];
