import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {refuseUrlForManyPages} from '../src/cli/one-page-url.js';
import {UsageError} from '../src/cli/options.js';

describe('--url names one page', () => {
  const folder = mkdtempSync(join(tmpdir(), 'declutter-url-'));
  const page = join(folder, 'story.html');
  writeFileSync(page, '<p>A story.</p>');

  it('is taken for one file or stdin, read as a document', () => {
    expect(() => refuseUrlForManyPages([page], false, 'auto')).not.toThrow();
    expect(() => refuseUrlForManyPages([], false, 'auto')).not.toThrow();
    expect(() => refuseUrlForManyPages(['-'], false, 'html')).not.toThrow();
  });

  it("is refused for a folder's files, two inputs, a batch or a record stream", () => {
    expect(() => refuseUrlForManyPages([folder], false, 'auto')).toThrow(UsageError);
    expect(() => refuseUrlForManyPages([page, page], false, 'auto')).toThrow(UsageError);
    expect(() => refuseUrlForManyPages([page], true, 'auto')).toThrow(UsageError);
    expect(() => refuseUrlForManyPages([join(folder, 'pages.jsonl')], false, 'auto')).toThrow(/record stream/);
    expect(() => refuseUrlForManyPages([], false, 'warc')).toThrow(/record stream/);
  });
});
