import type {InternalFault} from '../failure.js';

/** How a record stream went: records read, how many failed and the first failure, for the summary on stderr. */
export interface StreamTally {
  records: number;
  failed: number;
  firstFailure?: string;
  /** Records declutter itself failed on (not counted in `failed`), and the first of them, told in full at the end. */
  internal: number;
  firstInternal?: {where: string; fault: InternalFault};
  /** Records that hold no page to clean (WARC `resource` records, responses that are not an HTML page), by what they are. */
  passedOver: Map<string, number>;
  /** Records that have a field of their own by the name of one declutter adds (`metadata`...): kept, by that name. */
  ownFields: Map<string, number>;
}

export function newTally(): StreamTally {
  return {records: 0, failed: 0, internal: 0, passedOver: new Map(), ownFields: new Map()};
}

export function countPassedOver(tally: StreamTally, what: string): void {
  tally.passedOver.set(what, (tally.passedOver.get(what) ?? 0) + 1);
}

export function countOwnField(tally: StreamTally, field: string): void {
  tally.ownFields.set(field, (tally.ownFields.get(field) ?? 0) + 1);
}

export function countFailure(tally: StreamTally, where: string, error: string): void {
  tally.failed++;
  tally.firstFailure ??= `${where}: ${error}`;
}

export function countInternal(tally: StreamTally, where: string, fault: InternalFault): void {
  tally.internal++;
  tally.firstInternal ??= {where, fault};
}
