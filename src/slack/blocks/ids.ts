// Names Slack sends back to us: the command, the shortcut, the modal's callback, the Edit button.

export const BACKBLAST_COMMAND = '/backblast';
export const BACKBLAST_SHORTCUT = 'backblast';
export const BACKBLAST_FORM = 'backblast_form';
export const EDIT_BACKBLAST = 'backblast_edit';

/** Which message an Edit button is about (its `value`). */
export interface EditTarget {
  channel: string;
  ts: string;
}

export function editValue(target: EditTarget): string {
  return JSON.stringify({ channel: target.channel, ts: target.ts });
}

export function readEditValue(value: string | undefined): EditTarget | null {
  if (!value) return null;
  try {
    const v = JSON.parse(value) as Partial<EditTarget>;
    return typeof v.channel === 'string' && typeof v.ts === 'string' ? { channel: v.channel, ts: v.ts } : null;
  } catch {
    return null;
  }
}
