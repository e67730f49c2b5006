/** The running count of a batch, for the progress line and the summary at the end. */
export class Tally {
  cleaned = 0;
  failed = 0;
  /** Of the failed, those declutter itself failed on. */
  internal = 0;
  skipped = 0;
  bytesIn = 0;
  bytesOut = 0;
  textChars = 0;
  keptChars = 0;
  readonly started = performance.now();

  get seconds(): number {
    return (performance.now() - this.started) / 1000;
  }
}

/** A size as people read one: kB under a megabyte (a small batch's "0.0 MB" says nothing), MB from there. */
function size(bytes: number): string {
  // Under 999.95 kB, which would round to "1000.0 kB".
  return bytes < 999_950 ? `${(bytes / 1e3).toFixed(1)} kB` : `${(bytes / 1e6).toFixed(1)} MB`;
}

/**
 * One line: "cleaned 120, failed 2, skipped 3; 25.1 MB in, 10.2 MB out; 41% of the text kept; 12.3 s" (kB for under a
 * megabyte). The share is
 * left out where no text was cleaned (every output skipped, every file empty or failed): "0% kept" would say that
 * cleaning removed everything.
 */
export function formatSummary(tally: Tally, seconds = tally.seconds): string {
  const kept = tally.textChars > 0 ? `${Math.round((100 * tally.keptChars) / tally.textChars)}% of the text kept; ` : '';
  return (
    `cleaned ${tally.cleaned}, failed ${tally.failed}, skipped ${tally.skipped}; ` +
    `${size(tally.bytesIn)} in, ${size(tally.bytesOut)} out; ${kept}${seconds.toFixed(1)} s`
  );
}
