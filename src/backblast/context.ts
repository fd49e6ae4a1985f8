// The indexes parse() needs, built once per context (and per users/channels array) and reused:
// memoised in WeakMaps, so they go away with the context and parse() stays pure.

import { Calendar } from './dates.js';
import { ChannelDirectory, UserDirectory } from './people.js';
import type { ParseContext, SlackChannel, SlackUser } from './types.js';

export interface ContextIndex {
  users: UserDirectory;
  channels: ChannelDirectory;
  /** Calendar days in the region's time zone. */
  calendar: Calendar;
}

const byContext = new WeakMap<ParseContext, ContextIndex>();
const byUsers = new WeakMap<readonly SlackUser[], UserDirectory>();
const byChannels = new WeakMap<readonly SlackChannel[], ChannelDirectory>();

/** The user directory of a users array, built on first use. */
export function userDirectory(users: readonly SlackUser[]): UserDirectory {
  let dir = byUsers.get(users);
  if (!dir) byUsers.set(users, (dir = new UserDirectory(users)));
  return dir;
}

/** The channel directory of a channels array, built on first use. */
export function channelDirectory(channels: readonly SlackChannel[]): ChannelDirectory {
  let dir = byChannels.get(channels);
  if (!dir) byChannels.set(channels, (dir = new ChannelDirectory(channels)));
  return dir;
}

/** Everything parse() looks up for a context; throws a RangeError for an unknown time zone. */
export function contextIndex(ctx: ParseContext): ContextIndex {
  let index = byContext.get(ctx);
  if (!index) {
    index = { users: userDirectory(ctx.users), channels: channelDirectory(ctx.channels), calendar: new Calendar(ctx.tz) };
    byContext.set(ctx, index);
  }
  return index;
}
