import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aoQsChart } from '../../src/charts/configs/ao-qs.js';
import { paxYearChart } from '../../src/charts/configs/pax-year.js';
import { chartRenderer, isPng, pngSize, renderLocally } from '../../src/charts/render.js';
import type { ChartSpec } from '../../src/charts/types.js';

const spec: ChartSpec = paxYearChart(
  {
    userId: 'U1',
    name: 'Doppler',
    month: '2026-02',
    months: ['2026-01', '2026-02'],
    total: 5,
    series: [{ aoId: 'C1', ao: 'ao-the-yard', values: [2, 3] }],
  },
  new Map(),
);

describe('rendering charts locally', () => {
  it('draws a PNG of the size the chart asks for', async () => {
    const png = await chartRenderer({ quickchartUrl: undefined })(spec);
    expect(isPng(png)).toBe(true);
    expect(pngSize(png)).toEqual({ width: spec.width, height: spec.height });
    expect(png.length).toBeGreaterThan(5000);
  });

  it('draws an empty chart too, and leaves the configuration as it was', () => {
    const empty = aoQsChart({
      aoId: 'C1',
      ao: 'ao-the-yard',
      month: '2026-02',
      beatdowns: 0,
      posts: 0,
      uniquePax: 0,
      averageAttendance: 0,
      fngs: 0,
      qs: [],
      pax: [],
    });
    const before = JSON.stringify(empty.config);
    const png = renderLocally(empty);
    expect(pngSize(png)).toEqual({ width: empty.width, height: empty.height });
    expect(JSON.stringify(empty.config)).toBe(before);
  });
});

describe('rendering charts with QuickChart', () => {
  let server: Server;
  let url: string;
  const requests: Array<{ path: string; body: Record<string, unknown> }> = [];
  let answer: 'png' | 'error' | 'html' = 'png';

  beforeAll(async () => {
    const png = renderLocally(spec);
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        requests.push({
          path: req.url ?? '',
          body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
        });
        if (answer === 'error') res.writeHead(500, { 'x-quickchart-error': 'bad chart' }).end('no');
        else if (answer === 'html') res.writeHead(200, { 'content-type': 'text/html' }).end('<html>hello</html>');
        else res.writeHead(200, { 'content-type': 'image/png' }).end(png);
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/qc`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('posts the Chart.js 4 configuration, size and a white background to QUICKCHART_URL and returns its PNG', async () => {
    answer = 'png';
    const png = await chartRenderer({ quickchartUrl: url })(spec);
    expect(pngSize(png)).toEqual({ width: spec.width, height: spec.height });
    const req = requests.at(-1)!;
    expect(req.path).toBe('/qc/chart');
    expect(req.body).toMatchObject({
      width: spec.width,
      height: spec.height,
      version: '4',
      format: 'png',
      backgroundColor: '#ffffff',
    });
    expect(JSON.parse(String(req.body.chart))).toEqual(spec.config);
  });

  it('says which server failed and why, and refuses an answer that is not a PNG', async () => {
    answer = 'error';
    await expect(chartRenderer({ quickchartUrl: url })(spec)).rejects.toThrow(
      /QuickChart at http:\/\/127\.0\.0\.1:\d+ failed to draw .*500.*bad chart/s,
    );
    answer = 'html';
    await expect(chartRenderer({ quickchartUrl: url })(spec)).rejects.toThrow(/not a PNG/);
  });
});
