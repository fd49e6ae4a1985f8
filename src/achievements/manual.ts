import { codeOf, type AchievementDef } from './catalogue.js';
import { USER_MENTIONS } from '../slack-ids.js';

// Manual awards written into a backblast, weaselbot's convention: a line `Achievement: NAME`, naming
// who earned it with @mentions on the same line (no mention: everyone at the beatdown). Pure.

export interface AchievementLine {
  name: string;
  /** Mentioned user ids; empty means the whole beatdown. */
  userIds: string[];
}

const LINE = /^[\s*_>]*achievements?[\s*_]*:[\s*_]*(.+)$/gim;

export function achievementLines(text: string | null): AchievementLine[] {
  const lines: AchievementLine[] = [];
  for (const m of (text ?? '').matchAll(LINE)) {
    const body = m[1]!;
    const userIds = [...body.matchAll(USER_MENTIONS)].map((u) => u[1]!);
    const name = body
      .replace(USER_MENTIONS, ' ')
      .replace(/@\S+/g, ' ')
      .replace(/^[\s\-–—:,]+|[\s\-–—:,.!*_]+$/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (name) lines.push({ name, userIds: [...new Set(userIds)] });
  }
  return lines;
}

/** The catalogue entry a typed name means: by name or code, ignoring case and punctuation. */
export function findAchievement(defs: readonly AchievementDef[], typed: string): AchievementDef | undefined {
  const code = codeOf(typed);
  return defs.find((d) => d.code === code || codeOf(d.name) === code);
}
