// Backblasts copied from Slack to region websites (typed by the Q), as they were posted in Slack.
import { warn, type Entry } from './support.js';

export const sites: Entry[] = [
  {
    source: 'https://www.f3grandrapids.com/backblasts/2018-5-31-backblast-009-one-step-back-two-steps-forward/',
    posted: '2018-05-31',
    poster: 'Roid Rage',
    channel: 'ao-the-zoo',
    text: `BackBlast 009 – One Step Back, Two Steps Forward!

PAX: Roid Rage (VQ), Ridgecrest, SpongeBob, Dungeon Master, and Forrest

Warm-o-rama: a lexicon lesson first (ClusterQ, Daily Red Pill), then 2 Capri laps and Nancy Kerrigans IC.
Round 1 – Paula Abdul up the stairs with 5 merkins at each landing.
Round 2 – Blockee burpees x20.
COT: thanks for having me on my VQ.`,
    want: {
      title: '009 - One Step Back, Two Steps Forward!', date: '2018-05-31', ao: 'ao-the-zoo', q: 'Roid Rage',
      pax: ['Ridgecrest', 'SpongeBob', 'Dungeon Master', 'Forrest'], count: 5, warnings: [warn.noDate('2018-05-31')],
    },
  },
  {
    source: 'http://f3swamprabbit.com/blog/ (3 11s at ToT, 2020-01-22)',
    posted: '2020-01-22',
    poster: 'Turban',
    text: `3 11's at ToT…sans 311

The PAX Turban, Lt. Dangle, Guano, De La Rocha, EPO, Hot For Teacher, Rasheed Wallace
Workout Date 01/22/2020
A.O. Tower of Terror

7 came out to laugh at the thermometer. YHC showed up in shorts as promised.
SSH x 25 IC, Imperial Walkers x 20 IC
The Thang: three sets of 11s between the bricks and the church lot.
Circle of Trust: Lt. Dangle has the Friday Q, bring some dumbbells.`,
    want: {
      title: "3 11's at ToT…sans 311", date: '2020-01-22', ao: 'ao-tower-of-terror', q: 'Turban',
      pax: ['Lt. Dangle', 'Guano', 'De La Rocha', 'EPO', 'Hot For Teacher', 'Rasheed Wallace'], count: 7, warnings: [warn.qPoster],
    },
  },
  {
    source: 'https://f3classiccity.com/backblasts/big-bang-launch-backblast/',
    posted: '2020-08-29',
    poster: 'Drone',
    text: `Big Bang Launch
AO: The Pound
When: 08/29/2020
Number of Pax: 24
Pax Names: Cookie, Drone, Frenchy, General, Inspector, Stroke Seat, T. Boone, Wham-O,
Number of FNGS: 16
FNG Names: Chops, Downward Dog, Tarheel, Digits, Float, Bam Bam, Pennybags, Folgers, Common Core, Sassafras, Sgt. Tickler, LAX, Tater, Natty, Con Air, Princess
QIC: Cookie & Drone
The BackBlast:
Launch day for the region. Disclaimer, a mosey around the AO, then the inaugural Circle of Pain.`,
    want: {
      title: 'Big Bang Launch', date: '2020-08-29', ao: 'ao-the-pound', q: 'Cookie', coqs: ['Drone'],
      pax: ['Frenchy', 'General', 'Inspector', 'Stroke Seat', 'T. Boone', 'Wham-O'],
      fngs: ['Chops', 'Downward Dog', 'Tarheel', 'Digits', 'Float', 'Bam Bam', 'Pennybags', 'Folgers', 'Common Core', 'Sassafras', 'Sgt. Tickler', 'LAX', 'Tater', 'Natty', 'Con Air', 'Princess'],
      count: 24,
    },
  },
  {
    source: 'https://f3thecapital.com/2020/08/10/q-school/',
    posted: '2020-08-08',
    poster: 'Maj Payne',
    text: `Q-School
AO: The Patriot
QIC: Maj Payne
The PAX: Lucius, Wedding Singer, Pong, FNG Daunte, Sunshine, Bone, Brown Bag, Cable Guy, Roadkill, Coconuts, Infinity, Mayberry, Slapshot, Choo Choo, Spokes

EC: Lucius rucked the steps for 40 minutes first.
WU: SSH, Merkins, LBACs. Then a short after action review on command voice and planning.`,
    want: {
      title: 'Q-School', date: '2020-08-08', ao: 'ao-the-patriot', q: 'Maj Payne',
      pax: ['Lucius', 'Wedding Singer', 'Pong', 'Sunshine', 'Bone', 'Brown Bag', 'Cable Guy', 'Roadkill', 'Coconuts', 'Infinity', 'Mayberry', 'Slapshot', 'Choo Choo', 'Spokes'],
      fngs: ['Daunte'], count: 16, warnings: [warn.noDate('2020-08-08')],
    },
  },
  {
    source: 'https://www.f3chattanooga.com/category/backblasts/page/87/ (53rd anniversary, 2019-12-07)',
    posted: '2019-12-07',
    poster: '9-Volt',
    text: `53rd aniversary of the 25th aniversary of Perl Harbor

QIC: 9-Volt

Date: 12/07/2019

PAX: Deep Dish, El Chapo, Mrs Baker, Clothes Pin, Topless, Sandwich, Shotput, Porkbelly

AO: The Battery

Mosey around the dog park, then Tastes Great / Less Filling across the skate park.
The Thang: two lists of exercises, repeat until time (we got 2 1/2).`,
    want: {
      title: '53rd aniversary of the 25th aniversary of Perl Harbor', date: '2019-12-07', ao: 'ao-the-battery', q: '9-Volt',
      pax: ['Deep Dish', 'El Chapo', 'Mrs Baker', 'Clothes Pin', 'Topless', 'Sandwich', 'Shotput', 'Porkbelly'], count: 9,
    },
  },
  {
    source: 'https://www.f3chattanooga.com/category/backblasts/page/87/ (A Thankful Co-Q Anniversary, 2019-11-28)',
    posted: '2019-11-28',
    poster: 'Iron Butt',
    text: `A Thankful Co-Q Anniversary

QIC: Co-Q (Iron Butt & Skitch)

Date: 11/28/2019

PAX:  Lady Scot, Hobo, FNG-Peekaboo, Care Bear, Sunburn, Pink Panther, Katrina, Training Wheels, Whittler, Burrito, Lanyard, FNG-Root Canal, Woodchuck, Early Bird, Iron Butt, Skitch

AO: Hill City

Thankfully not raining. IB gives the disclaimer and leads the first warm-up in the parking lot.`,
    want: {
      title: 'A Thankful Co-Q Anniversary', date: '2019-11-28', ao: 'ao-hill-city', q: 'Iron Butt', coqs: ['Skitch'],
      pax: ['Lady Scot', 'Hobo', 'Care Bear', 'Sunburn', 'Pink Panther', 'Katrina', 'Training Wheels', 'Whittler', 'Burrito', 'Lanyard', 'Woodchuck', 'Early Bird'],
      fngs: ['Peekaboo', 'Root Canal'], count: 16,
    },
  },
  {
    source: 'https://f3indianapolis.com/2022/01/05/through-the-tunnel-and-down-the-tracks/',
    posted: '2022-01-05',
    poster: 'Jay-Z',
    channel: 'ao-blackcat',
    text: `Backblast: Origins
Date: 1-5-22
AO: Blackcat
Pax:  @Maestro @Piper @Pew-Pew @Daisy @Sliot @Boucher @Bubblicious
FNGs: 0
Q: @Jay-Z
Total: 8

33 degrees and breezy
Bermuda lap, grass pickers IC x15, Abe Vigodas IC x10
Tunnel of love up the hill, railroad tracks to the shelter house, 20 box jumps. Two rounds.`,
    want: {
      title: 'Origins', date: '2022-01-05', ao: 'ao-blackcat', q: 'Jay-Z',
      pax: ['Maestro', 'Piper', 'Pew-Pew', 'Daisy', 'Sliot', 'Boucher', 'Bubblicious'], count: 8,
    },
  },
  {
    source: 'https://f3chicago.com/backblasts/ode-to-2020/',
    posted: '2021-01-06',
    poster: 'Linus',
    text: `Ode to 2020
AO: City Limits
When: 01/06/2021
Number of Pax: 13
Pax Names: Bronco, Cutter, Fogger, Footloose, Hot Lips, Kodak, My Buddy,
Number of FNGS: 0
FNG Names:
QIC: Linus
The BackBlast:
WEATHER: 29/Cloudy
Side straddle hops, Abe Vigoda, cherry pickers. Partner work: blockies and coupon curls while the other crawls the garage ramps.`,
    want: {
      title: 'Ode to 2020', date: '2021-01-06', ao: 'ao-city-limits', q: 'Linus',
      pax: ['Bronco', 'Cutter', 'Fogger', 'Footloose', 'Hot Lips', 'Kodak', 'My Buddy'], count: 13, warnings: [warn.countOff(13, 8)],
    },
  },
  {
    source: 'https://f3greensboro.com/2020/03/13/birthday-bash-cougartown/',
    posted: '2020-03-13',
    poster: 'Bodett',
    channel: 'ao-cougartown',
    text: `Birthday Bash @ Cougartown

This is about as late as you can get for a #BB. Not much about the exercises, I just want to give credit to the pax that posted.

Pax: Red Dragon, Bobby Knight, TPS, Hall Pass, Airball, See Thru, Matlock, All Blacks, Stick Shift, Kaizen, Giggawatt, Magic Dragon, Hoosier, Radiator, Centerfold, Canary, Cupcake (FNG), Patch, Xerox, Slumlord, JR, Bodett

We planked through the mission and disclaimer, then stations on the track and a tunnel of love.
Moleskin & Announcements:
- Welcome to Cupcake. YHC turned 40 and Matlock brought cupcakes, hence the name.`,
    want: {
      title: 'Birthday Bash @ Cougartown', date: '2020-03-13', ao: 'ao-cougartown', q: 'Bodett',
      pax: ['Red Dragon', 'Bobby Knight', 'TPS', 'Hall Pass', 'Airball', 'See Thru', 'Matlock', 'All Blacks', 'Stick Shift', 'Kaizen', 'Giggawatt', 'Magic Dragon', 'Hoosier', 'Radiator', 'Centerfold', 'Canary', 'Patch', 'Xerox', 'Slumlord', 'JR'],
      fngs: ['Cupcake'], count: 22, warnings: [warn.qPoster, warn.noDate('2020-03-13')],
    },
  },
  {
    source: 'https://www.f3chattanooga.com/2020/12/07/dust-in-the-wind-with-master-trumpeteers-and-a-few-curls-for-the-girls/',
    posted: '2020-12-07',
    poster: 'Blackout',
    text: `Dust in the Wind with master trumpeteers….and a few curls for the girls

QIC:  Blackout

Date: 12/7/2020

PAX: Escobar, Seagull, Oui Oui, Bandwagon, Sex Wax, WreckedEm, Toe Tag, Slim Shady, Bernie, Uncle Joe, M.I.A., AOL, Abercrombie

AO: Hacksaw

45 degrees and windy. Mosey to the flagpoles with coupons.
The Thang: four rounds of intervals around the flagpoles, curls for the girls in every round.`,
    want: {
      title: 'Dust in the Wind with master trumpeteers….and a few curls for the girls', date: '2020-12-07', ao: 'ao-hacksaw', q: 'Blackout',
      pax: ['Escobar', 'Seagull', 'Oui Oui', 'Bandwagon', 'Sex Wax', 'WreckedEm', 'Toe Tag', 'Slim Shady', 'Bernie', 'Uncle Joe', 'M.I.A.', 'AOL', 'Abercrombie'],
      count: 14,
    },
  },
  {
    source: 'https://f3newake.com/backblast-by-billy-goat-on-02-17-2023/',
    posted: '2023-02-17',
    poster: 'Billy Goat',
    text: `Backblast by Billy Goat on 02/17/2023

AO: Boiler Room
Date: 17-Feb-2023
PAX: Ascot, BiLo, Boingo, Chargrill, Curves, EKG, Gutter Helmet, Kitty Hawk, Little Dinghy, Melamine, Money Pit, Pierogi, Prius, Rimz, Rio, Roscoe P, Six Pack, Tube Top
Ruckers: Chickenhawk, Counterfeit, Febreeze, Floppy Disk, Green Thumb, Menthol
Runners: Jack Jack and Gilmore
Q: Billy Goat

Respect paid to His Airness on his 60th birthday: hangtime warm-up, then ten stations at the basketball courts.`,
    want: {
      title: 'by Billy Goat on 02/17/2023', date: '2023-02-17', ao: 'ao-boiler-room', q: 'Billy Goat',
      pax: ['Ascot', 'BiLo', 'Boingo', 'Chargrill', 'Curves', 'EKG', 'Gutter Helmet', 'Kitty Hawk', 'Little Dinghy', 'Melamine', 'Money Pit', 'Pierogi', 'Prius', 'Rimz', 'Rio', 'Roscoe P', 'Six Pack', 'Tube Top', 'Chickenhawk', 'Counterfeit', 'Febreeze', 'Floppy Disk', 'Green Thumb', 'Menthol', 'Jack Jack', 'Gilmore'],
      count: 27,
    },
  },
  {
    source: 'https://f3greensboro.com/2021/11/18/good-news-another-pitstop/',
    posted: '2021-10-22',
    poster: 'Saban',
    text: `Good News – Another Pitstop
Date: Friday, October 22, 2021
AO: Good News
Time: 0530 – 0615
Weather: 63°F, 95% R.H., cloudy

PAX (8): Bodett, Boy Wonder (RESPECT!), Snooki (RESPECT!), Drifter, Temple (RESPECT!), Nomex, Flo-Jo, Saban

QIC: Saban

YHC came in hot. After the words and no FNGs, we moseyed off into the gloom.
SSH x20 IC, Abe Vigodas x15 IC
The Thang: laps around the parking lot with a pit stop; whoever reaches the pit picks the exercise.`,
    want: {
      title: 'Good News - Another Pitstop', date: '2021-10-22', ao: 'ao-good-news', q: 'Saban',
      pax: ['Bodett', 'Boy Wonder', 'Snooki', 'Drifter', 'Temple', 'Nomex', 'Flo-Jo'], count: 8,
    },
  },
  {
    source: 'https://f3chattanooga.com/category/backblasts/page/50 (9-11 at the Shot House)',
    posted: '2020-09-11',
    poster: 'Dundee',
    text: `9-11 at the Shot House

QIC:  Dundee

Date: 09/11/2020

PAX: Milkman, Sherlock, Cleaver, Lloyd, Big Al, NordicTrack, Roomba, Tasty Cakes

AO: Shot House

SSH x20 IC, WMH x12 IC
The Thang: 4 rounds of 25s, a lap of the track with burpees at three cones after each.
QIC talked about "I am Third".`,
    want: {
      title: '9-11 at the Shot House', date: '2020-09-11', ao: 'ao-shot-house', q: 'Dundee',
      pax: ['Milkman', 'Sherlock', 'Cleaver', 'Lloyd', 'Big Al', 'NordicTrack', 'Roomba', 'Tasty Cakes'], count: 9,
    },
  },
  {
    source: 'https://f3alpha.com/backblast/2018/10/11/top-secret-recon-mission-to-the-south/',
    posted: '2018-10-10',
    poster: 'Law Dog',
    text: `Top Secret Recon Mission to the South

AO: The Norseman

When: 10/10/2018

QIC: Law Dog

PAX (): Burns, Nacho Libre, Haha, Cookie, Beaker (FNG), Law Dog

YHC was recruited to infiltrate the Alpha region. Jug-a-lug for 45 minutes, four corners on the gridiron, a bataan death march to finish.`,
    want: {
      title: 'Top Secret Recon Mission to the South', date: '2018-10-10', ao: 'ao-the-norseman', q: 'Law Dog',
      pax: ['Burns', 'Nacho Libre', 'Haha', 'Cookie'], fngs: ['Beaker'], count: 6,
    },
  },
  {
    source: 'https://f3gastonia.com/2023/12/02/4q-convergence-at-the-yank/',
    posted: '2023-12-02',
    poster: 'Roscoe',
    text: `4Q Convergence at the Yank
• Post Type: Backblast
• When: 12/02/2023
• AO: The Fighting Yank
• QIC: Roscoe
• FNG's:
• PAX: Chili, Tricycle, Slaw, Sargento, JJ, Tesla, Broke, Norwood, Wikileaks, Gumby, Bedpan, Nutria, TimeFrame, Tardi Gras, Stogie, Eh Y'all, Dr. Seuss, Doodles, Sarlacc, Hunchback, Cheesesteak, Balljoint, Fruity Pebbles, Ocho, Orangeman, Breaker Breaker, CPap, Wojo, ShortSale, Def Leppard, Purple Haze, Tiger, Watts Up, Flintstone, Tube, Anchorman, Volt, Gavel, Pony Boy, Medicine Woman, Whoopee, Stogie

Four Qs for the 4th quarter convergence. Sargento led the pledge, then Gavel, Flintstone and YHC took turns.`,
    want: {
      title: '4Q Convergence at the Yank', date: '2023-12-02', ao: 'ao-the-fighting-yank', q: 'Roscoe',
      pax: ['Chili', 'Tricycle', 'Slaw', 'Sargento', 'JJ', 'Tesla', 'Broke', 'Norwood', 'Wikileaks', 'Gumby', 'Bedpan', 'Nutria', 'TimeFrame', 'Tardi Gras', 'Stogie', "Eh Y'all", 'Dr. Seuss', 'Doodles', 'Sarlacc', 'Hunchback', 'Cheesesteak', 'Balljoint', 'Fruity Pebbles', 'Ocho', 'Orangeman', 'Breaker Breaker', 'CPap', 'Wojo', 'ShortSale', 'Def Leppard', 'Purple Haze', 'Tiger', 'Watts Up', 'Flintstone', 'Tube', 'Anchorman', 'Volt', 'Gavel', 'Pony Boy', 'Medicine Woman', 'Whoopee'],
      count: 42,
    },
  },
  {
    source: 'https://f3newake.com/backblast-by-gilmore-jim-t-on-12-12-2022/',
    posted: '2022-12-12',
    poster: 'Gilmore',
    channel: 'ao-the-farm',
    text: `Backblast by Gilmore (Jim T) on 12/12/2022

AO: The Farm
PAX: 39
Q: Green Thumb and Gilmore

GT led a solid warm-up, then the first-ever F3 Battle Ball on the field, then the Dirty Santa party at the gazebo.`,
    want: {
      title: 'by Gilmore (Jim T) on 12/12/2022', date: '2022-12-12', ao: 'ao-the-farm', q: 'Green Thumb', coqs: ['Gilmore'],
      pax: [], count: 39, warnings: [warn.countOff(39, 2)],
    },
  },
  {
    source: 'https://www.f3grandrapids.com/backblasts/2020-5-23-backblast-410-and-were-back/',
    posted: '2020-05-23',
    poster: 'Snoop',
    text: `Backblast #410 – And We're Back.

DATE | May 23, 2020
AO | The Zoo
BEATDOWN | 0700-0800
WEATHER | 61°, and Clear Skies
Q | Snoop

PAX: 7
[Mad Cow, Kraut, Bald Eagle, Basic Bro, Cuddle Buddy, Soft Spot, Snoop (QIC)]

5 Core Principles and the disclaimer.
SSH IC x30, mountain climbers, seal claps, merkins.
7 of Diamonds: 7 reps at each base, sprint from 3rd to home, 7 rounds.`,
    want: {
      title: "#410 - And We're Back.", date: '2020-05-23', ao: 'ao-the-zoo', q: 'Snoop',
      pax: ['Mad Cow', 'Kraut', 'Bald Eagle', 'Basic Bro', 'Cuddle Buddy', 'Soft Spot'], count: 7,
    },
  },
  {
    source: 'https://www.f3grandrapids.com/backblasts/2018-5-23-backblast-006-throw-the-damn-towel/',
    posted: '2018-05-23',
    poster: 'Sponge Bob',
    channel: 'ao-the-zoo',
    text: `BackBlast 006 – Throw the Damn Towel

I was nominated to take the Q on the walk to my car on Saturday, so I stepped up.

0700 – Core Principles recited and Disclaimer given to 8 PAX (1 FNG) – Ridgecrest, Dungeon Master, Roid Rage, Hollow Point, Mad Cow, Reba, Sponge Bob (VQ) and FNG ( Candy Strapper).

20 Side Straddle Hops, 20 Wind Mills, 40 yard high knees
The Thang: coupons to the stairs, 15 squats at the bottom, 10 Booyah merkins at the top.`,
    want: {
      title: '006 - Throw the Damn Towel', date: '2018-05-23', ao: 'ao-the-zoo', q: 'Sponge Bob',
      pax: ['Ridgecrest', 'Dungeon Master', 'Roid Rage', 'Hollow Point', 'Mad Cow', 'Reba'], fngs: ['Candy Strapper'], count: 8,
      warnings: [warn.noDate('2018-05-23')],
    },
  },
  {
    source: 'https://www.f3grandrapids.com/backblasts/2018-7-28-backblast-24-paincakes-and-bacon/',
    posted: '2018-07-28',
    poster: 'Bald Eagle',
    channel: 'ao-the-zoo',
    text: `BackBlast 24 – Paincakes and Bacon

A post-workout breakfast cookout was on the schedule, but first we had business to attend to.

The Pax: Mad Cow, Roid Rage, Radio, Betsy, Dungeon Master, Miss Daisy, BasicBro, Gravy, FNG Splitter, QIC Bald Eagle (formerly Ridgecrest)

15 SSH IC, 15 SSH silent count, 10 Annies each arm.
Star of cones: partner stations, then Paula Abduls on Hidden Hill.`,
    want: {
      title: '24 - Paincakes and Bacon', date: '2018-07-28', ao: 'ao-the-zoo', q: 'Bald Eagle',
      pax: ['Mad Cow', 'Roid Rage', 'Radio', 'Betsy', 'Dungeon Master', 'Miss Daisy', 'BasicBro', 'Gravy'], fngs: ['Splitter'], count: 10,
      warnings: [warn.qFromList('QIC Bald Eagle'), warn.noDate('2018-07-28')],
    },
  },
  {
    source: 'https://www.f3grandrapids.com/backblasts/backblast-552-back-to-the-basics/',
    posted: '2020-11-14',
    poster: 'Hoffa',
    text: `Backblast #552–Back to the Basics

DATE: November 14, 2020, 27 degrees and Frosty
AO: Centennial Park
QIC: Hoffa
PAX: Red Eye, Less, Ralphie, The Tulip, Bull Moose (FNG), Sugar Ray (FNG), Disco (FNG)
Pre-Blast: I have the Q tomorrow morning at Centennial Park. Several FNGs expected. HC below.

With so many FNGs, YHC explained the three parts of a beatdown, then six stations of ladders around the park.`,
    want: {
      title: '#552-Back to the Basics', date: '2020-11-14', ao: 'ao-centennial-park', q: 'Hoffa',
      pax: ['Red Eye', 'Less', 'Ralphie', 'The Tulip'], fngs: ['Bull Moose', 'Sugar Ray', 'Disco'], count: 8,
    },
  },
  {
    source: 'https://www.f3winstonsalem.com/f3/2024/01/today-is-that-day/',
    posted: '2024-01-08',
    poster: 'Zima',
    channel: 'ao-hamburger-square',
    text: `Today IS That Day

QIC: Zima

Date: 1/8/24

PAX: Palin, Lamb Chop, Frostbite, Van Gogh, Root Beer, Frank and Beans, Hansel, Turnover, Schlitz, Green Acres, Rubber Ducky, Woodpecker, Greenspan, Huckleberry, Workbench, Zima

There will come a day when you don't get up for easy. Today was that day.`,
    want: {
      title: 'Today IS That Day', date: '2024-01-08', ao: 'ao-hamburger-square', q: 'Zima',
      pax: ['Palin', 'Lamb Chop', 'Frostbite', 'Van Gogh', 'Root Beer', 'Frank and Beans', 'Hansel', 'Turnover', 'Schlitz', 'Green Acres', 'Rubber Ducky', 'Woodpecker', 'Greenspan', 'Huckleberry', 'Workbench'],
      count: 16,
    },
  },
  {
    source: 'https://f3omaha.com/2022/02/07/golden-spike-2-4-22-dr-q-from-taps/',
    posted: '2022-02-04',
    poster: 'Taps',
    text: `Backblast!  Give me some Ricky Bobby!
Date: 02/04/2022
AO:   Golden Spike
PAX: Wait Time, Folsom, Grillz, Sister Act, FDIC, Mother Goose, Safe Ride, Chicklets, Room Service, Wentworth, Rollbar, Sparty, Rancid, Vandelay, Honey Made, Doggy Paddle, Barn Door, Skeet,
Blue Chip, Tin Cup, Tugboat, Sweet Roll, Herky, Corn Pile
FNGs:  0
Q:   Taps (F3KC)
Total Pax:  25
Conditions: -4 wind chill.
Warm-Up: 12 SSHs, 8 Michael Phelps, 8 Willie Mays Hayes
Ricky Bobby across the parking lot with battle ropes and slam balls.`,
    want: {
      title: 'Give me some Ricky Bobby!', date: '2022-02-04', ao: 'ao-golden-spike', q: 'Taps',
      pax: ['Wait Time', 'Folsom', 'Grillz', 'Sister Act', 'FDIC', 'Mother Goose', 'Safe Ride', 'Chicklets', 'Room Service', 'Wentworth', 'Rollbar', 'Sparty', 'Rancid', 'Vandelay', 'Honey Made', 'Doggy Paddle', 'Barn Door', 'Skeet', 'Blue Chip', 'Tin Cup', 'Tugboat', 'Sweet Roll', 'Herky', 'Corn Pile'],
      count: 25,
    },
  },
  {
    source: 'https://f3cherokee.com/backblasts/foosy-musings/',
    posted: '2021-11-21',
    poster: 'Foosball',
    text: `Foosy Musings
AO: Redline
When: 11/21/2021
Number of Pax: 13
Pax Names: Bonilla, Boondock, Copper, E-tool, Exile, Foosball, Geek Squad, Lamb Chop, Narco, Panhandle, Picanha, Wally, Z93,
Number of FNGS: 0
FNG Names:
QIC: Foosball
We ran…`,
    want: {
      title: 'Foosy Musings', date: '2021-11-21', ao: 'ao-redline', q: 'Foosball',
      pax: ['Bonilla', 'Boondock', 'Copper', 'E-tool', 'Exile', 'Geek Squad', 'Lamb Chop', 'Narco', 'Panhandle', 'Picanha', 'Wally', 'Z93'],
      count: 13,
    },
  },
  {
    source: 'https://f3cherokee.com/backblasts/just-catch-the-ball/',
    posted: '2020-02-05',
    poster: 'Vespa',
    text: `Just Catch the Ball
AO: League
When: 02/05/2020
Number of Pax: 20
Pax Names: 8-Bit, Almost, Ann Arbor, Aquaman, Chancellor, Fuzzy, G-String, Garfield, Good Hands, Hass, Katniss, Panhandle, Rubberneck, Scamper, Tinder, Vespa, Waffle Cone, Westside, Wild Thing, Woody,
Number of FNGS: 0
FNG Names:
QIC: Vespa
The BackBlast:
Intro: ultimate football rules, non-dominant arm for the first 30 minutes.
Warm-o-Rama: SSH-15, Weed Pickers-10`,
    want: {
      title: 'Just Catch the Ball', date: '2020-02-05', ao: 'ao-league', q: 'Vespa',
      pax: ['8-Bit', 'Almost', 'Ann Arbor', 'Aquaman', 'Chancellor', 'Fuzzy', 'G-String', 'Garfield', 'Good Hands', 'Hass', 'Katniss', 'Panhandle', 'Rubberneck', 'Scamper', 'Tinder', 'Waffle Cone', 'Westside', 'Wild Thing', 'Woody'],
      count: 20,
    },
  },
  {
    source: 'https://f3cherokee.com/backblasts/blackops-brasstown-bald-buster/',
    posted: '2021-04-25',
    poster: 'Short Circuit',
    text: `Blackops Brasstown Bald Buster
AO: Black Ops
When: 04/25/2021
Number of Pax: 4
Pax Names: E-tool, Oracle, Scarlet, Short Circuit,
Number of FNGS: 0
FNG Names:
QIC: Short Circuit
A race from the bottom of Brasstown Bald to the top, 25 lb ruck division, original route.`,
    want: {
      title: 'Blackops Brasstown Bald Buster', date: '2021-04-25', ao: 'black-ops', q: 'Short Circuit',
      pax: ['E-tool', 'Oracle', 'Scarlet'], count: 4,
    },
  },
  {
    source: 'https://f3suncoast.com/backblasts/charitably-stupid-and-utterly-pointless/',
    posted: '2020-11-21',
    poster: 'Manziel',
    text: `Charitably Stupid and Utterly Pointless
AO: Echo Chamber - Saturday
When: 11/21/2020
Number of Pax: 12
Pax Names: Airwoulf, Bing, Chilipepper, Goob, Lancelot, Manziel, Mr. Clean, Pyro, Rowdy, Sir Wallace, Sweet Pepper,
Number of FNGS: 0
FNG Names:
QIC: Manziel / Rowdy
The BackBlast:
A ruck for the Walk to End Alzheimer's, with tires, coupons and a sledgehammer.`,
    want: {
      title: 'Charitably Stupid and Utterly Pointless', date: '2020-11-21', ao: 'ao-echo-chamber', q: 'Manziel', coqs: ['Rowdy'],
      pax: ['Airwoulf', 'Bing', 'Chilipepper', 'Goob', 'Lancelot', 'Mr. Clean', 'Pyro', 'Sir Wallace', 'Sweet Pepper'], count: 12,
      warnings: [warn.countOff(12, 11)],
    },
  },
  {
    source: 'https://f3hamptonroads.com/the-night-we-saw-them-all/',
    posted: '2018-04-14',
    poster: 'Splinter',
    text: `The Night We Saw Them All
• When: 20180413
• QIC: Splinter, Lockjaw, Rosie, Honeydo, TYA
• The PAX: Splinter, Lockjaw, Saab, Upchuck, Fudd (LIFO), Marv, EF Hutton, Kubota, Slurpee, Taxi Cab, Rosie, Honeymoon, Shakedown, Flatline, Lugnut, Gumbo, Tobit, Viral, Trophy, Wheelbarrow, Flat Tire, TYA, Swirly, Sippy Cup, Screendoor, Wedding Singer, BT, Bootleg, Hardywood, Dutch, Marcel Marceau, Gomer Pyle, Flipper, Loose Goose, Honeydo, Lab Rat, Johnsonville, Offshore, Circle K, Picabo, Phonics, Spit, Helix
• The Century Classic: 18 hours of each of the three Fs. A living backblast: add your memories below.`,
    want: {
      title: 'The Night We Saw Them All', date: '2018-04-13', ao: 'backblasts', q: 'Splinter', coqs: ['Lockjaw', 'Rosie', 'Honeydo', 'TYA'],
      pax: ['Saab', 'Upchuck', 'Fudd', 'Marv', 'EF Hutton', 'Kubota', 'Slurpee', 'Taxi Cab', 'Honeymoon', 'Shakedown', 'Flatline', 'Lugnut', 'Gumbo', 'Tobit', 'Viral', 'Trophy', 'Wheelbarrow', 'Flat Tire', 'Swirly', 'Sippy Cup', 'Screendoor', 'Wedding Singer', 'BT', 'Bootleg', 'Hardywood', 'Dutch', 'Marcel Marceau', 'Gomer Pyle', 'Flipper', 'Loose Goose', 'Lab Rat', 'Johnsonville', 'Offshore', 'Circle K', 'Picabo', 'Phonics', 'Spit', 'Helix'],
      count: 43,
    },
  },
  {
    source: 'https://www.f3midlands.com/columbia-sc/backdraft-serves-thunder-a-d-day-remembrance-for-the-ages',
    posted: '2019-06-06',
    poster: 'Cesspool',
    text: `Backdraft serves Thunder a D-Day Remembrance for the Ages
• When: 2019-06-06
• QIC: BackDraft
• The PAX: Backdraft, Cesspool, Spot, Tin Tin, Schweddy, Mud Dawg, Welcome Week, PaperBoy, Oscar, Betamax, Biggie Smalls, LugNut, Mclovin, Boris, Noonan, Insanity, Jenny, Pop tart, Strudel, Prettyboy, Improv, Woody, Seeker, Love Bug, Full Monty, Cheesy, and Cutler

27 PAX met Backdraft for a D-Day remembrance: formation runs with cadences, then a landing across the field.`,
    want: {
      title: 'Backdraft serves Thunder a D-Day Remembrance for the Ages', date: '2019-06-06', ao: 'backblasts', q: 'BackDraft',
      pax: ['Cesspool', 'Spot', 'Tin Tin', 'Schweddy', 'Mud Dawg', 'Welcome Week', 'PaperBoy', 'Oscar', 'Betamax', 'Biggie Smalls', 'LugNut', 'Mclovin', 'Boris', 'Noonan', 'Insanity', 'Jenny', 'Pop tart', 'Strudel', 'Prettyboy', 'Improv', 'Woody', 'Seeker', 'Love Bug', 'Full Monty', 'Cheesy', 'Cutler'],
      count: 27,
    },
  },
  {
    source: 'https://f3alpha.com/backblast/2016/11/05/sabbativersary-backblast/',
    posted: '2016-10-29',
    poster: 'Crack',
    channel: 'ao-widow-maker',
    text: `Sabbativersary Backblast

When: 10/29/16

QIC: Crack

PAX (): Moonshine, Busey (RESPECT), Crack

It started with just me and Moonshine until Busey could park. Suicides across the pitch, 11s at the playground, four corners on the big field.`,
    want: {
      title: 'Sabbativersary', date: '2016-10-29', ao: 'ao-widow-maker', q: 'Crack', pax: ['Moonshine', 'Busey'], count: 3,
    },
  },
  {
    source: 'https://f3newake.com/backblast-by-billy-goat-on-03-08-2023/',
    posted: '2023-03-08',
    poster: 'Billy Goat',
    text: `Backblast by Billy Goat on 03/08/2023

AO: Quarantine

Date: 8-Mar-2023

PAX: Boyz 2 Men, Febreeze, Oscar Mayer, Rio, Roscoe P, Snickle (FNG), Spit Valve, Squeaks, Strudel, Thingamabob, Tube Top

Q: Billy Goat

Theme: Quarter-tine Arcade
Twelve PAX battle for Parking Garage 2 domination.`,
    want: {
      title: 'by Billy Goat on 03/08/2023', date: '2023-03-08', ao: 'ao-quarantine', q: 'Billy Goat',
      pax: ['Boyz 2 Men', 'Febreeze', 'Oscar Mayer', 'Rio', 'Roscoe P', 'Spit Valve', 'Squeaks', 'Strudel', 'Thingamabob', 'Tube Top'],
      fngs: ['Snickle'], count: 12,
    },
  },
  {
    source: 'https://f3wheaton.com/backblasts/page/2/',
    posted: '2023-01-14',
    poster: 'Archive',
    text: `Backblast: Tribute to Cardinal + B.O.M.B.S.

Date: 01/14/23
AO: #ao_mastodon
PAX: @Crack@Captain Crunch@Bloomer@Maniac@Archive@T.B.@TBTF@Stock boy@Jailbreak@Short Circuit
FNGs: 0
Total: 10

Side Straddle Hops x15, Tempo Merkins x10, Flutter Kicks x10
Thang 1: Cardinal's VQ routine, in his honour.
Thang 2: B.O.M.B.S. at the corners of the @Archive mile.`,
    want: {
      title: 'Tribute to Cardinal + B.O.M.B.S.', date: '2023-01-14', ao: 'ao_mastodon', q: null,
      pax: ['Crack', 'Captain Crunch', 'Bloomer', 'Maniac', 'Archive', 'T.B.', 'TBTF', 'Stock boy', 'Jailbreak', 'Short Circuit'], count: 10,
      warnings: [warn.noQ],
    },
  },
];
