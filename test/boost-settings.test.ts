import {describe, expect, it} from 'vitest';
import {boostSettings} from '../src/learn/boost.js';

describe('boostSettings', () => {
  it('reads the settings a measurement tries, as numbers', () => {
    expect(boostSettings('trees=30,depth=4')).toEqual({trees: 30, depth: 4});
    expect(boostSettings(undefined)).toEqual({});
  });

  it('refuses a key that is no setting and a value that is no number', () => {
    expect(() => boostSettings('forest=3')).toThrow(/not a setting: forest=3/);
    expect(() => boostSettings('trees=many')).toThrow(/not a setting: trees=many/);
  });
});
