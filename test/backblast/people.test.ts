import { describe, expect, it } from 'vitest';
import { channelDirectory, userDirectory } from '../../src/backblast/context.js';
import { readPeople } from '../../src/backblast/lists.js';
import { ChannelDirectory, UserDirectory } from '../../src/backblast/people.js';
import { ctx } from './fixtures/index.js';

const users = new UserDirectory(ctx.users);
const channels = new ChannelDirectory(ctx.channels);
const read = (value: string, poster?: string) => readPeople(value, users, poster);
const ids = (value: string, poster?: string) => read(value, poster).people.map((p) => p.id ?? `?${p.name}`);

describe('UserDirectory.resolve', () => {
  it.each([
    ['Captain Crunch', 'U01CRUNCH'],
    ['captain crunch', 'U01CRUNCH'],
    ['CaptainCrunch', 'U01CRUNCH'],
    ['@Stock boy', 'U02STOCK'],
    ['stock_boy', 'U02STOCK'],
    ["O'Doyle", 'U05ODOYLE'],
    ['O’Doyle', 'U05ODOYLE'],
    ['ODoyle', 'U05ODOYLE'],
    ['Senor Chang', 'U06CHANG'],
    ['señor chang', 'U06CHANG'],
    ['Mr Clean', 'U15CLEAN'],
    ['Zoe', 'U23ZOE'],
    ['Pete Dawson', 'U04SLICE'],
    ['pdawson', 'U04SLICE'],
    ['Sparky McGee', 'U11SPARKY'],
    ['Defrost', 'U12DEFROST'],
    ['Defrost (F3 Naperville)', 'U12DEFROST'],
    ['Old Yeller', 'U19YELLER'],
  ])('%s → %s', (name, id) => {
    expect(users.resolve(name)).toBe(id);
  });

  it('resolves no one for unknown, shared, bot and Slackbot names', () => {
    expect(users.resolve('Tumbleweed')).toBeNull();
    expect(users.resolve('Tank')).toBeNull();
    expect(users.resolve('PAXminer')).toBeNull();
    expect(users.resolve('Slackbot')).toBeNull();
  });

  it('prefers a display name over another user’s real name', () => {
    const dir = new UserDirectory([
      { id: 'U1', name: 'slice1', profile: { display_name: 'Doppler', real_name: 'Dan One' } },
      { id: 'U2', name: 'doppler', profile: { display_name: 'Rain Man', real_name: 'Doppler' } },
    ]);
    expect(dir.resolve('Doppler')).toBe('U1');
    expect(dir.resolve('Rain Man')).toBe('U2');
  });

  it('prefers an active user over a deactivated one of the same name', () => {
    const dir = new UserDirectory([
      { id: 'U1', deleted: true, profile: { display_name: 'Slice' } },
      { id: 'U2', profile: { display_name: 'Slice' } },
    ]);
    expect(dir.resolve('Slice')).toBe('U2');
  });

  it('gives the name a person goes by', () => {
    expect(users.displayName('U11SPARKY')).toBe('Sparky McGee');
    expect(users.displayName('U04SLICE')).toBe('Slice');
    expect(users.displayName('U404')).toBe('U404');
  });
});

