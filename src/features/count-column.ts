/** A column of counts, in the narrowest integers that held its values so far. */
export type CountColumn = Int32Array | Uint16Array | Uint8Array;

/** `column`, or a wider copy of it where `value` does not fit it: the values before kept. */
export function fitting(column: CountColumn, value: number): CountColumn {
  if (column instanceof Int32Array || (value >= 0 && value <= (column instanceof Uint8Array ? 0xff : 0xffff))) return column;
  const wider = value >= 0 && value <= 0xffff ? new Uint16Array(column.length) : new Int32Array(column.length);
  wider.set(column);
  return wider;
}
