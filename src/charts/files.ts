import type { ChartRenderer } from './render.js';
import type { ChartSpec } from './types.js';

/** A rendered chart as Slack gets it: a PNG named after its spec, and the title of its upload. */
export interface PngFile {
  filename: string;
  title: string;
  png: Buffer;
}

/**
 * The one path from chart specs to PNG files, in order. A chart that fails to render fails the lot,
 * unless `skip` is given: then it is left out and `skip` hears why.
 */
export async function renderFiles(
  specs: readonly ChartSpec[],
  render: ChartRenderer,
  skip?: (err: unknown, spec: ChartSpec) => void,
): Promise<PngFile[]> {
  const files: PngFile[] = [];
  for (const spec of specs) {
    try {
      files.push({ filename: `${spec.name}.png`, title: spec.title, png: await render(spec) });
    } catch (err) {
      if (!skip) throw err;
      skip(err, spec);
    }
  }
  return files;
}
