import {describe, expect, it} from 'vitest';
import {pageThreshold} from '../src/score/page-threshold.js';

describe('pageThreshold', () => {
  it('cuts between the two heaps of a page of body and junk', () => {
    // Junk scored 0.05 to 0.3, body 0.45 to 0.55: the model's 0.35 keeps nothing of the junk, but a higher cut
    // separates the heaps better (the body heap sits low on this page) and must still keep every body block.
    const scores = [0.05, 0.1, 0.3, 0.28, 0.45, 0.5, 0.55, 0.08, 0.12];
    const words = [3, 2, 8, 6, 40, 55, 38, 4, 2];
    const cut = pageThreshold(scores, words, 0.35);
    expect(cut).toBeGreaterThan(0.3);
    expect(cut).toBeLessThanOrEqual(0.45);
    expect(scores.filter((s) => s >= cut)).toEqual([0.45, 0.5, 0.55]);
  });

  it('moves the cut up over junk that scored above the model threshold, on a page that is mostly junk', () => {
    // Twenty menu links near 0, three related headlines near 0.45, three body paragraphs above 0.9.
    const scores = [...Array<number>(20).fill(0.03), 0.44, 0.46, 0.45, 0.9, 0.92, 0.95];
    const words = [...Array<number>(20).fill(3), 5, 6, 5, 60, 70, 50];
    const cut = pageThreshold(scores, words, 0.35);
    expect(cut).toBeGreaterThan(0.46);
    expect(scores.filter((s) => s >= cut)).toEqual([0.9, 0.92, 0.95]);
  });

  it('keeps the model threshold on a page that is mostly body, whatever its spread', () => {
    const scores = [0.1, 0.38, 0.4, 0.42, 0.9, 0.92, 0.95];
    const words = [5, 5, 6, 4, 60, 80, 70];
    expect(pageThreshold(scores, words, 0.35)).toBe(0.35);
  });

  it('keeps the model threshold where there is nothing to separate', () => {
    expect(pageThreshold([], [], 0.35)).toBe(0.35);
    expect(pageThreshold([0.1], [20], 0.35)).toBe(0.35);
    expect(pageThreshold([0.2, 0.2, 0.2], [5, 5, 5], 0.4)).toBe(0.4);
    expect(pageThreshold([0.1, 0.2], [0, 0], 0.35)).toBe(0.35);
  });
});
