// Throughput of parseMessage on a realistic mix: typed backblasts in many styles, app posts,
// preblasts and chatter, against a region-sized directory. One core (this process's thread).
import { spawn } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMessage } from '../src/backblast/parse.js';
import { accuracy } from './parse-accuracy.js';
import type { ParseContext, SlackChannel, SlackMessage, SlackUser } from '../src/backblast/types.js';

const NICKS = [
  'Captain Crunch', 'Stock Boy', 'Doppler', 'Slice', "O'Doyle", 'Señor Chang', 'Cookie', 'Drone', 'Radio', 'Defrost',
  'Hightower', 'Big Sky', 'Mr. Clean', 'Hot Pocket', 'Short Stack', 'Lawsuit', 'Focker', 'Sandbag', 'Zoë', 'Tank',
];
const MOLESKIN = `Disclaimer given, 5 core principles recited.

Warmup: SSH x20 IC, IST x15, Mountain climbers x20, Michael Phelps x10
The Thang: mosey to the parking lot. 11s with merkins and squats, then a round of Dora 1-2-3:
- 100 merkins
- 200 LBCs
- 300 squats
Mary: Flutter kicks, Freddie Mercury, American hammers. Plank for 60.

COT: prayers for <@U0000003>'s family. Great work men, the gloom was thick but the PAX pushed.
Announcements: 2nd F at the Brewery Friday. Convergence at the Foundry on the 1st.
Q: what has 4 legs and can't walk? A: a table.`;

function users(): SlackUser[] {
  return Array.from({ length: 400 }, (_, i) => ({
    id: `U${String(i).padStart(7, '0')}`,
    name: `user${i}`,
    real_name: `First${i} Last${i}`,
    profile: { display_name: i < NICKS.length ? NICKS[i]! : `Pax ${i} Name`, real_name: `First${i} Last${i}` },
  }));
}

function channels(): SlackChannel[] {
  return Array.from({ length: 30 }, (_, i) => ({ id: `C${String(i).padStart(7, '0')}`, name: i === 0 ? 'ao-the-grind' : `ao-site-${i}` }));
}

function mention(i: number): string {
  return `<@U${String(i % 400).padStart(7, '0')}>`;
}

function messages(): SlackMessage[] {
  const out: SlackMessage[] = [];
  const ts = (i: number) => `${1791288900 + i * 60}.000${String(i % 1000).padStart(3, '0')}`;
  for (let i = 0; i < 1000; i++) {
    const pax = Array.from({ length: 5 + (i % 12) }, (_, k) => mention(i * 7 + k)).join(' ');
    const typed = Array.from({ length: 4 + (i % 6) }, (_, k) => NICKS[(i + k) % NICKS.length]).join(', ');
    const base = { ts: ts(i), channel: `C${String(i % 30).padStart(7, '0')}`, user: `U${String(i % 400).padStart(7, '0')}`, type: 'message' };
    switch (i % 20) {
      case 0:
      case 1:
      case 2:
        out.push({ ...base, text: `*Backblast! Grind ${i}*\n*DATE*: 10/${(i % 5) + 1}/2026\n*AO*: <#C0000000>\n*Q*: ${mention(i)}\n*PAX*: ${pax}\n*FNGs*: None\n*COUNT*: ${6 + (i % 12)}\n\n${MOLESKIN}` });
        break;
      case 3:
      case 4:
        out.push({ ...base, text: `Backblast - The Grind\nDate: Oct ${(i % 5) + 1}th\nQ: YHC\nPAX: ${typed} and @Captain Crunch@Stock boy\nFNGs: 1 Radio (@Slice)\nCount: ${i % 15}\n\n${MOLESKIN}` });
        break;
      case 5:
        out.push({ ...base, text: `_*BACK BLAST*_ | Foundry\n• *When*: Tuesday, October 6th\n• *Where* – #ao-site-${i % 29}\n• *QIC*: @Slice & @Doppler\n• *The PAX*: ${typed}\n• *FNG's*: 2 – Bob, Jim\n• *Total*: twelve\n${MOLESKIN}` });
        break;
      case 6:
        out.push({ ...base, text: `Slackbast: hill sprints Date: 10/5 Q: ${mention(i)} PAX: ${pax} Count: 9` });
        break;
      case 7:
        out.push({
          ...base,
          user: 'U0000399',
          bot_id: 'B01',
          subtype: 'bot_message',
          username: 'Slice (via Slackblast)',
          text: `${MOLESKIN}\n\nUse the 'New Backblast' button to create a new backblast`,
          blocks: [
            { type: 'section', text: { type: 'mrkdwn', text: `*Backblast! Run ${i}*\n*DATE*: 2026-10-05\n*AO*: <#C0000001>\n*Q*: ${mention(i)}\n*PAX*: ${pax} , Bob, Jim\n*FNGs*: 2 Bob, Jim\n*COUNT*: 12` } },
            { type: 'rich_text', elements: [{ type: 'rich_text_section', elements: [{ type: 'text', text: MOLESKIN }] }] },
          ],
          metadata: { event_type: 'backblast', event_payload: { title: `Run ${i}`, date: '2026-10-05', The_AO: 'C0000001', the_q: 'U0000001', the_coq: null, the_pax: ['U0000002', 'U0000003'], non_slack_pax: 'Bob', fngs: 'Jim', count: '4' } },
        });
        break;
      case 8:
      case 9:
        out.push({ ...base, text: `Preblast: The Grind ${i}\nWhen: Saturday 10/10 0600\nWhere: #ao-the-grind\nQ: @Slice\nHC: ${typed}\nBring a coupon!` });
        break;
      case 10:
        out.push({ ...base, text: 'Who is posting the backblast for this morning? :thinking_face:' });
        break;
      default:
        out.push({ ...base, text: ['Great work this morning men :muscle:', `Anyone up for coffee after? <@U0000012>`, 'Backblast coming later, running late', 'HC for Saturday, count me in', `${MOLESKIN.slice(0, 200)}`, 'Prayers for Slice and his family :pray:', 'Who has the Q next week?', 'lol', 'Thanks for the push today', 'Reminder: 2nd F Friday at 7pm at the Brewery'][i % 10]! });
    }
  }
  return out;
}

