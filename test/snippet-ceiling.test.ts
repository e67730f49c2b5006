import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {projectRoot, runCommand} from './helpers/spawn.js';

// scripts/snippet-ceiling.mjs: the most snippet F a cleaner that keeps the page's characters can reach. docs/accuracy.md
// quotes its figures, so it is checked here on a corpus whose answer is known.

describe('scripts/snippet-ceiling.mjs', () => {
  let root: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'declutter-ceiling-'));
    mkdirSync(join(root, 'gold'), {recursive: true});
    mkdirSync(join(root, 'text', 'paras'), {recursive: true});
    const page = (id: string, text: string, snippets: string[]) => {
      const gold = {id, page_type: 'article', title: null, main_content: text, with: snippets, without: ['Menu']};
      writeFileSync(join(root, 'gold', `${id}.json`), JSON.stringify(gold));
      writeFileSync(join(root, 'text', 'paras', `${id}.txt`), text);
    };
    // Val pages (last digit 8 or 9): four snippets, of which the text holds two as they are (case and spacing aside);
    // one has a straight quote where the page has a curly one, one is not on the page at all.
    page('0008', 'The council’s vote\n\nwas   CLOSE on Tuesday.', ['was close on tuesday', "The council's vote"]);
    page('0009', 'Alpha beta gamma.', ['Alpha beta', 'Delta epsilon']);
    // A train page, which the val split leaves out: were it counted, five of six would be found.
    page('0001', 'One two three.', ['One two', 'two three']);
  });
  afterAll(() => rmSync(root, {recursive: true, force: true}));

  it('finds the snippets a rendering holds verbatim, and gives the F they allow', async () => {
    const run = await runCommand(process.execPath, [join(projectRoot, 'scripts', 'snippet-ceiling.mjs'), root, '--renderings', 'paras']);
    expect(run.status).toBe(0);
    const name = root.split('/').at(-1);
    // Recall 2 / 4 = 0.5 at precision 1: F = 2 * 0.5 / 1.5.
    expect(run.stdout.trim()).toBe(`${name} paras: 2 of 4 snippets in the text, best recall 0.500, best snippet F 0.667`);
  });
});
