import {
  addAchievement,
  listAchievements,
  seedCatalogue,
  setAchievementEnabled,
  storeAwards,
} from '../db/queries/achievements.js';
import type { Db } from '../db/types.js';
import { COUNTED, PERIODS, codeOf, describeRule, type AchievementDef, type Counted, type Period } from './catalogue.js';
import { findAchievement } from './manual.js';

// What region admins do with the catalogue: switch entries on and off, add the region's own, award
// one by hand. Problems come back as AchievementProblem with a sentence for the admin.

export class AchievementProblem extends Error {}

export async function catalogue(db: Db): Promise<AchievementDef[]> {
  await seedCatalogue(db);
  return listAchievements(db);
}

async function named(db: Db, typed: string): Promise<AchievementDef> {
  const def = findAchievement(await catalogue(db), typed);
  if (!def) throw new AchievementProblem(`There is no achievement called '${typed}'. \`/paxminer achievements\` lists them.`);
  return def;
}

export async function switchAchievement(db: Db, typed: string, on: boolean): Promise<AchievementDef> {
  const def = await named(db, typed);
  await setAchievementEnabled(db, def.id, on);
  return { ...def, enabled: on };
}

/**
 * The region's own achievement from what an admin typed: `NAME manual`, or `NAME COUNTED THRESHOLD
 * PERIOD` (e.g. `Iron Man posts 30 month`), the name in quotes or the words before the rule.
 */
export async function addRegionAchievement(db: Db, words: readonly string[]): Promise<AchievementDef> {
  const text = words.join(' ').trim();
  const m = /^"?(.+?)"?\s+(\w+)(?:\s+(\d+)\s+(\w+))?$/.exec(text);
  const counted = m?.[2]?.toLowerCase().replace('-', '_') as Counted | undefined;
  if (!m || !counted || !COUNTED.includes(counted) || (counted === 'manual') !== (m[3] === undefined)) {
    throw new AchievementProblem(
      `Give a name and a rule: \`NAME manual\`, or \`NAME COUNTED THRESHOLD PERIOD\` where COUNTED is one of ${COUNTED.filter((c) => c !== 'manual').join(', ')} and PERIOD one of ${PERIODS.join(', ')}.`,
    );
  }
  const name = m[1]!.replace(/^"|"$/g, '').trim();
  const period = (m[4]?.toLowerCase() ?? 'ever') as Period;
  const threshold = m[3] === undefined ? null : Number(m[3]);
  if (!PERIODS.includes(period)) throw new AchievementProblem(`The period is one of ${PERIODS.join(', ')}, not '${m[4]}'.`);
  if (threshold !== null && (threshold < 1 || threshold > 1000))
    throw new AchievementProblem('The threshold is a whole number from 1 to 1000.');
  const code = codeOf(name);
  if (!code || name.length > 100) throw new AchievementProblem('The name needs a letter or a digit, and at most 100 characters.');
  const all = await catalogue(db);
  if (findAchievement(all, name)) throw new AchievementProblem(`There already is an achievement called '${name}'.`);
  const description = describeRule(counted, threshold, period, 'Awarded by hand');
  await addAchievement(db, { code, name, counted, threshold, period, description, verb: description.toLowerCase() });
  return (await listAchievements(db)).find((d) => d.code === code)!;
}

/** A hand award, once per man, achievement and day; announced by the next achievements run. */
export async function awardByHand(
  db: Db,
  userId: string,
  typed: string,
  today: string,
  at: number,
): Promise<{ def: AchievementDef; isNew: boolean }> {
  const def = await named(db, typed);
  const stored = await storeAwards(db, [
    {
      achievement_id: def.id,
      pax_id: userId,
      date_awarded: today,
      period: today,
      source: 'admin',
      status: 'pending',
      channel_id: null,
      message_ts: null,
      error: null,
      created: at,
      updated: at,
    },
  ]);
  return { def, isNew: stored > 0 };
}
