// How much one zip entry may inflate to. An export's day file is kilobytes, its users.json a few
// megabytes; a zip bomb states (or hides) gigabytes. An entry over its cap is refused and named in
// the import's summary, so memory stays flat whatever the zip claims.

export interface ZipLimits {
  /** Most bytes one channel day file may inflate to. */
  dayFileBytes: number;
  /** Most bytes users.json, channels.json or groups.json may inflate to. */
  topFileBytes: number;
}

export const ZIP_LIMITS: ZipLimits = { dayFileBytes: 64 * 1024 * 1024, topFileBytes: 256 * 1024 * 1024 };

const mb = (n: number) => `${(n / (1024 * 1024)).toFixed(n < 1024 * 1024 ? 3 : 0)} MB`;

/** Why an entry stating `stated` bytes is refused under `cap`, or null when it may be read. */
export function overCap(stated: number, cap: number): Error | null {
  return stated > cap ? new Error(`zip entry refused: it inflates to ${mb(stated)}, over the ${mb(cap)} a file may have`) : null;
}

/** The error for an entry that inflates to more bytes than the zip's directory states. */
export function pastStated(stated: number): Error {
  return new Error(`zip entry refused: it inflates past the ${stated} bytes the zip states (damaged, or a zip bomb)`);
}
