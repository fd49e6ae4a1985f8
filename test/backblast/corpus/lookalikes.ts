// Posts that look like backblasts and are not: preblasts, Q sign-ups, schedules, announcements,
// other bots' logs, pinned templates, quoted or forwarded backblasts. Shapes from the sources named.
import type { Entry } from './support.js';

const none = (source: string, poster: string, posted: string, text: string, channel?: string): Entry => ({
  source, poster, posted, text, channel, want: null,
});

export const lookalikes: Entry[] = [
  none('https://f3louisville.com/author/backdraft2/ (09-27-19 PreBlast – The Chopper)', 'Backdraft', '2019-09-26', `09-27-19 – PreBlast – The Chopper @ The Vet – School Spirit Friday!

Tomorrow is school spirit day at The Chopper. Wear your school colors and be ready for a proper beatdown.
Q: @Backdraft
HC: @Cesspool @Spot`),
  none('https://f3louisville.com/author/backdraft2/ (11-06-19 – The Heavy Blender)', 'Backdraft', '2019-11-05', `11-06-19 – The Heavy Blender – Go CATS!!

It should be perfect weather for The Heavy Blender tomorrow morning. Come out to The Mutt for a good ol' fashioned Backdraft beatdown.
Q: Backdraft
Bring an extra ruck if you have one. Who's in?`),
  none('https://www.f3grandrapids.com/backblasts/backblast-552-back-to-the-basics/ (the pre-blast it quotes)', 'Hoffa', '2020-11-13', `Pre-Blast: I have the Q tomorrow morning in Holland at Centennial Park.
Several FNGs are expected, so it would be great to get a couple of veteran Pax there. No coupons required.
When: 11/14/2020 0700
Where: Centennial Park
Q: Hoffa
HC below.`),
  none('F3Nation-Community/slackblast (preblast form post: Preblast, When, Where, Q, Why)', 'Zima', '2024-01-07', `*Preblast: Today IS That Day*
*When*: 1/8/24 0530
*Where*: #ao-hamburger-square
*Q*: @Zima
*Why*: There will come a day when you don't get up for easy.`),
  none('Q sign-up shape (F3 region Slack #q-signups, future tense and HC list)', 'Deep Dish', '2019-12-10', `I'll take the Q at The Battery on 12/14. Bring a coupon.
HC: Deep Dish, El Chapo, Mrs Baker
Who's in?`),
  none('Q sign-up shape: a Q line, a place and "who\'s in" for tomorrow', 'Blackout', '2020-12-06', `Reminder: Q: Blackout tomorrow at Hacksaw, 0530. Curls for the girls on the menu.
PAX: who's in? Drop an HC below.`),
  none('Weekly schedule shape (region sites\' Q calendars)', 'Snoop', '2020-05-20', `This week at The Zoo:
Sat 5/23 0700 – Q: Snoop
Tue 5/26 0530 – Q: Hoffa
Thu 5/28 0530 – Q: OPEN, sign up on the sheet!
PAX: bring a friend.`),
  none('Q schedule shape with one line per AO', '9-Volt', '2019-12-08', `Q schedule for next week
Mon – The Battery – Q: 9-Volt
Tue – Hacksaw – Q: Blackout
Wed – Shot House – Q: Dundee
Fri – Hill City – Q: OPEN`),
  none('https://f3gastonia.com/2023/12/02/4q-convergence-at-the-yank/ (the convergence announced beforehand)', 'Roscoe', '2023-11-27', `4Q Convergence announcement!
When: Saturday 12/2 0700
Where: The Fighting Yank
QIC: Roscoe, Sargento, Gavel, Flintstone
All AOs are closed that morning. Coffee and donuts after. Bring a friend!`),
  none('https://f3gastonia.com/tag/events-races/page/2/ (Tronmoss 5k preblast)', 'Stogie', '2021-04-12', `4/18/21 – The 2021 Tronmoss 5k
When: Sunday 4/18 0630
AO: Crossroads, starting and finishing at Ingles
QIC: Stogie
Run a 5k, run a 10k or ruck a 5k. A $10 donation is encouraged, never required. HC in the thread.`),
  none('Other bots\' one-line logs (inline AO/Date/Q fields), as PAXminer-era bots post them', 'Zima', '2024-01-08', `Beatdown logged: AO: The Battery Date: 2019-12-07 Q: 9-Volt PAX: 9 FNGs: 0`),
  none('Other bots\' one-line logs: attendance summary with inline fields', 'Zima', '2022-01-06', `:white_check_mark: Recorded – AO: Blackcat | Date: 1-5-22 | Q: @Jay-Z | PAX: 8`),
  none('F3-Nation/slack-reminders (missing backblast reminder shape)', 'Zima', '2022-01-07', `Hey @Jay-Z, we don't have a backblast for your Q at Blackcat on 1/5/22. Please post one so PAXminer can count the PAX!`),
  none('Pinned backblast template with <<placeholders>> (region #backblasts pins)', 'Maj Payne', '2020-08-01', `Copy and fill in this template:
Backblast: <<title>>
Date: <<date>>
AO: <<AO>>
Q: <<@Q>>
PAX: <<@PAX, names>>
FNGs: <<number and names>>
Count: <<number>>`),
  none('Pinned template with [brackets] and blanks (slackblast-style fields)', 'Maj Payne', '2020-08-01', `*Backblast*: [Title]
*DATE*: [MM/DD/YYYY]
*AO*: [AO]
*Q*: ____
*PAX*: [@PAX]
*FNGs*: [#]
*COUNT*: [#]`),
  none('Blockquoted repost of https://f3indianapolis.com/2022/01/05/through-the-tunnel-and-down-the-tracks/', 'Maestro', '2022-01-06', `Great write-up, reposting for the ones who missed it:
> Backblast: Origins
> Date: 1-5-22
> AO: Blackcat
> Pax: @Maestro @Piper @Pew-Pew
> Q: @Jay-Z
> Total: 4`),
  none('Forwarded backblast from another region (https://f3omaha.com/2022/02/07/golden-spike-2-4-22-dr-q-from-taps/)', 'Folsom', '2022-02-05', `Our brothers at F3 Omaha had a big one, check it out:
>>> Backblast!  Give me some Ricky Bobby!
Date: 02/04/2022
AO: Golden Spike
PAX: Wait Time, Folsom, Grillz, Sister Act
Q: Taps (F3KC)
Total Pax: 5`),
  none('Chatter about a backblast still to come', 'Roscoe', '2023-12-02', `Convergence recap coming soon! 42 PAX at the Yank this morning. Backblast to follow once I catch my breath.`),
  none('Weekly stats post (PAXminer-style monthly leaders)', 'Stogie', '2023-12-31', `PAX leaderboard for December:
Stogie – 22 posts
Chili – 20 posts
Q counts: Roscoe 4, Gavel 3`),
  none('https://f3grandstrand.myrtlebeacheventmaps.com/category/backblast/ (event preblast shape)', 'Flash', '2017-11-10', `Preblast: GrowRuck 17
Event: GrowRuck 17, Sandhills AO – Pinehurst, NC
When: Friday 11/17 2000 to Saturday
Q: Flash
HC: Karma, Hamburglar, Quaker`),
  none('Kotter check shape (weaselbot-style message)', 'Zima', '2024-01-15', `Kotter report: these PAX have not posted in 3 weeks: Palin, Hansel, Schlitz. Reach out and EH them back!`),
];
