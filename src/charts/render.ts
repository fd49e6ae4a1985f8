import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GlobalFonts, createCanvas } from '@napi-rs/canvas';
import { Chart, registerables, type Plugin } from 'chart.js';
import QuickChartModule from 'quickchart-js';
import { encodePng, isOpaque } from './png.js';
import type { ChartSpec } from './types.js';

// Charts become PNGs either on a QuickChart server (QUICKCHART_URL: quickchart.io or self-hosted) or
// here, with Chart.js on @napi-rs/canvas, which needs no system libraries and no network.

// The package's types describe its CommonJS build; loaded as ESM, the default export is the class itself.
type QuickChartClass = typeof QuickChartModule.default;
const QuickChart: QuickChartClass =
  (QuickChartModule as unknown as { default?: QuickChartClass }).default ?? (QuickChartModule as unknown as QuickChartClass);

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const FONT_FAMILY = 'PAXminer Sans';

export function isPng(bytes: Buffer): boolean {
  return bytes.length > 24 && bytes.subarray(0, 8).equals(PNG_SIGNATURE);
}

/** Width and height from a PNG's header. */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (!isPng(bytes)) throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

let localReady = false;

/** Chart.js's parts, and a bundled font: a server without fonts would draw text as nothing. */
function prepareLocal(): void {
  if (localReady) return;
  Chart.register(...registerables);
  // `assets/` sits at the repository root: two levels up from both src/charts and dist/charts.
  const folder = fileURLToPath(new URL('../../assets/fonts/', import.meta.url));
  for (const file of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) {
    if (existsSync(folder + file)) GlobalFonts.registerFromPath(folder + file, FONT_FAMILY);
  }
  Chart.defaults.font.family = `'${FONT_FAMILY}', 'DejaVu Sans', sans-serif`;
  localReady = true;
}

const whiteBackground: Plugin = {
  id: 'whiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

/** Draws a chart here, in this process. */
export function renderLocally(spec: ChartSpec): Buffer {
  prepareLocal();
  const canvas = createCanvas(spec.width, spec.height);
  // Chart.js writes into the configuration it is given; the spec stays as it was.
  const config = structuredClone(spec.config);
  const chart = new Chart(canvas as unknown as ConstructorParameters<typeof Chart>[0], {
    ...config,
    plugins: [...(config.plugins ?? []), whiteBackground],
  });
  try {
    // Drawn on white, so opaque: written by encodePng (src/charts/png.ts), much the faster.
    const pixels = canvas.data();
    return isOpaque(pixels) ? encodePng(pixels, canvas.width, canvas.height) : canvas.toBuffer('image/png');
  } finally {
    chart.destroy();
  }
}

/** Has a QuickChart server draw a chart (Chart.js 4, white background, the spec's size). */
export async function renderWithQuickChart(spec: ChartSpec, serverUrl: string): Promise<Buffer> {
  const url = new URL(serverUrl);
  const chart = new QuickChart()
    .setScheme(url.protocol.replace(/:$/, ''))
    .setHost(`${url.host}${url.pathname.replace(/\/+$/, '')}`)
    .setVersion('4')
    .setWidth(spec.width)
    .setHeight(spec.height)
    .setDevicePixelRatio(1)
    .setBackgroundColor('#ffffff')
    .setFormat('png')
    .setConfig(JSON.stringify(spec.config));
  let png: Buffer;
  try {
    png = await chart.toBinary();
  } catch (err) {
    throw new Error(`QuickChart at ${url.origin} failed to draw '${spec.title}': ${(err as Error).message}`, { cause: err });
  }
  if (!isPng(png)) throw new Error(`QuickChart at ${url.origin} answered '${spec.title}' with something that is not a PNG`);
  return png;
}

export type ChartRenderer = (spec: ChartSpec) => Promise<Buffer>;

/** The renderer the settings ask for: QuickChart when QUICKCHART_URL is set, else local. */
export function chartRenderer(settings: { quickchartUrl: string | undefined }): ChartRenderer {
  const server = settings.quickchartUrl;
  if (server) return (spec) => renderWithQuickChart(spec, server);
  return async (spec) => renderLocally(spec);
}
