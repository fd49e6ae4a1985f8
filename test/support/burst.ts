import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SENDER = fileURLToPath(new URL('./burst-send.ts', import.meta.url));

/**
 * Sends every body (an Events API callback) to `url` at once, signed, from another process (as Slack
 * sends them: the sending costs the bot nothing); each answer's milliseconds, null for a failure.
 */
export async function sendBurst(url: string, bodies: string[]): Promise<Array<number | null>> {
  const dir = mkdtempSync(join(tmpdir(), 'paxminer-burst-'));
  const file = join(dir, 'bodies.json');
  writeFileSync(file, JSON.stringify(bodies));
  try {
    return await new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', SENDER, url, file], { stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.once('error', reject);
      child.once('exit', (code) => (code === 0 ? resolve((JSON.parse(out) as { acks: Array<number | null> }).acks) : reject(new Error(`burst sender exited ${code}`))));
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
