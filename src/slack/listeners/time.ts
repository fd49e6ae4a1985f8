import type { App, Context } from '@slack/bolt';
import { dateInZone, type Clock } from '../../time.js';

/** The time of one request, read once from the clock: the instant and that day in the region's time zone. */
export interface RequestTime {
  now: Date;
  today: string;
}

/** Stamps every request with its time before any listener runs; listeners read it with `timeOf`. */
export function registerClock(app: App, tz: string, clock: Clock): void {
  app.use(async ({ context, next }) => {
    const now = clock();
    context.time = { now, today: dateInZone(now, tz) } satisfies RequestTime;
    await next();
  });
}

export function timeOf(context: Context): RequestTime {
  return context.time as RequestTime;
}
