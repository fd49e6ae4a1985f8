import type { ErrorCode } from '@slack/web-api';

// The Web API's own codes, checked against its ErrorCode enum by the type; only the type is imported,
// so the base layer loads no Slack code (the CLI's `parse` and `stats` must not).
const ANSWERED: ReadonlySet<unknown> = new Set<`${ErrorCode}`>([
  'slack_webapi_platform_error',
  'slack_webapi_http_error',
  'slack_webapi_rate_limited_error',
]);

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

/** An error in a few words for a report or a ledger: Slack's code when Slack gave one, else the message. */
export function errorText(err: unknown): string {
  return slackError(err) ?? (err as { message?: string })?.message ?? String(err);
}

/** Whether a Web API failure means Slack answered (so nothing happened); anything else (no answer) is uncertain. */
export function slackAnswered(err: unknown): boolean {
  return ANSWERED.has((err as { code?: unknown })?.code);
}
