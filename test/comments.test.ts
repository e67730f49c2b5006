import {describe, expect, it} from 'vitest';
import {declutter, toJson, toMarkdown, toText} from '../src/index.js';
import {COMMENTS_MARKER} from '../src/write/text.js';
import {declutterCli as cli} from './helpers/spawn.js';

const ARTICLE = `<p>The council voted on Tuesday to keep the town's library open on Sundays, after a petition signed by more than four thousand residents asked it to reverse the cuts announced in the spring.</p>
<p>The library will open from ten until four, and the cost will be met from the reserve fund for the next two years, the council's finance officer said at the meeting.</p>
<p>Volunteers from the friends of the library group will help at the desk on the first Sunday of each month, when the children's reading club meets in the upper room.</p>`;

const PAGE = `<!DOCTYPE html><html><head><title>Library stays open</title></head><body>
<nav class="menu"><a href="/">Home</a> <a href="/news">News</a></nav>
<article class="post"><h1>Library to stay open on Sundays</h1>${ARTICLE}</article>
<section id="comments" class="comments-area">
  <h2 class="comments-title">3 Comments</h2>
  <ol class="comment-list">
    <li class="comment"><div class="comment-author">Margaret Holt says:</div><div class="comment-content"><p>Wonderful news, my grandchildren go to the reading club every month and they would have been so disappointed.</p></div><a class="comment-reply-link" href="#">Reply</a></li>
    <li class="comment"><div class="comment-author">Dev Patel says:</div><div class="comment-content"><p>About time the council listened. The Sunday hours are the only ones many working families can use.</p></div><a class="comment-reply-link" href="#">Reply</a></li>
  </ol>
  <div id="respond" class="comment-respond"><h3>Leave a Reply</h3><form><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><label>Comment</label><textarea></textarea></form></div>
</section>
<footer class="site-footer"><p>© 2024 The Town Gazette. All rights reserved.</p></footer>
</body></html>`;

describe('the comment thread', () => {
  it('is kept apart from an HTML page when asked: the comments, without the heading, buttons and form of the thread', () => {
    const doc = declutter(PAGE, {comments: true});
    expect(doc.comments).toEqual([
      'Margaret Holt says:',
      'Wonderful news, my grandchildren go to the reading club every month and they would have been so disappointed.',
      'Dev Patel says:',
      'About time the council listened. The Sunday hours are the only ones many working families can use.',
    ]);
    expect(doc.body).not.toContain('Margaret');
  });

  it('leaves out the thread\'s buttons, times and anti-spam notice, and keeps who wrote each comment', () => {
    const stamps = PAGE.replaceAll('<a class="comment-reply-link" href="#">Reply</a>', '<div class="comment-meta"><span class="comment-time">2mo</span></div><div class="comment-actions"><span class="reaction">Like</span></div><div class="comment-meta">3 days ago</div>').replace(
      '</form>',
      '</form><p class="akismet_comment_form_privacy_notice">This site uses Akismet to reduce spam. Learn how your comment data is processed.</p>',
    );
    expect(stamps).toContain('Akismet');
    const doc = declutter(stamps, {comments: true});
    expect(doc.comments).toEqual(declutter(PAGE, {comments: true}).comments);
  });

  it("leaves out the thread's heading where it names no comments: Responses, 12 Replies, Discussion", () => {
    for (const heading of ['Responses', '12 Replies', '1 Reply', 'One Response', 'Discussion (3)', '3 Reaktionen', '1 Antwort', '2 réponses']) {
      const page = PAGE.replace('<h2 class="comments-title">3 Comments</h2>', `<h2 class="comments-title">${heading}</h2>`);
      expect(page, heading).toContain(heading);
      expect(declutter(page, {comments: true}).comments, heading).toEqual(declutter(PAGE, {comments: true}).comments);
    }
  });

  it('is not there unless asked, and the outputs stay as they were', () => {
    const plain = declutter(PAGE);
    expect(plain.comments).toBeUndefined();
    expect(JSON.parse(toJson(plain))).not.toHaveProperty('comments');
    const asked = declutter(PAGE, {comments: true});
    expect(asked.blocks).toEqual(plain.blocks);
    expect(toText(asked).startsWith(toText(plain))).toBe(true);
  });

  it('is found in text after a comments marker below the body, up to the next boilerplate', () => {
    const text = [
      'Library to stay open on Sundays',
      ...ARTICLE.replace(/<\/?p>/g, '').split('\n'),
      '2 Comments',
      'Margaret Holt says:',
      'Wonderful news, my grandchildren go to the reading club every month and they would have been so disappointed.',
      'Reply',
      'Related stories',
      'Bus routes to change in the new year',
    ].join('\n\n');
    const doc = declutter(text, {comments: true});
    expect(doc.comments).toContain('Margaret Holt says:');
    for (const furniture of ['2 Comments', 'Reply', 'Related stories', 'Bus routes to change in the new year']) expect(doc.comments).not.toContain(furniture);
    // The body stays the scorer's: a comment it kept is not taken out of it.
    const kept = doc.blocks.filter((block) => block.kept).map((block) => block.text);
    expect(doc.comments!.filter((comment) => kept.includes(comment))).toEqual([]);
  });

  it('comes after the body under a marker in text, and as its own section in Markdown', () => {
    const doc = declutter(PAGE, {comments: true, structure: true});
    const text = toText(doc);
    expect(text).toContain(`${doc.body}\n\n${COMMENTS_MARKER}\n\nMargaret Holt says:\n\nWonderful news`);
    expect(toMarkdown(doc)).toMatch(/\n## Comments\n\nMargaret Holt says:\n\nWonderful news/);
  });

  it('is asked for with --comments', async () => {
    const result = await cli(['--comments', '-f', 'json', '--input-format', 'html', '-'], {input: PAGE});
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).comments).toHaveLength(4);
  });
});
