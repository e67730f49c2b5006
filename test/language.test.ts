import {describe, expect, it} from 'vitest';
import {detectLanguage, stopwordsFor} from '../src/features/language.js';

const prose = {
  eng: 'The council met on Tuesday to discuss the budget, and most of the members said that they would vote for it if the plan was changed.',
  deu: 'Der Rat traf sich am Dienstag, um über den Haushalt zu sprechen, und die meisten Mitglieder sagten, dass sie dafür stimmen würden.',
  fra: 'Le conseil s’est réuni mardi pour discuter du budget, et la plupart des membres ont dit qu’ils voteraient pour si le plan changeait.',
  spa: 'El consejo se reunió el martes para hablar del presupuesto, y la mayoría de los miembros dijeron que votarían a favor si cambiaba el plan.',
};

describe('detectLanguage', () => {
  for (const [language, text] of Object.entries(prose)) {
    it(`names ${language} prose`, () => {
      expect(detectLanguage(['Home', 'Menu', text, text])).toBe(language);
    });
  }

  it('says undetermined for a page with too little text to tell', () => {
    expect(detectLanguage(['Home', 'Menu'])).toBe('und');
  });

  it('gives the stopword list of the language, and English for a language without one', () => {
    expect(stopwordsFor('deu').has('und')).toBe(true);
    expect(stopwordsFor('und').has('the')).toBe(true);
  });
});
