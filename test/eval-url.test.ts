import {describe, expect, it} from 'vitest';
import {buildEvalConfig, evalCommand, type EvalFlags} from '../src/cli/eval-command.js';
import {declutterMethod} from '../src/eval/run.js';

const HEADLINE = 'Council agrees new plan for the harbour bridge';
const BODY_1 = 'The city council voted on Tuesday to rebuild the harbour bridge, which has been closed to lorries since the spring.';
const BODY_2 = 'Work is to start next year and take three years, the council said, at a cost of some forty million pounds.';
const PAGE = ['Home', 'Local news', HEADLINE, BODY_1, BODY_2, 'Share this article'].join('\n\n');
const URL = 'https://news.example.com/2024/03/05/council-agrees-harbour-bridge-plan-123456.html';

describe('declutter eval and the page’s url', () => {
  it('gives declutter the page’s url, unless told not to', () => {
    const withUrl = declutterMethod({declutter: {}, title: true, url: true}).extractWithTitle!(PAGE, URL);
    const without = declutterMethod({declutter: {}, title: true, url: false}).extractWithTitle!(PAGE, URL);
    expect(withUrl.title).toBe(HEADLINE);
    expect(without.title).not.toBe(HEADLINE);
  });

  it('cleans a gold page whose url is empty from its text alone, as with --no-url', () => {
    const method = declutterMethod({declutter: {}, title: true, url: true});
    expect(method.extractWithTitle!(PAGE, '')).toEqual(declutterMethod({declutter: {}, title: true, url: false}).extractWithTitle!(PAGE, URL));
  });

  it('passes urls by default and not with --no-url', () => {
    // The flags as the command parses them, so that the option's default is what is checked.
    const flags = (args: string[]) => {
      const command = evalCommand();
      command.parseOptions(args);
      return command.opts<EvalFlags>();
    };
    expect(buildEvalConfig(flags([])).url).toBe(true);
    expect(buildEvalConfig(flags(['--no-url'])).url).toBe(false);
  });
});
