// Weekdays and hours in a region's time zone.

/** 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

const hours = new Map<string, Intl.DateTimeFormat>();

/** The hour (0–23) of an instant in a time zone. */
export function hourIn(tz: string, instant: number): number {
  let f = hours.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: tz, hour: 'numeric', hourCycle: 'h23' });
    hours.set(tz, f);
  }
  return Number(f.format(instant)) % 24;
}
