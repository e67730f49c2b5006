import {describe, it} from 'vitest';
import {isWithin} from '../src/paths.js';

describe('isWithin', () => {
  it('holds for the folder itself and anything below it, however the path is written', ({expect}) => {
    expect(isWithin('/data/in', '/data/in')).toBe(true);
    expect(isWithin('/data/in', '/data/in/news/a.txt')).toBe(true);
    expect(isWithin('/data/in/', '/data/in/x/../y')).toBe(true);
    expect(isWithin('/data/in', '/data/in/..hidden/a.txt')).toBe(true);
  });

  it('fails for the parent, a sibling that shares the name’s start, and a path that climbs out', ({expect}) => {
    expect(isWithin('/data/in', '/data')).toBe(false);
    expect(isWithin('/data/in', '/data/inbox/a.txt')).toBe(false);
    expect(isWithin('/data/in', '/data/in/../out')).toBe(false);
  });
});
