/**
 * Five pages of one made-up news site, as a scraper saves them: the site's menu, the article, a newsletter box, a
 * footer. The menu, newsletter and footer lines repeat on every page; one body sentence is quoted on two pages.
 */
const MENU = ['Home', 'World', 'Business', 'Science', 'Opinion'];
const BOX = ['Subscribe to our daily newsletter', "Don't miss out on the latest news and information."];
/** Site lines that read like prose, set inside the article: cleaning a page alone keeps them. */
const PROMO = [
  'The Harbour Courier has reported on the town and its islands since 1887, and our reporters live here too.',
  'Local journalism depends on readers like you, and every member helps us keep our reporting free for everyone.',
];
const FOOTER = ['About us', 'Contact the newsroom', 'Terms of use', '© 2026 The Harbour Courier. All rights reserved.'];

/** The body sentence that two pages share: it must survive template learning. */
export const SHARED_SENTENCE =
  'The harbour authority said the new breakwater would protect the old town from winter storms for at least fifty years.';

const ARTICLES: Array<{title: string; body: string[]}> = [
  {
    title: 'Breakwater work begins after a decade of delays',
    body: [
      'Construction crews moved the first granite blocks into place on Monday, ending ten years of planning disputes between the city council and the port.',
      SHARED_SENTENCE,
      'Fishermen who had opposed the project said they were now satisfied with the changes made to the entrance channel, which will stay open during the works.',
    ],
  },
  {
    title: 'Ferry timetable changes for the summer season',
    body: [
      'The island ferry will run every forty minutes from June, the operator announced, after passenger numbers rose by a third last year.',
      'Early morning crossings will be added on weekdays so that commuters can reach the mainland before the first trains leave the station.',
      'Tickets bought before the change remain valid, and season passes will be extended by two weeks to make up for the spring closures.',
    ],
  },
  {
    title: 'Storm damage bill reaches four million',
    body: [
      'The council has counted the cost of the January storms, which flooded the lower streets of the old town twice in a single week.',
      'Shop owners on the quay said the repairs would take months, and several have asked for their business rates to be lowered until then.',
      SHARED_SENTENCE,
    ],
  },
  {
    title: 'Museum reopens with a new maritime gallery',
    body: [
      'After two years of renovation the town museum opened its doors again on Saturday, with a gallery devoted to the history of the fishing fleet.',
      'The centrepiece is a restored rowing lifeboat from 1902, which volunteers spent eighteen months repairing plank by plank in a shed by the harbour.',
      'Entry will be free for residents until the end of the year, the museum director told visitors at the opening.',
    ],
  },
  {
    title: 'School children plant trees along the coastal path',
    body: [
      'More than two hundred pupils from four primary schools planted native trees along the coastal path this week as part of a county project.',
      'The trees are meant to hold the soil on the cliff edge, where several sections of the path have fallen into the sea in recent winters.',
      'Teachers said the children would visit the site every spring to measure how the saplings are growing and to record the birds that nest there.',
    ],
  },
];

/** The page's text, blocks separated by blank lines (the `paras` layout). */
export function sitePage(index: number): string {
  const article = ARTICLES[index]!;
  const [first, ...rest] = article.body;
  return [...MENU, article.title, first!, PROMO[0]!, ...rest, PROMO[1]!, ...BOX, ...FOOTER].join('\n\n') + '\n';
}

export const SITE_PAGES = ARTICLES.length;
export const TEMPLATE_LINES = [...MENU, ...PROMO, ...BOX, ...FOOTER];
export const PROMO_LINES = PROMO;
