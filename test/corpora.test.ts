import {delimiter} from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildTrainConfig, parseRenderings} from '../src/cli/train-command.js';
import {corpusPaths} from '../src/cli/corpora.js';
import {UsageError} from '../src/cli/options.js';

describe('the corpora of eval and train', () => {
  it('are those named on the command line, before any in DECLUTTER_CORPORA', () => {
    expect(corpusPaths(['a', 'b'], {DECLUTTER_CORPORA: 'c'})).toEqual(['a', 'b']);
  });

  it('are those listed in DECLUTTER_CORPORA when none is named, separated as PATH is', () => {
    expect(corpusPaths([], {DECLUTTER_CORPORA: ['one', ' two ', '', 'three'].join(delimiter)})).toEqual(['one', 'two', 'three']);
  });

  it('are a usage error naming both ways when neither gives one', () => {
    for (const env of [{}, {DECLUTTER_CORPORA: ''}, {DECLUTTER_CORPORA: delimiter}]) {
      expect(() => corpusPaths([], env)).toThrow(UsageError);
      expect(() => corpusPaths([], env)).toThrow(/command line, or in DECLUTTER_CORPORA/);
    }
  });

  it('reach training in one checked configuration', () => {
    const config = buildTrainConfig([], {out: 'model.json', renderings: parseRenderings('paras, lynx')}, {DECLUTTER_CORPORA: 'corpus'});
    expect(config).toEqual({corpora: ['corpus'], out: 'model.json', renderings: ['paras', 'lynx'], quiet: false});
    expect(() => parseRenderings('pdf')).toThrow(/unknown rendering "pdf"/);
    expect(() => buildTrainConfig(['corpus'], {renderings: ['paras']}, {})).toThrow(/train needs -o, --out <file>/);
  });
});
