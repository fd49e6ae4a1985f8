import { readSettings, writeSetting } from '../db/queries/settings.js';
import type { Db } from '../db/types.js';
import { addDays } from '../time.js';
import { isoWeekday } from './calendar.js';

// When the weekly report goes out and how long a man is away before he is on it (paxminer_settings
// `weekly.day` 1 = Monday … 7 = Sunday, `weekly.hour` 0–23 in the region's time zone, `weekly.weeks`).

export interface WeeklySchedule {
  day: number;
  hour: number;
  weeks: number;
}

export const DEFAULT_SCHEDULE: WeeklySchedule = { day: 1, hour: 8, weeks: 4 };
export const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

function whole(value: string | undefined, min: number, max: number, fallback: number): number {
  const n = Number(value);
  return value !== undefined && Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

export async function weeklySchedule(db: Db): Promise<WeeklySchedule> {
  const s = await readSettings(db);
  return {
    day: whole(s.get('weekly.day'), 1, 7, DEFAULT_SCHEDULE.day),
    hour: whole(s.get('weekly.hour'), 0, 23, DEFAULT_SCHEDULE.hour),
    weeks: whole(s.get('weekly.weeks'), 1, 52, DEFAULT_SCHEDULE.weeks),
  };
}

export async function setWeeklySchedule(db: Db, schedule: Partial<WeeklySchedule>, at: number): Promise<void> {
  for (const [key, value] of Object.entries(schedule))
    if (value !== undefined) await writeSetting(db, `weekly.${key}`, String(value), at);
}

/**
 * The latest scheduled slot at or before a local date and hour: its date names the week's report.
 */
export function latestSlot(schedule: WeeklySchedule, today: string, hour: number): string {
  const back = (isoWeekday(today) - schedule.day + 7) % 7;
  const slot = addDays(today, -back);
  return back === 0 && hour < schedule.hour ? addDays(slot, -7) : slot;
}
