import {describe, expect, it} from 'vitest';
import {describeBlock} from '../src/features/describe.js';
import {stopwordsFor} from '../src/features/language.js';

const describeEnglish = (text: string) => describeBlock(text, stopwordsFor('eng'));

describe('describeBlock', () => {
  it('counts sentences with retext where a full stop may end an abbreviation', () => {
    // The one-pass rule would count three sentences here ("Mr." ends one); the parser knows the abbreviation.
    expect(describeEnglish('Mr. Smith went to Washington. He said hello.').sentences).toBe(2);
    expect(describeEnglish('It rained. Then it snowed. Then it stopped.').sentences).toBe(3);
    expect(describeEnglish('No sentence end here').sentences).toBe(1);
  });

  it('tells how a block ends: terminal punctuation (closing quotes allowed), a colon, or neither', () => {
    expect(describeEnglish('He said "stop."  ')).toMatchObject({endsWithTerminal: true, endsWithColon: false});
    expect(describeEnglish('Ingredients: \n')).toMatchObject({endsWithTerminal: false, endsWithColon: true});
    expect(describeEnglish('Read more')).toMatchObject({endsWithTerminal: false, endsWithColon: false});
    expect(describeEnglish('   ')).toMatchObject({endsWithTerminal: false, endsWithColon: false});
  });

  it('finds links, e-mail addresses, mentions and hashtags only where they are', () => {
    const social = describeEnglish('Write to news@example.com or @newsdesk, see https://example.com #breaking');
    expect(social).toMatchObject({urls: 1, emails: 1, mentions: 1, hashtags: 1});
    expect(describeEnglish('Plain words only.')).toMatchObject({urls: 0, emails: 0, mentions: 0, hashtags: 0});
  });
});
