import type { App } from '@slack/bolt';
import type { RegionContext } from '../../region.js';

/** Registers every listener; each lives in its own file under events/, commands/, views/, actions/, shortcuts/. */
export function registerListeners(_app: App, _ctx: RegionContext): void {
  // Listeners are added by the features that need them.
}
