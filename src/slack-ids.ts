// Slack ids: U or W for a user, C or G (older private channels) for a channel, then capitals and
// digits. Two strengths: where Slack wrote the value (a mention, a field, a flag or setting meant to
// hold an id), any length; a bare value inside an app's payload, where an upper-case word like
// "COUNT" could pass, at least 7 characters (real ids have 9 or more).

const USER = '[UW][A-Z0-9]+';
const CHANNEL = '[CG][A-Z0-9]+';
const LABEL = '(?:\\|[^>]*)?';

export const USER_ID = new RegExp(`^${USER}$`);
export const CHANNEL_ID = new RegExp(`^${CHANNEL}$`);

export const PAYLOAD_USER_ID = /^[UW][A-Z0-9]{6,}$/;
export const PAYLOAD_CHANNEL_ID = /^[CG][A-Z0-9]{6,}$/;

/** `<@U…>` or `<@U…|name>` in text, the id captured; global (for matchAll and replace). */
export const USER_MENTIONS = new RegExp(`<@(${USER})${LABEL}>`, 'g');
/** `<#C…>` or `<#C…|name>` in text, the id captured; global (for matchAll and replace). */
export const CHANNEL_MENTIONS = new RegExp(`<#(${CHANNEL})${LABEL}>`, 'g');
/** The first `<#C…|name>` in text, the id captured. */
export const CHANNEL_MENTION = new RegExp(`<#(${CHANNEL})${LABEL}>`);

/** A whole argument that is a user mention, the id captured. */
export const USER_MENTION_ARG = new RegExp(`^<@(${USER})${LABEL}>$`);
/** A whole argument that is a channel mention, the id captured. */
export const CHANNEL_MENTION_ARG = new RegExp(`^<#(${CHANNEL})${LABEL}>$`);
