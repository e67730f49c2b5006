import type {ChalkInstance} from 'chalk';
import type {CleanedDocument} from '../types.js';

const LABEL_WIDTH = 10;

/**
 * The explain format, for a person: every block in order, a margin with keep (+) or drop (-), the label and the
 * score; removed blocks dimmed with the reasons after them. Colour comes only from the chalk passed in.
 */
export function toExplain(doc: CleanedDocument, chalk: ChalkInstance): string {
  const lines: string[] = [];
  for (const block of doc.blocks) {
    const margin = `${block.kept ? '+' : '-'} ${block.label.padEnd(LABEL_WIDTH)} ${block.score.toFixed(2)} │ `;
    const indent = ' '.repeat(margin.length - 2) + '│ ';
    const text = visible(block.text).split('\n').join('\n' + indent);
    if (block.kept) {
      const reasons = block.reasons.length ? chalk.dim(`  ‹${block.reasons.join(', ')}›`) : '';
      lines.push(chalk.green(margin) + text + reasons);
    } else {
      lines.push(chalk.dim(`${margin}${text}  ‹${block.reasons.join(', ')}›`));
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
}

/**
 * Control characters of the input (an escape sequence left in a scraped page) shown as symbols: on a terminal they
 * would move the cursor or recolour the explanation.
 */
function visible(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, (char) => String.fromCharCode(char === '\u007f' ? 0x2421 : 0x2400 + char.charCodeAt(0)));
}
