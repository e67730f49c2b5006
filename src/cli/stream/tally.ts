/** How a record stream went: records read, how many failed and the first failure, for the summary on stderr. */
export interface StreamTally {
  records: number;
  failed: number;
  firstFailure?: string;
  /** Records of kinds this version cannot clean yet (WARC `response` records: HTML), by kind. */
  unsupported: Map<string, number>;
}

export function newTally(): StreamTally {
  return {records: 0, failed: 0, unsupported: new Map()};
}

export function countFailure(tally: StreamTally, where: string, error: string): void {
  tally.failed++;
  tally.firstFailure ??= `${where}: ${error}`;
}
