// The weekly streak. Weeks run Monday to Sunday. A PAX's current streak is the number of weeks in a
// row, ending with this week, in which he posted at least once. The week that is still going does not
// break a streak: a PAX who posted every week up to last week and not yet this one keeps his streak.

const DAY_MS = 86_400_000;

/** Monday-based week number of a `YYYY-MM-DD` date (1970-01-01 was a Thursday, in week 0). */
export function weekNumber(date: string): number {
  const days = Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
  return Math.floor((days + 3) / 7);
}

/** The current weekly streak as of `today`, from the days he posted (any order). */
export function weeklyStreak(postDates: readonly string[], today: string): number {
  const thisWeek = weekNumber(today);
  const weeks = new Set(postDates.filter((d) => d <= today).map(weekNumber));
  let week = weeks.has(thisWeek) ? thisWeek : thisWeek - 1;
  let streak = 0;
  while (weeks.has(week)) {
    streak += 1;
    week -= 1;
  }
  return streak;
}