/** The region and the message mix the benchmark parses. */
export function workload(): { ctx: ParseContext; mix: SlackMessage[] } {
  return { ctx: { users: users(), channels: channels(), tz: 'America/Chicago' }, mix: messages() };
}

const PROCESS_MESSAGES = 50_000;
// The floor: a node process that reads the same NDJSON and writes one JSON line per message, no parsing.
const FLOOR = `const rl = require('node:readline').createInterface({ input: process.stdin, crlfDelay: Infinity });
const out = [];
rl.on('line', (line) => { if (!line.trim()) return; const m = JSON.parse(line); out.push(JSON.stringify({ ts: m.ts, channel: m.channel ?? null, is_backblast: false })); if (out.length >= 512) { process.stdout.write(out.join('\\n') + '\\n'); out.length = 0; } });
rl.on('close', () => { if (out.length) process.stdout.write(out.join('\\n') + '\\n'); });`;

/** Wall seconds for `args` reading `input` on stdin; stdout is counted in lines and must hold `lines`. */
function timed(args: string[], input: string, lines: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
    let seen = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) seen++;
    });
    createReadStream(input).pipe(child.stdin);
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 || seen !== lines) reject(new Error(`${args.join(' ')}: exit ${code}, ${seen} of ${lines} lines`));
      else resolve((performance.now() - started) / 1000);
    });
  });
}

/** The `parse` command end to end (start-up included) against the floor, on the same 50k-message NDJSON. */
async function processes(ctx: ParseContext, mix: SlackMessage[]): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-parse-'));
  try {
    const input = join(dir, 'messages.ndjson');
    const lines: string[] = [];
    for (let i = 0; i < PROCESS_MESSAGES; i++) {
      const m = mix[i % mix.length]!;
      lines.push(JSON.stringify({ ...m, ts: `${1791288900 + i}.${String(i % 1e6).padStart(6, '0')}` }));
    }
    writeFileSync(input, lines.join('\n') + '\n');
    writeFileSync(join(dir, 'users.json'), JSON.stringify(ctx.users));
    writeFileSync(join(dir, 'channels.json'), JSON.stringify(ctx.channels));
    const cli = ['dist/cli.js', 'parse', '--users', join(dir, 'users.json'), '--channels', join(dir, 'channels.json'), '--tz', ctx.tz];
    // Best of three each, interleaved, so a busy moment on the machine hits both alike.
    let floor = Infinity;
    let parse = Infinity;
    for (let round = 0; round < 3; round++) {
      floor = Math.min(floor, await timed(['-e', FLOOR], input, PROCESS_MESSAGES));
      parse = Math.min(parse, await timed(cli, input, PROCESS_MESSAGES));
    }
    const rate = (s: number) => Math.round(PROCESS_MESSAGES / s).toLocaleString('en-US');
    console.log(`floor (read NDJSON, write a JSON line each, no parsing): ${rate(floor)} messages/second (${floor.toFixed(2)} s)`);
    console.log(`parse command (dist/cli.js, start-up included): ${rate(parse)} messages/second (${parse.toFixed(2)} s)`);
    console.log(`ratio parse/floor: ${(floor / parse).toFixed(2)} (goal >= 0.40)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  accuracy();
  const { ctx, mix } = workload();
  const started = performance.now();
  let backblasts = 0;
  for (const m of mix) if (parseMessage(m, ctx).is_backblast) backblasts++;
  const warm = performance.now() - started;
  let n = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  while (performance.now() - t0 < 3000) {
    for (const m of mix) parseMessage(m, ctx);
    n += mix.length;
  }
  const wall = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(cpu0);
  // CPU time, not wall time: other processes on the machine do not count against the parser.
  const cpu = (used.user + used.system) / 1e6;
  const rate = (seconds: number) => Math.round(n / seconds).toLocaleString('en-US');
  console.log(`mix: ${mix.length} messages, ${backblasts} backblasts; first pass (directory build included) ${warm.toFixed(1)} ms`);
  console.log(`parse: ${rate(cpu)} messages/second of CPU time on one core (${rate(wall)} by the wall clock)`);
  await processes(ctx, mix);
}
