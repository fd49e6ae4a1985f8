// More backblasts from region websites that copy their Slack posts (a second gathering, other regions and
// years), as they were posted in Slack; write-ups shortened. Two are reshaped (said so) to show one rule each.
import { warn, type Entry } from './support.js';

const none = (source: string, poster: string, posted: string, text: string, channel?: string): Entry => ({
  source, poster, posted, text, channel, want: null,
});

export const sites2: Entry[] = [
  {
    source: 'https://f3kernersville.com/2019/08/20/backblast-red-white-boom-8-19/',
    posted: '2019-08-20',
    poster: 'Bambi',
    channel: 'ao-convalescent-center',
    text: `Backblast: Red, White & Boom – 8/19

24 PAX gathered for a humid Monday morning beatdown, RW&B: Sludge, Boone’s Farm, Sprinkler, Dr. Evil, Fortran, Gilmore, Water Wings, Shear Conn, Jane, Tenderfoot, Crawdaddy, Fudd, Dean and YHC – FOS: Deliverance, Tarde, Mulligan, Duvet, Epstein, Cousin Eddie, Checkbook, Flounder, Madoff and FloRida.

Flounder opened with a diminutive disclaimer and F3 mission statement and led us in WOR. Group broke into FOS or RW&B.
RW&B played a horse race card game with the beat down box; PAX moseyed to the bus pick up, where QIC explained the rules.
PAX moseyed to bbal courts for Mary – Hammers
COT – Happy birthday Tarde, Welcome back Shear Conn

Sludge led us out

An honor to lead, Bambi`,
    want: {
      title: 'Red, White & Boom - 8/19', date: '2019-08-19', ao: 'ao-convalescent-center', q: 'Bambi',
      pax: ['Sludge', 'Boone’s Farm', 'Sprinkler', 'Dr. Evil', 'Fortran', 'Gilmore', 'Water Wings', 'Shear Conn', 'Jane', 'Tenderfoot', 'Crawdaddy', 'Fudd', 'Dean',
        'Deliverance', 'Tarde', 'Mulligan', 'Duvet', 'Epstein', 'Cousin Eddie', 'Checkbook', 'Flounder', 'Madoff', 'FloRida'],
      count: 24, warnings: [warn.qPoster],
    },
  },
  {
    source: 'https://f3kernersville.com/2020/10/09/backblast-fbf-bus-benches-all-hail-the-king-tribute-to-evh-a-crawdaddy-livenation-production-10-9-20/',
    posted: '2020-10-09',
    poster: 'Crawdaddy',
    channel: 'ao-bus-benches',
    text: `Backblast – FBF – Bus Benches “All hail the King – Tribute to EVH – a Crawdaddy / Livenation production 10/9/20

Pax: Whamo, Water Wings, Monet, Blue Hen, Change Order, Handbells, Deliverance, Mulligan, Red Hot, Chipper, Duvet and Crawdaddy

QIC: Crawdaddy

12 hard rockin’ fans of the fret board showed for what 24 hrs prior was to be a Boone’s Farm beatdown. With a botched disclaimer like a terrible opening band, we went on tour with a step goal to reach 5150…
WAR: Side Straddle Hops, Helicopters, Abe 3 count, Chinooks, Hurdler stretch and Goofballs
Set list: four tour stops, 10 Big Boy Situps / 10 perfect Merkins at the first.
Backstage we all gathered for Mary: Low Slow Flutters, Ab roll 10 count, Dying Cockroaches and 21 American Hammers.
Handbells led us out.`,
    want: {
      title: 'FBF - Bus Benches "All hail the King - Tribute to EVH - a Crawdaddy / Livenation production 10/9/20', date: '2020-10-09', ao: 'ao-bus-benches', q: 'Crawdaddy',
      pax: ['Whamo', 'Water Wings', 'Monet', 'Blue Hen', 'Change Order', 'Handbells', 'Deliverance', 'Mulligan', 'Red Hot', 'Chipper', 'Duvet'], count: 12,
    },
  },
  {
    // "Kandy Kane" is two edits from the member Candy Cane: no reader can be sure, so it stays a name.
    source: 'https://f3kernersville.com/2017/08/25/backblast-82317-poison-ivey-gold-cupgladiatorrugby-rematch/',
    posted: '2017-08-25',
    poster: 'Pacer',
    channel: 'ao-poison-ivey',
    text: `Backblast 8/23/17 Poison Ivey Gold cup/gladiator/rugby rematch

21 Pax: Crankbait, Kay, Epstein, Sludge, Blue Hen, Fortan, Chipper, Lucky Charms, Tramp Stamp, Sprinkler, Deliverance, Crawdaddy, Dr. Evil, Gilmore, Kandy Kane, Flounder, Fanny Pack, Tarde, Yorkie, Fergie, Pacer

The fog was so thick you could cut it with a butter knife. The pax set off on a mosey w/o the Q. Wheres Pacer??!?! Nope its YHC finishing the gladiator arena setup.
Warm a rama: 15 abe vigotas (IC), 20 cotton pickers (IC), 15 sun gods (IC)
Bear/Bear soccer in two teams; every goal conceded costs a run up the hill and 5 Lt. Dans.
Mosey to lower parking lot for plank jacks and merkins to the music.`,
    want: {
      title: '8/23/17 Poison Ivey Gold cup/gladiator/rugby rematch', date: '2017-08-23', ao: 'ao-poison-ivey', q: 'Pacer',
      pax: ['Crankbait', 'Kay', 'Epstein', 'Sludge', 'Blue Hen', 'Fortran', 'Chipper', 'Lucky Charms', 'Tramp Stamp', 'Sprinkler', 'Deliverance', 'Crawdaddy', 'Dr. Evil', 'Gilmore', 'Flounder', 'Fannypack', 'Tarde', 'Yorkie', 'Fergie'],
      unresolved: ['Kandy Kane'], count: 21, warnings: [warn.qPoster, warn.typo('Fortan', 'Fortran')],
    },
  },
  {
    // The second list names the men who did not come: a reader counts only the first.
    source: 'https://f3kernersville.com/2020/10/23/backblast-flash-bang-friday-bus-benches-we-got-moorephed/',
    posted: '2020-10-23',
    poster: 'Checkbook',
    channel: 'ao-bus-benches',
    text: `BackBlast – Flash Bang Friday – Bus Benches. We got Moorephed!

Pax that followed through on their commitment: Gilmore, Blue Hen, Dr. Evil, Fortran, Lovie, Boone’s Farm and QIC – Checkbook.

Pax that failed to live up to their commitment by either fart-sacking, feigning illness, or rearranging their nuts under the registration shell: Madoff, Chipper, Grannie Panties, Elain, Kay and Tardy.

WOR: SSH’s, on-your-six back stretching, Dean Vigodas, Sun gods…and it was go-time.
The Thang: the Mooreph, a weaker-man’s Murph: 15 inverted rows, 20 merkins and 30 squats at the bars, mosey, 15 dips, 20 merkins, 30 squats, rinse and repeat until Omaha.
6MOM: LBCs, Dying Cockroaches, and American Hammers.
YHC took us out.

Always an honor, gentlemen. Checkbook out!`,
    want: {
      title: 'Flash Bang Friday - Bus Benches. We got Moorephed!', date: '2020-10-23', ao: 'ao-bus-benches', q: 'Checkbook',
      pax: ['Gilmore', 'Blue Hen', 'Dr. Evil', 'Fortran', 'Lovie', 'Boone’s Farm'], count: 7,
      warnings: [warn.qFromList('QIC Checkbook'), warn.noDate('2020-10-23')],
    },
  },
  {
    // "(tenderfoot)", lower case, describes a newcomer; it is not the member Tenderfoot of another region.
    source: 'https://ec2-34-194-89-34.compute-1.amazonaws.com/backblast/2022/02/02/anniversary-mucho-blimpo/',
    posted: '2022-02-02',
    poster: 'Feathers',
    text: `Anniversary Mucho Blimpo

AO: The Hooch

When: 02/02/2022

QIC: Feathers

PAX (18): Angus, BallBoy, Bo Knows, Boomer, Doughboy, Feathers, Jetson, Maguire, Mark snoddy (tenderfoot), McCracken, Meatball, Moana, Popper, PuffDaddy, Ready-Mix (F3), Scrooge, Sunshine, McEnroe

Shout out to Scrooge for EHing me 4 years ago

Long, figure-8 Mosey around the parking lot, then circle up for SSH, weed pickers, copperhead squats, moroccan night clubs.
The Thang: Mucho Chesto sequence down the parking rows, then the BLIMPO sequence, three rounds.
3 min of Mary to close out the Thang`,
    want: {
      title: 'Anniversary Mucho Blimpo', date: '2022-02-02', ao: 'ao-the-hooch', q: 'Feathers',
      pax: ['Angus', 'BallBoy', 'Bo Knows', 'Boomer', 'Doughboy', 'Jetson', 'Maguire', 'McCracken', 'Meatball', 'Moana', 'Popper', 'PuffDaddy', 'Ready-Mix', 'Scrooge', 'Sunshine', 'McEnroe'],
      unresolved: ['Mark snoddy'], count: 18,
    },
  },
  {
    // Without an AO line the channel it was posted in is the AO, as PAXminer reads it.
    source: 'https://f3saltlake.com/backblasts/gun-runner/ (its AO line left out)',
    posted: '2023-01-18',
    poster: 'Flux Capacitor',
    text: `Gun Runner

When: 01/18/2023

Number of Pax: 2

Pax Names: Flux Capacitor, Sludge,

Number of FNGS: 0

FNG Names:

QIC: Flux Capacitor

The BackBlast:

A solemn and snowy morning, with a couple of fresh inches of snow everywhere. My intrepid partner Sludge was the only other one around.
20 Imperial Walkers IC, 10 LBAC, 15 BW Squat IC, 10 Merkins IC
The Thang: 40 CFTG, 30 Merkins, 20 Tricep Extensions, then a 1/4 mile mosey loop. Rinse and Repeat, x4`,
    want: { title: 'Gun Runner', date: '2023-01-18', ao: 'backblasts', q: 'Flux Capacitor', pax: ['Sludge'], count: 2 },
  },
  {
    source: 'http://f3gastonia.com/2019/08/03/baby-rock/',
    posted: '2019-08-03',
    poster: 'Defib',
    text: `Baby Rock

• Post Type: Backblast
• When: 07/31/2019
• AO: SnoBalls
• QIC: Defib
• FNG's:
• PAX: Stroganoff, Buckeye, Captain Stubing, Hushpuppy, Watts up, Shooter, Easy Rider

Lets just say I’m sorry (not sorry) for the arm and chest beat down at Marthas on Wednesday. Warm up included SSH, Merkins (sorry), Imperial Walkers and LBCs.
The thang: run to KFC to pick up a rock, your baby for the morning. Partner 11’s with turkish getups and merkins, then ATMs at the ATM.`,
    want: {
      title: 'Baby Rock', date: '2019-07-31', ao: 'ao-snoballs', q: 'Defib',
      pax: ['Stroganoff', 'Buckeye', 'Captain Stubing', 'Hushpuppy', 'Watts up', 'Shooter', 'Easy Rider'], count: 8,
    },
  },
  {
    source: 'https://f3houston.com/crawling-out-of-death-valley/',
    posted: '2019-03-26',
    poster: 'Trojan',
    text: `Crawling Out of Death Valley

• When: 03/26/2019
• QIC: Trojan
• The PAX: Foam, Muffy (R), Spicoli (R), The King (R), Tib-Fib, Punkin’, OBD, Radar, Swede, Element (R), Dry Dock (R), Ol’ Glory, Toy Story (RR), YHC (QIC)

14 PAX < 0 FNGs posted for a Trojan-led BD with deeper meaning: mental health and suicide awareness.
YHC is not a professional. Modify as needed.
The Thang: Modified Super 22s down in Death Valley, the valley between two small bridges, then mosey to the flags for sandbag suicides, Freddy Mercury and LBCs.
CountORama and NameORama: 14 PAX > 0 FNGs`,
    want: {
      title: 'Crawling Out of Death Valley', date: '2019-03-26', ao: 'backblasts', q: 'Trojan',
      pax: ['Foam', 'Muffy', 'Spicoli', 'The King', 'Tib-Fib', 'Punkin’', 'OBD', 'Radar', 'Swede', 'Element', 'Dry Dock', 'Ol’ Glory', 'Toy Story'], count: 14,
    },
  },
  {
    source: 'https://f3omaha.com/2020/09/23/paradise-island-9-23-20/',
    posted: '2020-09-23',
    poster: 'Splinter',
    text: `BACKBLAST (22’s or 24’s who’s counting)

September 23rd, 2020|Paradise Bakery, Regency | AO – Paradise Island | 58°

PAX:  The Plague, Blue Chip, Icy Hot, Biff, Todo, Convoy, Trench, Gunner, Bubbles, No Doze, Flanders, Uncle Rico, Grillz, Vandelay, CDL (FNG), Slow Pitch, Splinter

Q: Splinter

17 PAX welcomed the beautiful crisp morning at Burpee (Paradise) Island. YHC explained the mission of F3 along with the 5 core principles.
PAX circled up for 25 SSH IC, 10 Tater Taps IC, 20 Sun gods IC, with 5 burpees at every stop along the way.
The Thang: 2 rounds of the 22’s around the flower pot.`,
    want: {
      title: "22's or 24's who's counting", date: '2020-09-23', ao: 'ao-paradise-island', q: 'Splinter',
      pax: ['The Plague', 'Blue Chip', 'Icy Hot', 'Biff', 'Todo', 'Convoy', 'Trench', 'Gunner', 'Bubbles', 'No Doze', 'Flanders', 'Uncle Rico', 'Grillz', 'Vandelay', 'Slow Pitch'],
      fngs: ['CDL'], count: 17,
    },
  },
  {
    source: 'https://www.f3midlands.com/lake-murray-sc/what-is-your-legacy',
    posted: '2019-10-29',
    poster: "Fool's Gold",
    channel: 'ao-depot',
    text: `• When: 2019-10-29
• QIC: Fool's Gold
• The PAX: Moose (knuckle), Pothole, Thor, Puddin' Pop, Speedo, Trickle, Sheldon, Chubbs, Coppertone, STH, Darla, Phonebooth, Buddy Love, Lorena, EZ-Bake, Laettner, Fool's Gold (QIC)

What is your Legacy?

~60 degrees on a clear morning that turned to fog by the time we departed from Depot. 17 #MenOfDepot contributed to the water cycle today.
Side Straddle Hops x 15 IC, 5 burpees OYO, Through The Tunnel x 15 IC, 6 burpees OYO, Imperial Walkers x 15 IC, 4 burpees OYO.
The PAX each grabbed a block and congregated in the parking lot for further instruction.`,
    want: {
      title: 'What is your Legacy?', date: '2019-10-29', ao: 'ao-depot', q: "Fool's Gold",
      pax: ['Moose', 'Pothole', 'Thor', "Puddin' Pop", 'Speedo', 'Trickle', 'Sheldon', 'Chubbs', 'Coppertone', 'STH', 'Darla', 'Phonebooth', 'Buddy Love', 'Lorena', 'EZ-Bake', 'Laettner'],
      count: 17,
    },
  },
  {
    source: 'https://www.f3midlands.com/other/do-you-believe-in-miracles',
    posted: '2019-03-08',
    poster: 'Olive Oil',
    channel: 'ao-clash',
    text: `• When: 2019-03-08
• QIC: Olive Oil
• The PAX: Pepto, Chop Block, Ryans, Dance Off, Phantom, Cheddar, Black Lung, Pinot, Watergate, Steel Toe, Peebbles, Sweet Tart, Sparty

Do you believe in miracles???

Weather – mid 40’s. Pretty awesome for some futbol.
As you know, we Clash PAX do our backblast as highlights. Today only one: Chop Block (son) scored on Pepto (dad), father versus son, with no other PAX within yards of them.
Count and Name
Prayers – Steel Toe – Grandmother moved to hospice, Phantom – wife’s granddad past.`,
    want: {
      title: 'Do you believe in miracles???', date: '2019-03-08', ao: 'ao-clash', q: 'Olive Oil',
      pax: ['Pepto', 'Chop Block', 'Ryans', 'Dance Off', 'Phantom', 'Cheddar', 'Black Lung', 'Pinot', 'Watergate', 'Steel Toe', 'Peebbles', 'Sweet Tart', 'Sparty'], count: 14,
    },
  },
  {
    source: 'https://www.f3midlands.com/lake-murray-sc/celebrating-1-year',
    posted: '2017-12-22',
    poster: 'Pepto',
    channel: 'ao-clash',
    text: `• When: 2017-12-22
• QIC: Pepto
• The PAX: Shag, steel toe, olive oil, rebar, booster, blades, strawberry, paint chip, floppy disc, arrears, boo-respect, power pole, FNG- Write off, water gate, fools gold, lumbergh, bonsai, double fault, pot hole, radar, black lung, pinot, Pepto.

Celebrating 1 year!

It’s been a year since Clash launched as an official AO. What started out as speed work with a simple game of soccer turned into a fellowship of brothers having fun every week.
conditions: 47f, dark outside but bright under the lights
Game: Froccer, Anniversary style (2 goals per team). 23 pax played this morning.`,
    want: {
      title: 'Celebrating 1 year!', date: '2017-12-22', ao: 'ao-clash', q: 'Pepto',
      pax: ['Shag', 'Steel Toe', 'Olive Oil', 'Rebar', 'Booster', 'Blades', 'Strawberry', 'Paint Chip', 'Floppy Disc', 'Arrears', 'Boo', 'Power Pole', 'Watergate', "Fool's Gold", 'Lumbergh', 'Bonsai', 'Double Fault', 'Pothole', 'Radar', 'Black Lung', 'Pinot'],
      fngs: ['Write off'], count: 23,
    },
  },
  {
    source: 'https://www.f3grandrapids.com/backblasts/2019-8-13-backblast-226-night-ruck/',
    posted: '2019-08-13',
    poster: 'Soft Spot',
    channel: 'black-ops',
    text: `Backblast #226 Night Ruck

Saturday August 10, 2019

02:00 John Ball Park 59° / 91% Humidity

Goal: ruck through the night reaching near 13 miles with various obstacles and then complete the F3 Morning workout.

Disclaimer and Core Principles given to 5 PAX

Kraut, Snoop, Basic Bro, SoSo, QIC Soft Spot

We started with a basic PT test, rucks off: AMRAP merkins, AMRAP sit-ups, a half mile shuttle run.
The Thang: the PAX departed the AO with 20-30# in their rucks towards Millennium Park, crossed the stream chest deep and bear crawled along the shore to the air drop.`,
    want: {
      title: '#226 Night Ruck', date: '2019-08-10', ao: 'black-ops', q: 'Soft Spot', pax: ['Kraut', 'Snoop', 'Basic Bro', 'SoSo'], count: 5,
      warnings: [warn.qFromList('QIC Soft Spot')],
    },
  },
  {
    // A black-ops ruck with no Q: a reader records none rather than guess the writer.
    source: 'https://f3louisville.com/2019/01/28/1-27-19-bo-12-mile-ruck-back-blast/',
    posted: '2019-01-28',
    poster: 'Plumb Bob',
    channel: 'black-ops',
    text: `1/27/19 BO 12-Mile Ruck Back Blast

PAX: Meter Maid, Vacuum, and Plumb Bob

WEATHER: Upper 30s, Clear, Breezy, especially along the river

LOCATION: Meet up at the base of the Big Four Bridge, traveled both sides of the river

DISTANCE: 12 Miles

TIME: 3:28

Huggies sent out a message recently about an on your own GoRuck 12-mile timed event. Three HIMs braved the cold and woke up a bit early for a 5:00AM start. My GPS told me we reached 12.0 miles as we were walking up the Indiana ramp of the bridge.
We ended with a quick COT to make it F3 official and departed to go try and get warm.`,
    want: {
      title: '1/27/19 BO 12-Mile Ruck', date: '2019-01-27', ao: 'black-ops', q: null, pax: ['Meter Maid', 'Vacuum', 'Plumb Bob'], count: 3,
      warnings: [warn.noQ],
    },
  },
  {
    // "917/19" is a slip for 9/17/19, the day it was posted.
    source: 'https://f3louisville.com/author/djt03/ (Backblast The Chopper at Vets 917/19)',
    posted: '2019-09-17',
    poster: 'Jitterbug',
    channel: 'ao-the-chopper',
    text: `Backblast The Chopper at Vets 917/19

Great to be back out at Vets. Thanks to those that joined: PAX- Ladybird (R), Bunghole, Tenderfoot, Yoshi, Jinxy, Newman, Methane, Bob Ross, Bombay, Jitterbug (Q)

COP- Mosey to big parking lot: SSH, GrassGrabbers, Toy Soldiers, Stretching, Merkins, Squats
Thang- As I am preparing for a weeklong trip out to Vegas for the dreaded trade show, a few rounds of Vegas-themed stations.`,
    want: {
      title: 'The Chopper at Vets 917/19', date: '2019-09-17', ao: 'ao-the-chopper', q: 'Jitterbug',
      pax: ['Ladybird', 'Bunghole', 'Tenderfoot', 'Yoshi', 'Jinxy', 'Newman', 'Methane', 'Bob Ross', 'Bombay'], count: 10,
      warnings: [warn.noDate('2019-09-17')],
    },
  },
  {
    source: 'https://f3louisville.com/author/djt03/ (Backblast The Defender at The Patriot 8/20/21)',
    posted: '2021-08-20',
    poster: 'Jitterbug',
    text: `Backblast The Defender at The Patriot 8/20/21

Great to be back out at The Patriot, got to start my day with two of the Finest F3 has to offer.
PAX: Holy Roller (R), Focker, Jitterbug (Q)

Just incredible to watch what Holy Roller can do on Crutches. I explained that the theme of the day was Lucky Sevens: 3 rounds of sevens between the flag and the parking lot.`,
    want: {
      title: 'The Defender at The Patriot 8/20/21', date: '2021-08-20', ao: 'ao-the-patriot', q: 'Jitterbug', pax: ['Holy Roller', 'Focker'], count: 3,
    },
  },
  {
    // Two men seen running by during the warm-up are named with @, but did not post.
    source: 'https://f3louisville.com/author/djt03/ (Backblast The Fog at North Posh 5/26/21)',
    posted: '2021-05-26',
    poster: 'Jitterbug',
    channel: 'ao-north-posh',
    text: `Backblast The Fog at North Posh 5/26/21

PAX- Ladybird (R), Drysdale (R), Leno, Tenderfoot, Glowsticks, Diane Dukes, Jitterbug (QIC)

Mosey half way down the Bike, Walk, Run Path for COP… just getting ready to get started and we see a couple of absolute HIM heading up the Path: @Focker and @Backflop putting in some miles. SSH, Grass Grabbers, Toy Soldiers.
Thang: partner up for the fog run, 4 rounds.`,
    want: {
      title: 'The Fog at North Posh 5/26/21', date: '2021-05-26', ao: 'ao-north-posh', q: 'Jitterbug',
      pax: ['Ladybird', 'Drysdale', 'Leno', 'Tenderfoot', 'Glowsticks', 'Diane Dukes'], count: 7,
    },
  },
  {
    source: 'https://f3jax.com/2019/08/31/and-this-is-the-pre-season/',
    posted: '2019-08-31',
    poster: 'Feud',
    channel: 'ao-anchor',
    text: `And This is the “Pre-Season”?

• When: 08/31/2019
• QIC: Feud
• The PAX: LIFO, Gekko (r), Bowzer (r), Rain Man (r), Eilieen (r), Septum, Boucher (r), D-Nice, Xenu (r), Pud, FNG-Sanka (Chris Skinner), Feud

12 PAX of F3 Jacksonville, including 1 FNG descended upon Anchor to find an old familiar face. Seeing an opening in the Q schedule, YHC grabbed it.
SSH x20 IC, LBAC x10 IC, Don Quixote x10 IC, Merkins x6 IC
The Thang: the Iron Pax Challenge week 0: 6 rounds of 24 squats, 24 merkins, 24 walking lunges and a 400-meter run.`,
    want: {
      title: 'And This is the "Pre-Season"?', date: '2019-08-31', ao: 'ao-anchor', q: 'Feud',
      pax: ['LIFO', 'Gekko', 'Bowzer', 'Rain Man', 'Eilieen', 'Septum', 'Boucher', 'D-Nice', 'Xenu', 'Pud'], fngs: ['Sanka'], count: 12,
    },
  },
  {
    source: 'https://f3jax.com/2019/03/23/bracket-busting-beatdown-at-boondocks/',
    posted: '2019-03-23',
    poster: 'Feud',
    text: `Bracket Busting Beatdown at Boondocks

• When: 03/23/2019
• QIC: Feud
• The PAX: Twister, Culpepper (R), Extinguisher, Butcher, Fix-It, Feud

Despite late nights watching as much NCAA basketball as possible, 6 PAX fought the fartsack and posted for a Bracket-Busting Beatdown at Boondocks.
COP (all IC): 10 Burpee penalty for no PAX bringing a b-ball, SSH x 32, LBAC x15, Merkins x15, LBCs x15
The Thang: mosey to the playground for the 1st and 2nd Rounds, 6-pack ladder of pull-ups and merkins, then the Sweet 16 under the tents.`,
    want: {
      title: 'Bracket Busting Beatdown at Boondocks', date: '2019-03-23', ao: 'ao-boondocks', q: 'Feud',
      pax: ['Twister', 'Culpepper', 'Extinguisher', 'Butcher', 'Fix-It'], count: 6,
    },
  },
  {
    source: 'https://f3jax.com/2019/03/23/bracket-busting-beatdown-at-boondocks/ (reshaped: a count before the label, semicolons and &, the Q as YHC)',
    posted: '2019-03-30',
    poster: 'Feud',
    channel: 'ao-boondocks',
    text: `Bracket Busting, the Final Four
Date: 3/30/2019
Q: YHC
6 PAX: Twister; Culpepper (R); Extinguisher; Butcher & Fix-It

Suicide Mucho-chest-o on the courts, 1 burpee for every missed jump shot.`,
    want: {
      title: 'Bracket Busting, the Final Four', date: '2019-03-30', ao: 'ao-boondocks', q: 'Feud',
      pax: ['Twister', 'Culpepper', 'Extinguisher', 'Butcher', 'Fix-It'], count: 6,
    },
  },
  {
    source: 'https://f3jax.com/2018/09/22/its-time-to-go-to-school/',
    posted: '2018-09-22',
    poster: 'Feud',
    channel: 'ao-boondocks',
    text: `It’s Time to Go to School

• When: 09/22/18
• QIC: Feud
• The PAX: Twister, Stonehands, Flenderson, Fix-It, Pusher, MalFunction, Feud

7 PAX posted on-time, bright-eyed and bushy tailed in the gloom. It was class time at the school of Boondocks. YHC announced a Basic Q School following this morning’s beatdown. Disclaimer given.
COP: SSH x20 IC, Hillbilly x15 IC, Don Quixote x10 IC, Merkins x10 IC
The Thang: first period Math with 11’s on the football field, second period English Lit with the Scarlet Letter Q.`,
    want: {
      title: "It's Time to Go to School", date: '2018-09-22', ao: 'ao-boondocks', q: 'Feud',
      pax: ['Twister', 'Stonehands', 'Flenderson', 'Fix-It', 'Pusher', 'MalFunction'], count: 7,
    },
  },
  {
    source: 'https://f3jax.com/2018/09/22/its-time-to-go-to-school/ (reshaped: the PAX one a line under the label)',
    posted: '2018-09-29',
    poster: 'Feud',
    channel: 'ao-boondocks',
    text: `Backblast: Q School, second period
When: 09/29/18
QIC: Feud
The PAX:
Twister
Stonehands
Pusher
MalFunction

Q School after the beatdown: command voice, cadence, and the five core principles.`,
    want: {
      title: 'Q School, second period', date: '2018-09-29', ao: 'ao-boondocks', q: 'Feud', pax: ['Twister', 'Stonehands', 'Pusher', 'MalFunction'], count: 5,
    },
  },
  {
    source: 'https://f3jax.com/2019/05/25/the-return-of-the-beast/',
    posted: '2019-05-25',
    poster: 'Feud',
    channel: 'ao-boondocks',
    text: `The Return of the Beast

• When: 05/25/2019
• QIC: Feud
• The PAX: Extinguisher, Cool Breeze, 50-cent, Banjo, Eileen (R), Butcher, Twister, Updraft (R), Whip-It (FNG- Ivo Solis), Feud

10 total HIM of F3 Jacksonville reported to Boondocks with one tardy as a result of navigational issues. YHC provided a little education on Q-ing and tapped a few unsuspecting PAX to lead the COP.
The Beast: 6 reps of 6 exercises for 6 sets, running 20 yards down the turf field between each.`,
    want: {
      title: 'The Return of the Beast', date: '2019-05-25', ao: 'ao-boondocks', q: 'Feud',
      pax: ['Extinguisher', 'Cool Breeze', '50-cent', 'Banjo', 'Eileen', 'Butcher', 'Twister', 'Updraft'], fngs: ['Whip-It'], count: 10,
    },
  },
  {
    source: 'https://f3jax.com/2016/10/20/what-happens-at-bohica/',
    posted: '2016-10-20',
    poster: 'Drone',
    text: `What happens at BOHICA…

• When: 10/20/16
• QIC: Drone
• The PAX: Feud, LIFO, SOC, Heisenberg, Big Bird, Jumanji, Synapse, PUD, Snuffy, SeatDown, Eileen, Bing, Pyro, Cousin Eddie

You never know what’s going to be served up at an F3 Jax beatdown. It all started with a leisurely perusal of the Exicon and some leftover logs from Hurricane Matthew…
15 x Smurfjacks, 20 x Don Quixote, 20 x Copperhead Merkins
The Thang: Climate Change, a burpee time bomb around the circle; with 15 pax, considerable mumblechatter. Then partner 4 corners with logs.`,
    want: {
      title: 'What happens at BOHICA…', date: '2016-10-20', ao: 'ao-bohica', q: 'Drone',
      pax: ['Feud', 'LIFO', 'SOC', 'Heisenberg', 'Big Bird', 'Jumanji', 'Synapse', 'Pud', 'Snuffy', 'SeatDown', 'Eileen', 'Bing', 'Pyro', 'Cousin Eddie'], count: 15,
    },
  },
  {
    source: 'https://f3kernersville.com/2018/01/20/backblast-pain-near-the-park-jan-20-2018/',
    posted: '2018-01-20',
    poster: 'FloRida',
    channel: 'ao-pain-in-the-park',
    text: `Backblast-Pain Near The Park. Jan 20, 2018

A strong and eager Pax of 22 was in sole possession of Kernersville’s highest, driest ground in Saturday’s frosty Gloom. It was Bring Your Son to Workout day, with three 2.0s posting. With one FNG among them, QIC FloRida fumbled through a rusty welcome and disclaimer.

The Pax: Lucky Charms, Sludge, Special Ed, Sprinkler, Fortran, Fergie, Crankbait, Epstein, Crawdaddy, Sheila E (2.0), Dr Evil (experiencing a Basketball Jones), One Time (2.0), Tenderfoot, Doubtfire (sleek in Bonnie Blair aero-hood), Cube, Gilmore, Tarde, Checkbook, Chipper, Deliverance, Matthew (2.0 and FNG), FloRida (QIC)

SSH – 16 IC, Helicopters – 12 IC, Don Quixotes – 10 IC, Mountain Climbers – 15 IC
THE THANG: three grindstones; burpees x 10, lunges x 20, imperial walkers x 30 and on up, station to station.`,
    want: {
      title: 'Pain Near The Park. Jan 20, 2018', date: '2018-01-20', ao: 'ao-pain-in-the-park', q: 'FloRida',
      pax: ['Lucky Charms', 'Sludge', 'Special Ed', 'Sprinkler', 'Fortran', 'Fergie', 'Crankbait', 'Epstein', 'Crawdaddy', 'Sheila E', 'Dr. Evil', 'One Time', 'Tenderfoot', 'DoubtFire', 'Cube', 'Gilmore', 'Tarde', 'Checkbook', 'Chipper', 'Deliverance'],
      fngs: ['Matthew'], count: 22,
    },
  },
  {
    source: 'https://f3louisville.wordpress.com/2017/09/21/92117-backblast-the-return-of-the-face-of3louisville/',
    posted: '2017-09-21',
    poster: 'Face',
    channel: 'ao-the-original',
    text: `9/21/17 BackBlast: The Return of the Face @OF3Louisville

In preparation for this weekend’s Battle in the Bluegrass, 19 Pax emerged from the fog this morning for an epic beat down to cheer on the CATS.

QIC- Face

Pax (19)- Diablo, Taco, Mr. Clean, Newman, Kilo, Jordy, Red Roof, Pope, Trump, Scratch, Loco, Zartan, Swifty, Storm Trooper, Splinter, Abicus, Secrest, Bean Counter.

Being that any FNGs were still in bed, we got to work and mosey’d to the basketball courts.
20 SSH IC, 10 Merkins IC, 20 Plank Jacks IC
Thang 1: C-A-T-S with partners and coupons on the Field of Screams. Thang 2: circle up for some Mary.`,
    want: {
      title: '9/21/17 The Return of the Face @OF3Louisville', date: '2017-09-21', ao: 'ao-the-original', q: 'Face',
      pax: ['Diablo', 'Taco', 'Mr. Clean', 'Newman', 'Kilo', 'Jordy', 'Red Roof', 'Pope', 'Trump', 'Scratch', 'Loco', 'Zartan', 'Swifty', 'Storm Trooper', 'Splinter', 'Abacus', 'Secrest', 'Bean Counter'],
      count: 19, warnings: [warn.typo('Abicus', 'Abacus')],
    },
  },
  {
    source: 'https://f3louisville.com/2021/06/28/back-blast-the-motivator-at-the-abyss-06-28-2021/',
    posted: '2021-06-28',
    poster: 'Jolly Rancher',
    channel: 'ao-the-abyss',
    text: `Back Blast – The Motivator at The Abyss – 06/28/2021

Not going to say it was easy getting up this morning, but I definitely needed it. So, it was good that I picked up the Q yesterday to force myself out of bed.

• Air Raid (R)
• Abacus
• Uncle Sam (R)
• Kitty Litter
• Flip Flop
• Jolly Rancher (Q)

Disclaimers were provided just as Flip Flop was exiting his truck. From there, we circled up around the center court for some COP.

• SSH
• Downward Dog + Runners Stretches
• Abe Vigodas
• Toy Soldiers

Thang 1 – Merkin Bear Crawl up and down the basketball court.
Thang 2 – Deck of Pain, each PAX picked the exercise for a suit:
• Flip Flop – Clubs – Curls
• Uncle Sam – Spades – One-Arm Rows`,
    want: {
      title: 'The Motivator at The Abyss - 06/28/2021', date: '2021-06-28', ao: 'ao-the-abyss', q: 'Jolly Rancher',
      pax: ['Air Raid', 'Abacus', 'Uncle Sam', 'Kitty Litter', 'Flip Flop'], count: 6,
    },
  },
  {
    source: 'https://f3cherokee.com/backblasts/ill-take-hobgood-park-for-400-please/',
    posted: '2021-04-17',
    poster: 'Twinkle Toes',
    text: `I’ll Take Hobgood Park for 400, Please
AO: WarTowne
When: 04/17/2021
Number of Pax: 4
Pax Names: Farm Country, Maaco, Twinkle Toes,
Number of FNGS: 0
FNG Names:
QIC: Twinkle Toes
INTRO: How much do you know about the AO where you regularly post? YHC decided to find out…and test the WarTowne PAX on their knowledge of Hobgood Park.
WARM-O-RAMA: Mosey to the amphitheater for SSH (IC), Weed Pickers (IC), Imperial Walkers (IC).
THE THANG: Mosey around the park, stop and ask a question; 31 reps for a right answer, 41 for a wrong one.`,
    want: {
      title: "I'll Take Hobgood Park for 400, Please", date: '2021-04-17', ao: 'ao-wartowne', q: 'Twinkle Toes', pax: ['Farm Country', 'Maaco'], count: 4,
      warnings: [warn.countOff(4, 3)],
    },
  },
  {
    source: 'https://f3cherokee.com/backblasts/tennis-can-baton/',
    posted: '2020-03-10',
    poster: 'Quagmire',
    text: `Tennis Can Baton
AO: Wicked Witch
When: 03/10/2020
Number of Pax: 12
Pax Names: Drumstick, Exile, Floppy, Garfield, Haggis, Hombre, LawDog, Manning, Mickey, Odd Job, Quagmire, The Mole,
Number of FNGS: 0
FNG Names:
QIC: Quagmire
The BackBlast:
Mosey toward the Powerlines, up for Quadmires and 25 silent count SSH.
The Thang: a tennis can filled with exercises on folded cards, passed along the trail as a baton; every 2-3 min the PAX holding it draws the next exercise.
Welcome Exile! His first visit to the Witch.`,
    want: {
      title: 'Tennis Can Baton', date: '2020-03-10', ao: 'ao-wicked-witch', q: 'Quagmire',
      pax: ['Drumstick', 'Exile', 'Floppy', 'Garfield', 'Haggis', 'Hombre', 'LawDog', 'Manning', 'Mickey', 'Odd Job', 'The Mole'], count: 12,
    },
  },
  {
    // "FNG Quinn aka G.L.O.W.": the FNG's F3 name is the one after "aka".
    source: 'https://f3kernersville.com/2020/05/09/backblast-7-11-may-9-2020/',
    posted: '2020-05-09',
    poster: 'FloRida',
    text: `BackBlast: 7-11 May 9, 2020

Seven lockdown escapees stared down a late spring frost to post to the outdoor auditorium. QIC FloRida selected the correct parking spots but the incorrect AO; the always gracious Sludge yielded the amphitheatre, and two competing beatdowns went off without a hitch.

The Pax: Kay, Duvet, Tardy, FNG Quinn aka G.L.O.W., Lucky Charms, Dr. Evil and FloRida (QIC).

Warmarama: 15 SSH, 10 Chinooks, 10 Sungods, 10 Seam Rippers, 10 Peter Parkers.
Abyss Merkins on the benches and Lt. Dans in the parking lot, then dips and Bobby Hurleys.
Mary: 20 American Hammers
Sludge’s Sharks joined FloRida’s Jets for FNG naming and a distanced Circle of Trust. FNG Quinn settled on the F3 name G.L.O.W.

Sludge led us out. Always an honor! FloRida`,
    want: {
      title: '7-11 May 9, 2020', date: '2020-05-09', ao: 'backblasts', q: 'FloRida', pax: ['Kay', 'Duvet', 'Tardy', 'Lucky Charms', 'Dr. Evil'], fngs: ['G.L.O.W.'], count: 7,
    },
  },
  {
    source: 'https://f3suncoast.com/backblasts/emergen-q-at-publix/',
    posted: '2023-07-01',
    poster: 'Sugar',
    text: `Emergen-Q at Publix
AO: Centennial Park
When: 07/01/2023
Number of Pax: 2
Pax Names: Guide Dog, Sugar,
Number of FNGS: 0
FNG Names:
QIC: Sugar
The BackBlast:
Late-ish Thursday, the plea went out. The Q for Friday had major car trouble. Somebody else would need to Q in the morning. YHC stepped up.
5:30 at Publix rolled around. The preamble and disclaimer were given and PAX started on a warm up mosey, ending with Merkin-Jax.
Descending dips and derkins at the corner wall, squat thrusts and smurf jacks up to 10:10 along the lamp posts, a modiDora, and a couple rounds of Mary.`,
    want: { title: 'Emergen-Q at Publix', date: '2023-07-01', ao: 'ao-centennial-park', q: 'Sugar', pax: ['Guide Dog'], count: 2 },
  },
  {
    source: 'https://f3suncoast.com/backblasts/4-corners-x-2/',
    posted: '2021-12-13',
    poster: 'Crabcakes',
    text: `4 Corners x 2
AO: Dixieland - Monday
When: 12/13/2021
Number of Pax: 12
Pax Names: Cavallino, Chilipepper, Crabcakes, Goob, Hacksaw, Lobstah, Manziel, Mrs. Doubtfire, Posh, Rapino, Spartan, Stagecoach,
Number of FNGS: 1
FNG Names: Hacksaw
QIC: Crabcakes
The BackBlast:
70 degrees and humid. YHC placed 4 glowsticks at the 4 corners of the parking lot.
At 0515 Core Principles were reviewed in detail due to the presence of an FNG, who we later found out was an attorney.
Mosey’d 1.5 times around the parking lot and circled up for COP: Strawberry Picker IC, Arm Circles OYO, Michael Phelps OYO.
The Thang: a modified 4 corners, twice around: 5, 10, 15, 20 and back down.`,
    want: {
      title: '4 Corners x 2', date: '2021-12-13', ao: 'ao-dixieland', q: 'Crabcakes',
      pax: ['Cavallino', 'Chilipepper', 'Goob', 'Lobstah', 'Manziel', 'Mrs. Doubtfire', 'Posh', 'Rapino', 'Spartan', 'Stagecoach'], fngs: ['Hacksaw'], count: 12,
    },
  },
  {
    // @Archive in the prayer line did not post. Beaker is nobody in this corpus's directory (an FNG elsewhere).
    source: 'https://f3wheaton.com/2021/07/16/backblast-thursday-7-15-21-sagas-birthday-beatdown-ao-mastodon/',
    posted: '2021-07-16',
    poster: 'SAGA',
    text: `BACKBLAST: Thursday 7.15.21 “SAGA’s Birthday Beatdown @ AO Mastodon

Thanks to all the HIMs who came out to celebrate my first year of F3 life. The day was full of baptisms in the gloom due to the plentiful rain, fun with balloons, and a beatdown on Hoffa.

WOR: to the tune of “Don’t Worry Be Happy”: Birthbees / Mt. Climbers / Abe Vigodas / Arm Circles

THANG 1: SAGA’s Balloon Extravaganza, four groups of four behind the pull-up bar.
THANG 2: 45 to 1, honoring both SAGA’s hospital age and his F3 age.

CoR/NoR/Cot: 17 PAX in attendance: @Aloha @Banks @Beaker @Cookies @Da Vinci @Hotbox @Jolly @Panda Express @Panhandle @SAGA (Q) @Shiplap @Sparrow @Squatty @TBTF @T-Bone (respect) @Tortuga (respect) @Whittler

Prayers for Cuba & Haiti, @Whittler’s coming move, @Banks’ house selling, @Archive’s job interview, @Hotbox future opportunities`,
    want: {
      title: 'Thursday 7.15.21 "SAGA\'s Birthday Beatdown @ AO Mastodon', date: '2021-07-15', ao: 'ao_mastodon', q: 'SAGA',
      pax: ['Aloha', 'Banks', 'Cookies', 'Da Vinci', 'Hotbox', 'Jolly', 'Panda Express', 'Panhandle', 'Shiplap', 'Sparrow', 'Squatty', 'TBTF', 'T-Bone', 'Tortuga', 'Whittler'],
      unresolved: ['Beaker'], count: 17,
    },
  },
  {
    source: 'https://f3louisville.com/2018/09/19/9-18-18-backblast-f3louisvillecarpenter/',
    posted: '2018-09-18',
    poster: 'Zoolander',
    channel: 'ao-carpenter',
    text: `9.18.18 BackBlast @F3LouisvilleCarpenter

5 High Quality Pax

Trump! – TANKED and the Knee is rounding into form nicely. Just spectacular.
Grinder – TANKED and was an early HC. He said on Monday he would HC if I avoided the “Managed meadows”. Done. Stud.
FloJo – TANKED and the Larry Bird of the Carp. Solo EC run prior to workout.
Zartan – My accountability partner. He texted on Monday looking for a ride. Z wore No tank. No problem. He crushed.

Q- Zoolander

Side note. I see on Slack that Huggies is running point on the Ranger panty Ruck. Kudos!`,
    want: {
      title: '9.18.18 @F3LouisvilleCarpenter', date: '2018-09-18', ao: 'ao-carpenter', q: 'Zoolander', pax: ['Trump', 'Grinder', 'FloJo', 'Zartan'], count: 5,
    },
  },
  {
    // "2 Wheel" is a name, not a count.
    source: 'https://f3hamptonroads.com/backblasts/gas-station-courtesy-of-gas-station/',
    posted: '2022-10-14',
    poster: 'Waze',
    text: `Gas Station, Courtesy of Gas Station
AO: Gas Station
When: 10/14/2022
Number of Pax: 3
Pax Names: 2 Wheel, Marvel,
Number of FNGS: 0
FNG Names:
QIC: Waze
The BackBlast:
High 50s and misty
F3 & Covid Disclosures
Toy Soldiers, TTT, Michael Phelps
The Thang: a deck of cards and cones at the four corners of the parking lot; the suit and number pulled set the station, how we got there and the exercise.
From The Confessions of St. Augustine: only that which is good can be corrupted.
• Pax were Waze, 2 Wheel and Marvel. I find the tagged pax often drop off when posting a back blast.`,
    want: { title: 'Gas Station, Courtesy of Gas Station', date: '2022-10-14', ao: 'ao-gas-station', q: 'Waze', pax: ['2 Wheel', 'Marvel'], count: 3 },
  },
  {
    source: 'https://f3suncoast.com/backblasts/ladder-of-success-turned-highway-to-hell/',
    posted: '2020-10-26',
    poster: 'Ripken',
    text: `Ladder of Success Turned Highway to Hell
AO: Dixieland - Monday
When: 10/26/2020
Number of Pax: 7
Pax Names: Cavallino, Goob, Lancelot, Manziel, Posh, Pudge, Ripken,
Number of FNGS: 0
FNG Names:
QIC: Ripken
The BackBlast:
If downhill was a slippery slope, this beatdown turned Avalanche by 5:18 a.m. The 5 core principles were stated; the Mission Statement and Disclaimer were acknowledged but not given.
Circle of pain: SSH, Merkins, Imperial Walkers and Hillbilly Walkers, then 100 Grady Corns to the mumble chatter of Pudge.
Set 1 – Merkins 10, 20, 30 between the flashing lights, choose your mode of transportation.`,
    want: {
      title: 'Ladder of Success Turned Highway to Hell', date: '2020-10-26', ao: 'ao-dixieland', q: 'Ripken',
      pax: ['Cavallino', 'Goob', 'Lancelot', 'Manziel', 'Posh', 'Pudge'], count: 7,
    },
  },
  none('Missing-backblast reminder with the PAX one a line (region #backblasts shape)', 'Feud', '2019-03-25', `Reminder: the backblast for Saturday at Boondocks is still missing! These PAX posted, tag yourselves when it is up:
• Feud
• Twister
• Butcher`),
  none('A backblast promised for later, names one a line (shape)', 'Feud', '2019-03-30', `Backblast coming later today. Thanks to:
• Feud
• Twister
• Butcher
• Extinguisher`),
  none('Weekly shout-outs, "Name – a word about him" (shape of https://f3louisville.com/2018/09/19/9-18-18-backblast-f3louisvillecarpenter/ without a workout)', 'Zoolander', '2018-09-21', `Great work this week men. Shout outs:
Grinder – TANKED and crushed the hills
Zartan – new PR on the mile
Trump – back from injury`),
  none('https://www.f3midlands.com/other/f3-cola-8-year-anniversary-halloween-explosion-extravaganza-convergence-pre-blast', 'Olive Oil', '2020-10-26', `• When: 2020-10-31
• QIC: F3 Columbia

F3 Cola 8-Year Anniversary Halloween Explosion Extravaganza Convergence (Pre-Blast)

When: 2020-10-31 0700
QIC- F3 Columbia
The PAX- All who choose to attend
Where: Memorial Stadium-1100 S Holly Street, Columbia, SC 29205

The beat down begins at 0700 on Saturday at the Memorial Stadium parking lot. There will be 5 stations, led by 5 different Qs. Bring an FNG.`),
  none('https://f3raleigh.com/the-gambler (event announcement)', 'Callahan', '2020-03-01', `An F3 Raleigh Custom CSAUP Event: The Gambler
Date: April 25, 2020
Time: 0500 – 1200
Cost: $200/team of 4
Teams of four will launch from the NC Museum of Art at 0500 and navigate from waypoint to waypoint under a ruck. Collect at least five waypoints to earn your patch.`),
  none('https://f3nashville.com/category/westeros/page/11 (It\'s Not About You)', 'Faulkner', '2019-09-16', `It’s Not About You
Why do we post Back Blasts? A recap of the workout, a place to recognize those who posted, a way to track numbers and growth, a way to make announcements. You’re a leader and part of Qing a workout is writing the BB.
Been doing three F3 workouts a week by following the backblasts, a PAX wrote from overseas. Praying for those mentioned in backblasts.`),
  none('https://f3louisville.com/author/backdraft2/ (07-13-19 Pre-blast – 2 Year Postiversary @ Le Mutt)', 'Backdraft', '2019-07-12', `07-13-19 Pre-blast – Backdraft/Geppetto (Ghost) Q – 2 Year Postiversary @ Le Mutt

Tomorrow is the Backdraft/Geppetto 2 year postiversary at The Mutt! Geppetto will be unable to attend; he will be there in spirit as we do a few of his favourites.
Q: Backdraft
PAX: bring a coupon`),
  none('http://f3swamprabbit.com/Cat/backblast/page/82/ (F3 Golf Classic – Update)', 'Turban', '2016-05-02', `F3 Golf Classic – May 29 at 1pm – Olde Sycamore Golf Club
We tee off on May 29, but we owe the club hard commit numbers by MAY 15. We are 2/3 full.
Q: the Golf Qs, F3Golf at Gmail
PAX: sign up on the REGISTRATION page and post a comment once you do.`),
  none('https://www.f3enc.com/backblasts/general/surrender-the-booty-flag-f3stbflag/ (announcement filed under backblasts)', 'T-Bone', '2016-08-15', `• When: 08/15/16
• QIC: T-Bone

Surrender the Booty Flag
She will be located at an AO and will remain at that AO until 5 PAX from another AO plan and execute the steal. The flag goes on tour 8/22/16 and into play on 8/29/16. Follow @F3STBFLAG to know where she is.`),
  none('http://f3grandstrand.myrtlebeacheventmaps.com/category/backblast/ (a listing of backblasts)', 'Flash', '2017-11-20', `BackBlast ElevationMonday
Elevation Monday, the newest little brother of our region! Numbers were scarce when I posted in Slack yesterday. Got T&C and Lombardi to HC, so away we go to the Crown Reef. Read More
BackBlast BOMBS for Big Monday
AO BombSquad Conditions Upper 40’s, Cool and clear. One of my favorite days to Q. Read More`),
];
