/** A list of strings a beatdown's `json` keeps under `key` (the column holds text or an object); null when none. */
export function jsonStrings(json: unknown, key: string): string[] | null {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch {
      data = null;
    }
  }
  const list = (data as Record<string, unknown> | null)?.[key];
  return Array.isArray(list) ? list.filter((v): v is string => typeof v === 'string') : null;
}

/** The Co-Qs of a beatdown: the `coq_user_ids` list its `json` keeps, else PAXminer's one `coq_user_id`. */
export function coqsOf(coqUserId: string | null, json: unknown): string[] {
  const ids = jsonStrings(json, 'coq_user_ids') ?? [];
  if (coqUserId && !ids.includes(coqUserId)) ids.unshift(coqUserId);
  return ids;
}
