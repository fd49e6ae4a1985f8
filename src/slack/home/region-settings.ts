import type { KnownBlock, View } from '@slack/types';
import type { WebClient } from '@slack/web-api';
import type { RegionContext, RegionSettingsValues } from '../../region.js';
import { CHANNEL_ID, USER_ID } from '../../slack-ids.js';
import { isValidTimeZone } from '../../time.js';
import { fields, header } from '../blocks/kit.js';
import { isRegionAdmin } from '../permissions.js';

// Many-regions mode: the region's registry settings in the App Home, shown to and changed by its
// admins only (workspace admins and owners, and the region's admin list).

export const EDIT_REGION_SETTINGS = 'region_settings_edit';
export const REGION_SETTINGS_FORM = 'region_settings_form';

export const NOT_REGION_ADMIN = "Only this region's admins (workspace admins and owners, and its admin list) can change its settings.";

export const SET_BY_ENVIRONMENT = "This deployment serves one region: its settings come from the environment and cannot be changed here.";

const SWITCHES = [
  ['scrape', 'Read backblasts from typed posts'],
  ['pax', 'Monthly PAX charts'],
  ['ao', 'Monthly AO leaderboards'],
  ['q', "Q charts (PAXminer's tools)"],
  ['region', 'Monthly region leaderboard'],
] as const;
type Switch = (typeof SWITCHES)[number][0];

/** The region's settings as its context holds them; undefined in one-region mode (the environment sets them). */
export function currentRegionSettings(ctx: RegionContext): RegionSettingsValues | undefined {
  if (!ctx.region || !ctx.saveRegionSettings) return undefined;
  return {
    timeZone: ctx.tz,
    firstfChannel: ctx.settings.regionChannel ?? null,
    adminUserIds: [...ctx.settings.adminUserIds],
    scrapeBackblasts: ctx.region.scrapeBackblasts,
    charts: { ...ctx.region.charts },
  };
}

function isOn(v: RegionSettingsValues, key: Switch): boolean {
  return key === 'scrape' ? v.scrapeBackblasts : v.charts[key];
}

/** The admin's "Region settings" part of the Home tab; nothing in one-region mode. */
export function regionSettingsBlocks(ctx: RegionContext): KnownBlock[] {
  const v = currentRegionSettings(ctx);
  if (!v) return [];
  const yesNo = (key: Switch) => (isOn(v, key) ? 'on' : 'off');
  return [
    { type: 'divider' },
    header('Region settings (admins)'),
    fields([
      ['Time zone', v.timeZone],
      ['1st-F channel', v.firstfChannel ? `<#${v.firstfChannel}>` : 'none'],
      ['Admins', v.adminUserIds.length ? v.adminUserIds.map((u) => `<@${u}>`).join(' ') : 'workspace admins and owners only'],
      ...SWITCHES.map(([key, label]): [string, string] => [label, yesNo(key)]),
    ]),
    {
      type: 'actions',
      elements: [{ type: 'button', action_id: EDIT_REGION_SETTINGS, text: { type: 'plain_text', text: 'Edit settings' }, value: 'edit' }],
    },
  ];
}

