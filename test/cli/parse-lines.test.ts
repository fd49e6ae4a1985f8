// `paxminer parse` splits its input into lines as bytes: every way a chunk can end must give the same records.
import { PassThrough, Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/cli/parse.js';
import type { CliIO } from '../../src/cli/command.js';

const messages = [
  {
    ts: '1791347400.000100',
    channel: 'C01',
    user: 'U04SLICE',
    text: 'Backblast: Señor Zoë’s run\nQ: @Slice\nPAX: @Doppler, Señor Chang, Zoë 🏃',
  },
  { ts: '1791347400.000200', channel: 'C01', text: 'Great work this morning men :muscle:' },
  { ts: '1791347400.000300', channel: 'C02', text: 'Backblast – The Grind\nQ: Radio\nPAX: Cookie • Drone' },
];

async function run(chunks: (Buffer | string)[]): Promise<string> {
  let stdout = '';
  const io: CliIO = {
    stdin: Readable.from(chunks, { objectMode: false }),
    stdout: new Writable({
      write(chunk: Buffer, _enc, done) {
        stdout += chunk.toString();
        done();
      },
    }),
    stderr: new PassThrough(),
    env: {},
  };
  expect(await parseCommand.run(['--tz', 'UTC'], io)).toBe(0);
  return stdout;
}

/** The input cut into pieces of `size` bytes: splits lines, CRLFs and multi-byte characters. */
function pieces(bytes: Buffer, size: number): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

describe('paxminer parse input lines', () => {
  const lf = messages.map((m) => JSON.stringify(m)).join('\n') + '\n';
  const crlf = messages.map((m) => JSON.stringify(m)).join('\r\n');

  it('reads the same records however the input is cut into chunks', async () => {
    const whole = await run([Buffer.from(lf)]);
    expect(whole.trimEnd().split('\n')).toHaveLength(3);
    expect(whole).toContain('Señor Chang');
    for (const size of [1, 2, 3, 7, 64]) expect(await run(pieces(Buffer.from(lf), size))).toBe(whole);
    expect(await run([lf])).toBe(whole);
  });

  it('drops the CR of CRLF line ends and reads a last line without a newline', async () => {
    const whole = await run([Buffer.from(lf)]);
    for (const size of [1, 5, 1000]) expect(await run(pieces(Buffer.from(crlf), size))).toBe(whole);
  });

  it('skips blank lines but counts them in error records', async () => {
    const out = await run([Buffer.from('\n\r\n' + JSON.stringify(messages[1]) + '\n{oops\n')]);
    const [first, second] = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(first).toMatchObject({ ts: messages[1]!.ts, is_backblast: false });
    expect(second).toMatchObject({ line: 4 });
  });
});
