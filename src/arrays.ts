/**
 * `items.map(each)`, made by pushing, so the array is packed however V8 runs the caller. Optimized code that inlines
 * `map` makes a holey array where the same `map`, run as V8's builtin before the caller was optimized, made a packed
 * one; code optimized for one kind is thrown away when it meets the other, and compiled again (docs/speed.md, "Arrays
 * of one kind"). Used where the result flows into code that runs on every page.
 */
export function mapped<T, U>(items: readonly T[], each: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < items.length; i++) out.push(each(items[i]!, i));
  return out;
}