export function regionSettingsModal(v: RegionSettingsValues): View {
  const option = ([key, label]: (typeof SWITCHES)[number]) => ({ text: { type: 'plain_text' as const, text: label }, value: key });
  const on = SWITCHES.filter(([key]) => isOn(v, key)).map(option);
  return {
    type: 'modal',
    callback_id: REGION_SETTINGS_FORM,
    title: { type: 'plain_text', text: 'Region settings' },
    submit: { type: 'plain_text', text: 'Save' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'input',
        block_id: 'tz',
        label: { type: 'plain_text', text: 'Time zone' },
        hint: { type: 'plain_text', text: 'An IANA name, such as America/Chicago or Europe/London.' },
        element: { type: 'plain_text_input', action_id: 'value', initial_value: v.timeZone, max_length: 64 },
      },
      {
        type: 'input',
        block_id: 'channel',
        optional: true,
        label: { type: 'plain_text', text: '1st-F channel' },
        element: {
          type: 'conversations_select',
          action_id: 'value',
          filter: { include: ['public', 'private'], exclude_bot_users: true },
          ...(v.firstfChannel ? { initial_conversation: v.firstfChannel } : {}),
        },
      },
      {
        type: 'input',
        block_id: 'admins',
        optional: true,
        label: { type: 'plain_text', text: 'Region admins' },
        hint: { type: 'plain_text', text: 'Besides the workspace admins and owners, who always are.' },
        element: { type: 'multi_users_select', action_id: 'value', initial_users: v.adminUserIds },
      },
      {
        type: 'input',
        block_id: 'switches',
        optional: true,
        label: { type: 'plain_text', text: 'PAXminer' },
        element: { type: 'checkboxes', action_id: 'value', options: SWITCHES.map(option), ...(on.length ? { initial_options: on } : {}) },
      },
    ],
  };
}

interface StateValue {
  value?: string | null;
  selected_conversation?: string | null;
  selected_users?: string[] | null;
  selected_options?: Array<{ value?: string }> | null;
}
type ViewState = Record<string, Record<string, StateValue>>;

/** The modal's values, checked: the settings, or an error per block. */
export function readRegionSettings(state: ViewState): { values: RegionSettingsValues } | { errors: Record<string, string> } {
  const get = (block: string): StateValue => state[block]?.value ?? {};
  const errors: Record<string, string> = {};
  const timeZone = (get('tz').value ?? '').trim();
  if (!timeZone || timeZone.length > 64 || !isValidTimeZone(timeZone)) errors.tz = `Not a time zone: "${timeZone.slice(0, 64)}". Use an IANA name such as America/Chicago.`;
  const channel = get('channel').selected_conversation ?? null;
  if (channel !== null && !CHANNEL_ID.test(channel)) errors.channel = 'Pick a channel.';
  const admins = [...new Set(get('admins').selected_users ?? [])];
  if (admins.some((u) => !USER_ID.test(u))) errors.admins = 'Pick people of this workspace.';
  const picked = new Set((get('switches').selected_options ?? []).map((o) => o.value));
  if (Object.keys(errors).length > 0) return { errors };
  return {
    values: {
      timeZone,
      firstfChannel: channel,
      adminUserIds: admins,
      scrapeBackblasts: picked.has('scrape'),
      charts: { pax: picked.has('pax'), ao: picked.has('ao'), q: picked.has('q'), region: picked.has('region') },
    },
  };
}

/** "Edit settings": the modal with the current values, for a region admin only. */
export async function openRegionSettings(ctx: RegionContext, client: WebClient, userId: string, triggerId: string): Promise<void> {
  const current = currentRegionSettings(ctx);
  if (!current || !(await isRegionAdmin(ctx, client, userId))) return;
  await client.views.open({ trigger_id: triggerId, view: regionSettingsModal(current) });
}

export type SettingsOutcome = { ok: true } | { ok: false; errors?: Record<string, string>; refused?: string };

/**
 * A submitted modal: the submitter checked again (the modal proves nothing), the values checked, then
 * written to this region's registry row (the context's own region: nothing in the payload names it).
 */
export async function saveRegionSettings(ctx: RegionContext, client: WebClient, userId: string, state: ViewState): Promise<SettingsOutcome> {
  if (!ctx.saveRegionSettings) return { ok: false, refused: SET_BY_ENVIRONMENT };
  if (!(await isRegionAdmin(ctx, client, userId))) {
    ctx.log.warn({ user: userId }, 'region settings: a submission from someone who is not a region admin, refused');
    return { ok: false, refused: NOT_REGION_ADMIN };
  }
  const read = readRegionSettings(state);
  if ('errors' in read) return { ok: false, errors: read.errors };
  await ctx.saveRegionSettings(read.values);
  return { ok: true };
}
