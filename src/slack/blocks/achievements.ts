import type { KnownBlock } from '@slack/types';
import { escapeMrkdwn } from '../../backblast/format.js';
import type { AchievementDef } from '../../achievements/catalogue.js';
import type { StoredAward } from '../../db/queries/achievements.js';

// Achievements in Block Kit: a man's awards (for /mystats and the App Home) and the catalogue.

const SHOWN = 15;

export const section = (text: string): KnownBlock => ({ type: 'section', text: { type: 'mrkdwn', text: text.slice(0, 2990) } });

export function awardLines(awards: readonly StoredAward[]): string {
  const lines = awards.slice(0, SHOWN).map((a) => `:trophy: *${escapeMrkdwn(a.name)}*, ${a.date}`);
  if (awards.length > SHOWN) lines.push(`…and ${awards.length - SHOWN} more`);
  return lines.join('\n');
}

/** His achievements, newest first; nothing when he has none. */
export function achievementBlocks(awards: readonly StoredAward[]): KnownBlock[] {
  if (awards.length === 0) return [];
  return [section(`*Achievements (${awards.length})*\n${awardLines(awards)}`)];
}

export function catalogueLines(defs: readonly AchievementDef[]): string {
  return defs
    .map(
      (d) =>
        `${d.enabled ? ':white_check_mark:' : ':no_entry_sign:'} *${escapeMrkdwn(d.name)}* (\`${d.code}\`): ${escapeMrkdwn(d.description)}${d.builtin ? '' : ' _(ours)_'}`,
    )
    .join('\n');
}
