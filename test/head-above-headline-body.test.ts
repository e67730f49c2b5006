import {describe, expect, it} from 'vitest';
import {declutter} from '../src/index.js';

// Pages whose scrape left the headline out: the article opens with short lines (a lede, a byline, a Q&A's first
// exchange), then a subheading, then long paragraphs. The short lines are the article's own text, not a page head.
const NAV = ['Skip to content', 'Home', 'News', 'Sport', 'Business', 'Culture', 'Subscribe', 'Sign in'];
const FOOT = ['Share this article', 'Facebook', 'Twitter', 'Related stories', 'Ten things to do this weekend in the city', '© 2024 Example Media. All rights reserved.', 'Privacy policy'];
const BODY = [
  "The new budget sets aside more money for road repairs and public transport than any budget of the last decade, and it raises the pay of the city's teachers by three percent.",
  'Council members who voted against it said the city could not afford the increase in spending, and that property taxes would have to rise next year to pay for it.',
  'The mayor said the budget was the result of a long compromise, and thanked the members of the council who had worked through the summer to reach it.',
  'Residents will see the first changes in the spring, when the repairs of the main roads begin and the new bus lines open in the north of the city.',
];
const URL = 'https://example.com/news/city-council-approves-new-budget';

const FR_NAV = ['Aller au contenu', 'Accueil', 'Politique', 'Économie', 'Sport', 'Culture', "S'abonner", 'Se connecter'];
const FR_FOOT = ["Partager l'article", 'Facebook', 'Twitter', 'À lire aussi', 'Mentions légales', 'Confidentialité', '© 2024 Exemple Médias'];
const FR_BODY = [
  "Le nouveau budget consacre davantage d'argent à la réparation des routes et aux transports publics que tous les budgets de la dernière décennie, et il augmente de trois pour cent le salaire des enseignants de la ville.",
  "Les conseillers qui ont voté contre ont déclaré que la ville ne pouvait pas se permettre cette hausse des dépenses, et que la taxe foncière devrait augmenter l'an prochain pour la financer.",
  "Le maire a déclaré que le budget était le fruit d'un long compromis, et a remercié les membres du conseil qui y avaient travaillé tout l'été pour parvenir à un accord.",
  'Les habitants verront les premiers changements au printemps, lorsque commenceront les travaux sur les grandes routes et que les nouvelles lignes de bus ouvriront dans le nord de la ville.',
];
const FR_URL = 'https://example.fr/politique/le-conseil-adopte-le-nouveau-budget';

function keptOf(blocks: string[], url: string) {
  const doc = declutter(blocks.join('\n\n'), {url});
  return doc.blocks.filter((b) => b.kept).map((b) => b.text);
}

describe('the article’s opening lines above a subheading, where the scrape has no headline', () => {
  it('keeps a one-sentence lede under a byline', () => {
    const opening = ['By Maria Lopez', 'The city council approved its budget on Tuesday night.'];
    const kept = keptOf([...NAV, ...opening, 'The new city budget', ...BODY, ...FOOT], URL);
    expect(kept).toContain(opening[1]);
  });

  it('keeps a French intro of short lines', () => {
    const opening = ['Sept mois.', 'Quarante réunions.', 'Mardi soir, c’était fait.'];
    const kept = keptOf([...FR_NAV, ...opening, 'Le nouveau budget de la ville', ...FR_BODY, ...FR_FOOT], FR_URL);
    expect(opening.slice(1).filter((line) => !kept.includes(line))).toEqual([]);
  });
});
