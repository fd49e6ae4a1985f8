/** Slack's error code of a failed Web API call (`user_not_found`, `not_in_channel`, …). */
export function slackError(err: unknown): string | undefined {
  const data = (err as { data?: { error?: unknown } })?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

/** An error as a log field: code and message, never the request (which carries the token). */
export function errorFields(err: unknown): { message: string; code?: string; error?: string } {
  const e = err as { message?: string; code?: string };
  return { message: String(e?.message ?? err), code: e?.code, error: slackError(err) };
}
