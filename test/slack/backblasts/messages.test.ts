import { describe, expect, it } from 'vitest';
import { isOwnPost, readMessageEvent } from '../../../src/slack/backblasts/messages.js';

const base = {
  type: 'message',
  channel: 'C0YARD',
  channel_type: 'channel',
  user: 'U0DOPPLER',
  text: 'Backblast!',
  ts: '1700000000.000100',
};

describe('reading message events', () => {
  it('reads posts, broadcast replies, file shares and app posts as versions of their ts', () => {
    expect(readMessageEvent(base)).toMatchObject({
      kind: 'message',
      version: base.ts,
      edit: false,
      message: { channel: 'C0YARD', ts: base.ts },
    });
    expect(readMessageEvent({ ...base, subtype: 'thread_broadcast', thread_ts: '1699999999.000001' })?.kind).toBe('message');
    expect(readMessageEvent({ ...base, subtype: 'file_share', files: [{ id: 'F1' }] })?.kind).toBe('message');
    expect(readMessageEvent({ ...base, subtype: 'bot_message', bot_id: 'B0SLACKBLAST' })?.kind).toBe('message');
    // A thread's first message (thread_ts equal to its own ts) is a channel post.
    expect(readMessageEvent({ ...base, thread_ts: base.ts })?.kind).toBe('message');
  });

  it('leaves out thread replies, joins and topics, and direct messages', () => {
    expect(readMessageEvent({ ...base, thread_ts: '1699999999.000001' })).toBeNull();
    expect(readMessageEvent({ ...base, subtype: 'channel_join' })).toBeNull();
    expect(readMessageEvent({ ...base, subtype: 'channel_topic' })).toBeNull();
    expect(readMessageEvent({ ...base, channel: 'D0DM', channel_type: 'im' })).toBeNull();
  });

  it('reads an edit as the version of its edit ts, and an edit that changed nothing read (a link preview) as nothing', () => {
    const message = { ...base, text: 'Backblast! v2', edited: { user: 'U0DOPPLER', ts: '1700000100.000000' } };
    const changed = {
      type: 'message',
      subtype: 'message_changed',
      channel: 'C0YARD',
      ts: '1700000100.000200',
      event_ts: '1700000100.000200',
      message,
      previous_message: base,
    };
    expect(readMessageEvent(changed)).toMatchObject({
      kind: 'message',
      version: '1700000100.000000',
      edit: true,
      message: { channel: 'C0YARD', text: 'Backblast! v2' },
    });

    const preview = { ...changed, message: { ...base, attachments: [{ title: 'link' }] } };
    expect(readMessageEvent(preview)).toBeNull();
    const reply = { ...changed, message: { ...message, thread_ts: '1699999999.000001' } };
    expect(readMessageEvent(reply)).toBeNull();
    // An app updating its post without an edit mark: the change event's own ts orders it.
    const appUpdate = { ...changed, message: { ...base, text: 'Backblast! v3', bot_id: 'B0SLACKBLAST' } };
    expect(readMessageEvent(appUpdate)).toMatchObject({ version: '1700000100.000200' });
  });

  it('reads a deletion, and a post deleted under its thread replies (a tombstone)', () => {
    const tombstone = {
      type: 'message',
      subtype: 'message_changed',
      channel: 'C0YARD',
      message: { ...base, subtype: 'tombstone', text: 'This message was deleted.' },
      previous_message: base,
    };
    expect(readMessageEvent(tombstone)).toEqual({ kind: 'deleted', channel: 'C0YARD', ts: base.ts });
    expect(
      readMessageEvent({
        type: 'message',
        subtype: 'message_deleted',
        channel: 'C0YARD',
        deleted_ts: base.ts,
        previous_message: base,
      }),
    ).toEqual({
      kind: 'deleted',
      channel: 'C0YARD',
      ts: base.ts,
    });
  });

  it('knows the bot’s own posts by bot id or bot user', () => {
    expect(isOwnPost({ ts: '1', bot_id: 'BBOT' }, { botId: 'BBOT', botUserId: 'UBOT' })).toBe(true);
    expect(isOwnPost({ ts: '1', user: 'UBOT' }, { botId: 'BBOT', botUserId: 'UBOT' })).toBe(true);
    expect(isOwnPost({ ts: '1', user: 'U0DOPPLER', bot_id: 'B0SLACKBLAST' }, { botId: 'BBOT', botUserId: 'UBOT' })).toBe(false);
    expect(isOwnPost({ ts: '1', user: 'U0DOPPLER' }, {})).toBe(false);
  });
});
