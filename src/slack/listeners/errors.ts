import type { App } from '@slack/bolt';
import type { RegionContext } from '../../region.js';
import { errorFields } from '../../errors.js';

const APOLOGY = 'Sorry, I could not answer that just now. Please try again in a minute.';
const APOLOGIES: Record<string, string> = {
  '/mystats': 'Sorry, I could not finish your figures just now. Please try again in a minute.',
};

interface Body {
  command?: string;
  text?: string;
  response_url?: string;
  user_id?: string;
  user?: { id?: string };
  event?: { type?: string; user?: string };
}

/**
 * Bolt's one error handler (the app runs with `extendedErrorHandler`): a listener that throws is logged
 * token-safe; a slash command also gets an apology through its response_url. Listeners ack first, so
 * Slack already has its answer.
 */
export function registerErrorHandler(app: App, ctx: RegionContext): void {
  app.error(async ({ error, body }: { error: Error; body?: unknown }) => {
    const err = (error as { original?: unknown }).original ?? error;
    const b = (body ?? {}) as Body;
    const user = b.user_id ?? b.user?.id ?? b.event?.user;
    if (!b.command) {
      ctx.log.warn({ err: errorFields(err), user, event: b.event?.type }, 'a listener failed');
      return;
    }
    ctx.log.error({ err: errorFields(err), user, text: b.text }, `${b.command} failed`);
    if (!b.response_url) return;
    const text = APOLOGIES[b.command] ?? APOLOGY;
    await fetch(b.response_url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ response_type: 'ephemeral', text }),
    }).catch(() => undefined);
  });
}
