// Clean a document, then its text output again; shared by scripts/idempotence.mjs and the tests. Takes the library's
// declutter and toText, so that it runs on the sources in the tests and on the build in the script.

/**
 * Whether cleaning the text output again prints it whole, and where not, each printed block the second pass dropped:
 * where it was (`title`, `first block`, `last block`, `middle block`), its text, and the second pass's label and score;
 * and the second pass's document.
 */
export function cleanTwice(input, {declutter, toText}) {
  const first = declutter(input);
  const printed = toText(first);
  const second = declutter(printed);
  if (toText(second) === printed) return {whole: true, lost: []};
  const body = first.blocks.filter((block) => block.kept && block.label !== 'title').map((block) => block.text);
  const kept = new Set(second.blocks.filter((block) => block.kept || block.label === 'title').map((block) => block.text));
  const verdicts = new Map(second.blocks.map((block) => [block.text, block]));
  const lost = [];
  const where = (text, index) => (first.title === text && index === -1 ? 'title' : index === 0 ? 'first block' : index === body.length - 1 ? 'last block' : 'middle block');
  const printedBlocks = first.title === null ? body.map((text, index) => [text, index]) : [[first.title, -1], ...body.map((text, index) => [text, index])];
  for (const [text, index] of printedBlocks) {
    if (kept.has(text)) continue;
    const verdict = verdicts.get(text);
    lost.push({where: where(text, index), text, label: verdict?.label ?? 'split differently', score: verdict?.score ?? '-'});
  }
  // Nothing found dropped, yet not the same: one copy of a block printed twice was dropped, or the title changed.
  if (lost.length === 0) lost.push({where: 'a repeated block, or the order', text: toText(second).slice(0, 70), label: '-', score: '-'});
  return {whole: false, lost, second};
}
