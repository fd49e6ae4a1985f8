/** The Co-Qs of a beatdown: the `coq_user_ids` list its `json` keeps, else PAXminer's one `coq_user_id`. */
export function coqsOf(coqUserId: string | null, json: unknown): string[] {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch {
      data = null;
    }
  }
  const list = (data as { coq_user_ids?: unknown } | null)?.coq_user_ids;
  const ids = Array.isArray(list) ? list.filter((v): v is string => typeof v === 'string') : [];
  if (coqUserId && !ids.includes(coqUserId)) ids.unshift(coqUserId);
  return ids;
}
