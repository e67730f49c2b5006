// Corpus pages as JSONL files for the bench: one record a page, and streams of a given size made by repeating pages.
import {createWriteStream, existsSync, readdirSync, readFileSync} from 'node:fs';
import {once} from 'node:events';
import {join} from 'node:path';
import {gunzipSync} from 'node:zlib';

/**
 * The pages of a rendering, sorted by id; the first `limit` only when given. `html` is the pages as fetched
 * (html/ID.html.gz), gunzipped and read as UTF-8: declutter reads them as HTML. (The encoding matters little to a
 * speed figure; a page with NUL bytes, which the CLI refuses as binary, is left out.)
 */
export function readPages(corpus, rendering, limit = Infinity) {
  const html = rendering === 'html';
  const dir = html ? join(corpus, 'html') : join(corpus, 'text', rendering);
  const suffix = html ? '.html.gz' : '.txt';
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .sort()
    .slice(0, limit)
    .flatMap((name) => {
      const path = join(dir, name);
      if (!html) return [{id: name.slice(0, -suffix.length), text: readFileSync(path, 'utf8')}];
      const text = new TextDecoder().decode(gunzipSync(readFileSync(path)));
      return text.includes('\u0000') ? [] : [{id: name.slice(0, -suffix.length), text}];
    });
}

/**
 * Write pages as JSONL into `paths.length` shards for parallel jobs, each page to the shard with the least text so
 * far, so that no job waits on a heavier shard. Returns text bytes per shard.
 */
export async function writeShards(pages, paths) {
  const outs = paths.map((path) => createWriteStream(path));
  const bytes = paths.map(() => 0);
  for (const page of pages) {
    const shard = bytes.indexOf(Math.min(...bytes));
    bytes[shard] += Buffer.byteLength(page.text);
    if (!outs[shard].write(JSON.stringify(page) + '\n')) await once(outs[shard], 'drain');
  }
  await Promise.all(outs.map((out) => new Promise((resolve) => out.end(resolve))));
  return bytes;
}

/** A JSONL stream of about `targetBytes`, pages repeated with fresh ids. Returns the bytes written. */
export async function writeLargeStream(pages, path, targetBytes) {
  const out = createWriteStream(path);
  let written = 0;
  for (let round = 0; written < targetBytes; round++) {
    for (const page of pages) {
      const line = JSON.stringify({id: `${round}-${page.id}`, text: page.text}) + '\n';
      written += Buffer.byteLength(line);
      if (!out.write(line)) await once(out, 'drain');
      if (written >= targetBytes) break;
    }
  }
  await new Promise((resolve) => out.end(resolve));
  return written;
}
