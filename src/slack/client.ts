import webApi, { WebClient } from '@slack/web-api';
import type { Settings } from '../config.js';
import { boltLogger, type Logger } from '../log.js';

// Node's ESM loader does not see `retryPolicies` among the CommonJS build's named exports.
const { retryPolicies } = webApi;

/**
 * A Web API client for work outside a Bolt listener (jobs, the CLI): the bot token, SLACK_API_URL when
 * set, our logger, and retries (a 429 waits out its Retry-After, then tries again).
 */
export function createWebClient(settings: Pick<Settings, 'slackBotToken' | 'slackApiUrl'>, log?: Logger): WebClient {
  return new WebClient(settings.slackBotToken, {
    ...(settings.slackApiUrl ? { slackApiUrl: settings.slackApiUrl } : {}),
    ...(log ? { logger: boltLogger(log) } : {}),
    retryConfig: retryPolicies.fiveRetriesInFiveMinutes,
  });
}
