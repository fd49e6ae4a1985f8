import { describe, expect, it } from 'vitest';
import {
  metadataOf,
  parsedOfForm,
  splitNames,
  validateForm,
  valuesOfMetadata,
  valuesOfParsed,
  type FormValues,
} from '../../src/backblast/form.js';
import { formatBackblast } from '../../src/backblast/format.js';
import { parseMessage } from '../../src/backblast/parse.js';
import type { ParseContext } from '../../src/backblast/types.js';

const context: ParseContext = {
  users: [
    { id: 'U0DOPPLER', name: 'doppler', profile: { display_name: 'Doppler' } },
    { id: 'U0MONEYBALL', name: 'moneyball', profile: { display_name: 'Moneyball' } },
    { id: 'U0CHAPPIE', name: 'chappie', profile: { display_name: 'Chappie' } },
  ],
  channels: [{ id: 'C0YARD', name: 'ao-the-yard' }],
  tz: 'America/Chicago',
};

function values(overrides: Partial<FormValues> = {}): FormValues {
  return {
    title: 'Murder bunnies',
    date: '2026-03-14',
    aoChannelId: 'C0YARD',
    qUserId: 'U0DOPPLER',
    coqUserIds: [],
    paxUserIds: ['U0MONEYBALL', 'U0CHAPPIE'],
    paxNames: [],
    fngNames: [],
    count: null,
    moleskin: '',
    ...overrides,
  };
}

const TS = '1773500000.000100'; // 2026-03-14 in Chicago

describe('form values', () => {
  it('splits typed names on commas, semicolons and lines, each once', () => {
    expect(splitNames(' Tumbleweed, @Old Man  Winter;tumbleweed\nRadio,, ')).toEqual(['Tumbleweed', 'Old Man Winter', 'Radio']);
    expect(splitNames(undefined)).toEqual([]);
  });

  it('flags a future date, no PAX, a count out of range, and nothing on a good form', () => {
    expect(validateForm(values(), '2026-03-14')).toEqual({});
    expect(Object.keys(validateForm(values({ date: '2026-03-15' }), '2026-03-14'))).toEqual(['date']);
    expect(Object.keys(validateForm(values({ paxUserIds: [] }), '2026-03-14'))).toEqual(['pax']);
    expect(validateForm(values({ paxUserIds: [], paxNames: ['Radio'] }), '2026-03-14')).toEqual({});
    expect(Object.keys(validateForm(values({ count: 0 }), '2026-03-14'))).toEqual(['count']);
    expect(Object.keys(validateForm(values({ title: ' ', qUserId: '', aoChannelId: '' }), '2026-03-14')).sort()).toEqual([
      'ao',
      'q',
      'title',
    ]);
  });

  it('round-trips through the message metadata, moleskin included', () => {
    const v = values({
      coqUserIds: ['U0CHAPPIE', 'U0DOPPLER'],
      paxNames: ['Radio'],
      fngNames: ['Sprocket'],
      count: 7,
      moleskin: 'Hot.',
    });
    const meta = metadataOf(v, 'U0DOPPLER');
    expect(meta.event_type).toBe('backblast');
    expect(meta.event_payload).toMatchObject({
      version: 1,
      coq_user_ids: ['U0CHAPPIE'],
      posted_by: 'U0DOPPLER',
      moleskin: 'Hot.',
    });
    expect(valuesOfMetadata({ metadata: meta })).toEqual({ ...v, coqUserIds: ['U0CHAPPIE'] });
    expect(valuesOfMetadata({ metadata: { event_type: 'backblast', event_payload: { the_q: 'U0DOPPLER' } } })).toBeNull();
  });

  it('is read by the parser from the metadata exactly as the form path records it', () => {
    const v = values({ paxUserIds: ['U0MONEYBALL', 'U0DOPPLER'], paxNames: ['Radio', 'YHC'], fngNames: ['Radio'], count: null });
    const fromForm = parsedOfForm(v, 'U0CHAPPIE', { ts: TS, channel: 'C0YARD' }, context);
    const text = formatBackblast(v, { paxCount: fromForm.pax_count, fngCount: fromForm.fng_count });
    const fromPost = parseMessage(
      { ts: TS, channel: 'C0YARD', user: 'UBOT', bot_id: 'BBOT', text, metadata: metadataOf(v, 'U0CHAPPIE') },
      context,
    );
    expect(fromPost).toEqual(fromForm);
    expect(fromForm).toMatchObject({ q_user_id: 'U0DOPPLER', date: '2026-03-14', fng_names: ['Radio'], fng_count: 1 });
    expect(fromForm.is_backblast && [...fromForm.pax_user_ids].sort()).toEqual(['U0CHAPPIE', 'U0DOPPLER', 'U0MONEYBALL']);
  });

  it('turns a parsed backblast into form values, keeping a stated count only when it differs', () => {
    const parsed = parseMessage(
      {
        ts: TS,
        channel: 'C0YARD',
        user: 'U0DOPPLER',
        text: 'Backblast! Bunnies\nQ: <@U0DOPPLER>\nPAX: <@U0MONEYBALL>, Radio\nCount: 3',
      },
      context,
    );
    if (!parsed.is_backblast) throw new Error('expected a backblast');
    expect(valuesOfParsed(parsed)).toMatchObject({
      qUserId: 'U0DOPPLER',
      paxUserIds: ['U0MONEYBALL'],
      paxNames: ['Radio'],
      count: null,
      aoChannelId: 'C0YARD',
    });
    expect(valuesOfParsed({ ...parsed, pax_count: 12 }).count).toBe(12);
  });
});

describe('the posted text', () => {
  it('has the PAXminer and slackblast labels, escaped text and the moleskin after a blank line', () => {
    const v = values({
      title: 'Q&A <1>',
      coqUserIds: ['U0CHAPPIE'],
      paxNames: ['Radio'],
      fngNames: ['Sprocket', 'Pixel'],
      moleskin: 'SSH x 20 & more',
    });
    expect(formatBackblast(v, { paxCount: 6, fngCount: 2 }).split('\n')).toEqual([
      '*Backblast! Q&amp;A &lt;1&gt;*',
      '*DATE*: 2026-03-14',
      '*AO*: <#C0YARD>',
      '*Q*: <@U0DOPPLER>',
      '*COQ*: <@U0CHAPPIE>',
      '*PAX*: <@U0DOPPLER> <@U0CHAPPIE> <@U0MONEYBALL> Radio',
      '*FNGs*: 2 Sprocket, Pixel',
      '*COUNT*: 6',
      '',
      'SSH x 20 &amp; more',
    ]);
    expect(formatBackblast(values(), { paxCount: 3, fngCount: 0 })).not.toContain('COQ');
    expect(formatBackblast(values(), { paxCount: 3, fngCount: 0 })).toContain('*FNGs*: None');
  });
});