describe('readPeople', () => {
  it('splits typed @names, longest name first', () => {
    expect(ids('@Captain Crunch@Stock boy')).toEqual(['U01CRUNCH', 'U02STOCK']);
    expect(ids('@Captain @Captain Crunch')).toEqual(['U09CAPTAIN', 'U01CRUNCH']);
    expect(ids('@Captain Crunch Stock Boy Doppler')).toEqual(['U01CRUNCH', 'U02STOCK', 'U03DOPPLER']);
  });

  it('keeps an unknown @name whole, and unknown words between known names together', () => {
    expect(ids('@Bacon Bacon Bacon @Focker')).toEqual(['?Bacon Bacon Bacon', 'U22FOCKER']);
    expect(ids('Slice Bob Jones Doppler')).toEqual(['U04SLICE', '?Bob Jones', 'U03DOPPLER']);
    expect(ids('Captain Crunchy')).toEqual(['?Captain Crunchy']);
  });

  it('splits on commas, semicolons, slashes, "and", "&" and new lines', () => {
    expect(ids('Slice, Doppler; Cookie / Drone and Sandbag & Zoe\nRadio')).toEqual([
      'U04SLICE', 'U03DOPPLER', 'U07COOKIE', 'U08DRONE', 'U24SANDBAG', 'U23ZOE', 'U10RADIO',
    ]);
  });

  it('reads mentions, with or without a name, next to each other', () => {
    expect(ids('<@U04SLICE><@U03DOPPLER|doppler>, <@W0ENTERPRISE>')).toEqual(['U04SLICE', 'U03DOPPLER', 'W0ENTERPRISE']);
  });

  it('drops annotations, but marks FNGs', () => {
    const list = read('Slice (R), Tumbleweed (FNG), <@U03DOPPLER> [fng], Cookie (@Drone)');
    expect(list.people.map((p) => [p.id ?? p.name, p.fng])).toEqual([
      ['U04SLICE', false], ['Tumbleweed', true], ['U03DOPPLER', true], ['U07COOKIE', false],
    ]);
  });

  it('marks the Q and Co-Qs written in brackets', () => {
    const list = read('Lawsuit (VQ), Focker, Sandbag (Co-Q), <@U03DOPPLER> (QIC), Slice (R)');
    expect(list.people.map((p) => [p.id, p.role])).toEqual([
      ['U21LAWSUIT', 'q'], ['U22FOCKER', undefined], ['U24SANDBAG', 'coq'], ['U03DOPPLER', 'q'], ['U04SLICE', undefined],
    ]);
    expect(ids('<@U04SLICE> (Co-Q <@U03DOPPLER>)')).toEqual(['U04SLICE', 'U03DOPPLER']);
  });

  it('reads the word FNG beside a name as a mark, and alone as an unnamed FNG', () => {
    const list = read('Doppler, FNG Daunte, Atlas - FNG, Bob FNG, Cookie, FNG');
    expect(list.people.map((p) => [p.id ?? p.name, p.fng])).toEqual([
      ['U03DOPPLER', false], ['Daunte', true], ['Atlas', true], ['Bob', true], ['U07COOKIE', false],
    ]);
    expect(list.fngs).toBe(1);
  });

  it('splits a Q and a Co-Q joined by "w/" or "with"', () => {
    expect(ids('Slice w/ Doppler')).toEqual(['U04SLICE', 'U03DOPPLER']);
    expect(ids('@Slice with @Cookie')).toEqual(['U04SLICE', 'U07COOKIE']);
  });

  it('counts unnamed others without naming them', () => {
    expect(read('Slice, Doppler and 2 others')).toMatchObject({ others: 2, people: [{ id: 'U04SLICE' }, { id: 'U03DOPPLER' }] });
    expect(read('Slice and a couple of others').others).toBe(2);
    expect(read('Slice and a few others').others).toBe(0);
  });

  it('reads YHC as the poster, and skips it without one', () => {
    expect(ids('YHC, Slice', 'U02STOCK')).toEqual(['U02STOCK', 'U04SLICE']);
    expect(ids('yours truly', 'U02STOCK')).toEqual(['U02STOCK']);
    expect(ids('YHC, Slice')).toEqual(['U04SLICE']);
  });

  it('skips words that are not people', () => {
    expect(ids('None')).toEqual([]);
    expect(ids('n/a')).toEqual([]);
    expect(ids('N/A, others')).toEqual([]);
    expect(ids('Slice and a few others')).toEqual(['U04SLICE']);
    expect(ids('-')).toEqual([]);
    expect(ids('see above')).toEqual([]);
    expect(ids('Yes - Tumbleweed')).toEqual(['?Tumbleweed']);
  });

  it('reads numbers as counts, not people', () => {
    expect(read('2')).toMatchObject({ people: [], number: 2 });
    expect(read('1 Radio')).toMatchObject({ number: 1, people: [{ id: 'U10RADIO' }] });
    expect(read('3 - Tumbleweed, Atlas, Gopher').number).toBe(3);
    expect(read('three').number).toBe(3);
    expect(read('(7) @Slice @Doppler').number).toBe(7);
    expect(read('Slice, Doppler, 2 FNGs')).toMatchObject({ fngs: 2, number: null });
  });
});

describe('ChannelDirectory.resolve', () => {
  it.each([
    ['<#C02FOUNDRY>', 'C02FOUNDRY'],
    ['<#C02FOUNDRY|ao-foundry>', 'C02FOUNDRY'],
    ['<#C05IRON|>', 'C05IRON'],
    ['<#C77UNKNOWN>', 'C77UNKNOWN'],
    ['#ao-iron-mountain', 'C05IRON'],
    ['#ao_bleach', 'C04BLEACH'],
    ['The Grind', 'C01GRIND'],
    ['ao grind', 'C01GRIND'],
    ['AO-The-Grind', 'C01GRIND'],
    ['rucking dead', 'C06RUCK'],
    ['Iron Mountain (the big hill)', 'C05IRON'],
    ['Foundry - behind the school', 'C02FOUNDRY'],
  ])('%s → %s', (text, id) => {
    expect(channels.resolve(text)).toBe(id);
  });

  it('matches a hashtag with "the" or "ao" glued to the name', () => {
    expect(channels.resolve('#TheGrind')).toBe('C01GRIND');
    expect(channels.resolve('#AOIronMountain')).toBe('C05IRON');
    expect(channels.resolve('#Theodore')).toBeNull();
  });

  it('matches an AO by all the words of its channel name among more words', () => {
    expect(channels.byWords('Iron Mountain Park')).toBe('C05IRON');
    expect(channels.byWords('the rucking dead ruck club')).toBe('C06RUCK');
    expect(channels.byWords('General Park')).toBeNull();
    expect(channels.byWords('Central Park')).toBeNull();
    const dir = new ChannelDirectory([
      { id: 'C1', name: 'ao-lake' },
      { id: 'C2', name: 'ao-park' },
    ]);
    expect(dir.byWords('Lake Park')).toBeNull();
  });

  it('matches nothing for a place that is no channel', () => {
    expect(channels.resolve('Central Park')).toBeNull();
    expect(channels.resolve('')).toBeNull();
  });

  it('prefers a live channel over an archived one of the same name', () => {
    const dir = new ChannelDirectory([
      { id: 'C1', name: 'ao-grind', is_archived: true },
      { id: 'C2', name: 'the-grind' },
    ]);
    expect(dir.resolve('Grind')).toBe('C2');
  });
});

describe('directory builders', () => {
  it('build once per users or channels array', () => {
    expect(userDirectory(ctx.users)).toBe(userDirectory(ctx.users));
    expect(channelDirectory(ctx.channels)).toBe(channelDirectory(ctx.channels));
    expect(userDirectory([...ctx.users])).not.toBe(userDirectory(ctx.users));
  });
});
