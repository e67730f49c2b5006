import {describe, expect, it} from 'vitest';
import {BOILERPLATE_LABELS, CUES, matchCues, type BoilerplateLabel} from '../src/index.js';

const names = (text: string) => matchCues(text).map((cue) => cue.name);
const labels = (text: string) => new Set(matchCues(text).map((cue) => cue.label));

/**
 * For each cue group: boilerplate as sites write it, each example naming the cue that must fire; and ordinary body
 * sentences that use the same words, on which no cue of the group may fire.
 */
const GROUPS: Record<BoilerplateLabel, {fires: [cue: string, text: string][]; quiet: string[]}> = {
  ad: {
    fires: [
      ['sponsor-disclaimer', 'This content is provided by our sponsor. It is not written by the editorial staff.'],
      ['ad-marker', 'ADVERTISEMENT'],
      ['ad-marker', 'Advertisement - Continue Reading Below'],
      ['ad-marker', 'Sponsored content'],
      ['ad-marker', 'Anzeige'],
      ['ad-continue-below', 'Story continues below advertisement'],
      ['ad-skip', 'Skip Ad'],
      ['ad-skip', 'Why this ad?'],
    ],
    quiet: [
      'The company spent heavily on advertising last year, according to its annual report.',
      'Her first job was in an ad agency in Chicago, where she wrote copy for cereal brands.',
      'The campaign was sponsored by three local businesses and raised $40,000.',
    ],
  },
  related: {
    fires: [
      ['related-marker', 'Read Next'],
      ['related-marker', 'Related Stories'],
      ['related-marker', 'Most Popular'],
      ['related-marker', 'You may also like'],
      ['related-marker', 'More from Reuters'],
      ['related-marker', 'Lesen Sie auch'],
      ['related-marker', 'FEATURED STORIES\nNEWSINFO'],
      ['related-marker', '» Read more »'],
      ['related-prefix', 'Read more: Why the Fed held rates steady in March'],
      ['related-prefix', 'RELATED: Five things to know about the summit'],
    ],
    quiet: [
      'He said he would read more books this year, and he kept his word.',
      'Related research suggests that sleep affects memory in older adults.',
      'Most popular among younger voters was the promise to cut tuition fees.',
      'See also how the council voted last year, when the same plan was rejected.',
      'The latest figures show inflation rose to 4.2% in March.',
    ],
  },
  newsletter: {
    fires: [
      ['form-message', 'Oops! Something went wrong while submitting the form.'],
      ['form-field', 'Email address *'],
      ['newsletter-join', 'Join over 1M others who get our weekly brief.'],
      ['newsletter', 'Sign up for our daily newsletter'],
      ['newsletter', 'Get the latest news delivered straight to your inbox.'],
      ['sign-up', 'Sign up'],
      ['sign-up', 'Log in'],
      ['sign-up', 'Subscribe'],
      ['dont-miss', "Don't miss out on the latest stories from our team"],
    ],
    quiet: [
      'He signed up for the army at 18 and served for two decades.',
      'Subscribers to the service rose by 5 million in the quarter, the company said.',
      'Officials said they would register every voter before the deadline in May.',
    ],
  },
  social: {
    fires: [
      ['click-to-share', 'Click to share on Facebook (Opens in new window)'],
      ['share', 'Share'],
      ['share', 'Share on Facebook'],
      ['share', 'Tweet | Email | Print'],
      ['follow-us', 'Follow us on Twitter for the latest updates'],
      ['social-handle', '@nytimes'],
      ['social-embed', 'View this post on Instagram'],
      ['social-embed', 'A post shared by Patagonia (@patagonia)'],
      ['social-embed', 'Ein Beitrag geteilt von SKEP (@skep.association) am 23. Okt 2017 um 0:05 PDT'],
      ['social-handle', '#ukraine #nato'],
      ['counter', '1.2k shares'],
      ['feedback-prompt', 'Was this article helpful? Yes No'],
    ],
    quiet: [
      'Users can share photos with friends, and the service has grown fast.',
      'Share prices fell 3% on Monday after the results were published.',
      'The company reported 5 million views of its launch video within a day.',
      'She posted the video on Facebook and Twitter, where it spread within hours.',
    ],
  },
  comments: {
    fires: [
      ['comment-author', 'Unique gifts says'],
      ['comment-reply', 'Report abuse'],
      ['comment-thread', '15 Replies to “Open-sourcing our tools”'],
      ['comment-thread', 'Join the discussion'],
      ['comments', 'View comments'],
      ['comments', '23 Comments'],
      ['comments', 'Leave a comment'],
      ['comments', 'Reply'],
      ['comment-policy', 'Your email address will not be published. Required fields are marked *'],
    ],
    quiet: [
      'The minister declined to comment on the report when asked by reporters.',
      'Comments made by the senator on Tuesday drew criticism from both parties.',
      'She did not reply to several requests for an interview.',
    ],
  },
  legal: {
    fires: [
      ['affiliate', 'We may earn a commission when you buy through links on our site.'],
      ['republish', 'This article first appeared on The Conversation.'],
      ['consent-notice', 'We and our partners store and/or access information on a device.'],
      ['copyright', '© 2024 Example Media. All rights reserved.'],
      ['cookies', 'We use cookies to improve your experience on our site.'],
      ['privacy-terms', 'Read our Privacy Policy and Terms of Use'],
      ['legal-link', 'Privacy'],
      ['legal-link', 'Contact us'],
      ['legal-link', 'Accept all cookies'],
    ],
    quiet: [
      'Under the terms of the deal, the company will pay $2 billion over five years.',
      'The report raised questions about the privacy of patients whose records were shared.',
      'He asked for help from his neighbours when the river rose.',
    ],
  },
  caption: {
    fires: [
      ['wire-credit', 'Nick Oxford/Human Rights Campaign via AP'],
      ['photo-credit', 'Olivier Hoslet/Pool via REUTERS'],
      ['photo-credit', 'Photo: John Smith/Getty Images'],
      ['photo-credit', '(AP Photo/Evan Vucci)'],
      ['caption-marker', 'Enlarge this image'],
      ['caption-marker', 'Toggle caption'],
      ['caption-marker', '12 photos'],
    ],
    quiet: [
      'The photo, taken in 1969, shows the astronauts standing beside the module.',
      'Reporters were allowed to watch as the ballots were counted.',
      'Images from the telescope were released to the public on Tuesday.',
    ],
  },
  navigation: {
    fires: [
      ['nav-word', 'Home'],
      ['nav-word', 'Skip to content'],
      ['nav-word', 'Back to top'],
      ['nav-word', 'Tags: nato, russia, ukraine'],
      ['breadcrumb', 'Home > News > World'],
      ['pipe-list', 'News | Sport | Business | Culture'],
      ['page-numbers', 'Page 2 of 5'],
      ['page-numbers', '1 2 3 4 Next'],
    ],
    quiet: [
      'The home team scored twice in the second half to win the match.',
      'The next step is a vote in the Senate, which is expected next week.',
      'Business leaders met the president to discuss the news from Brussels.',
      'Profits rose 10% > expectations, while costs fell 5% > forecasts, analysts said.',
    ],
  },
  other: {
    fires: [
      ['call-to-action', 'Add to cart'],
      ['call-to-action', 'Start your free trial'],
      ['reading-time', '5 min read'],
      ['reading-time', 'Reading time: 4 minutes'],
    ],
    quiet: [
      'The team posted a 10 min video explaining the bug and how they fixed it.',
    ],
  },
  byline: {
    fires: [
      ['byline', 'By Jane Smith'],
      ['byline', 'By John Doe and Mary Major, Reuters'],
    ],
    quiet: [
      'Written by hand, the letter ran to nine pages.',
      'By the end of the war, the city had lost half of its population.',
    ],
  },
  dateline: {
    fires: [
      ['dateline', 'January 12, 2022'],
      ['dateline', 'Published: 12 January 2022 at 10:30 GMT'],
    ],
    quiet: [
      'It was published on January 12, 2022, in the journal Nature, after two years of review.',
    ],
  },
};

describe('cue groups', () => {
  it('cover every boilerplate label', () => {
    expect(Object.keys(GROUPS).sort()).toEqual([...BOILERPLATE_LABELS].sort());
  });

  for (const [label, {fires, quiet}] of Object.entries(GROUPS)) {
    describe(label, () => {
      it.each(fires)('%s fires on %j', (cue, text) => {
        const matched = matchCues(text).filter((c) => c.name === cue);
        expect(matched, `cues: ${names(text).join(', ')}`).toHaveLength(1);
        expect(matched[0]!.label).toBe(label);
      });

      it.each(quiet)(`no ${label} cue on a body sentence: %s`, (text) => {
        expect([...labels(text)], `cues: ${names(text).join(', ')}`).not.toContain(label);
      });
    });
  }

  it('every cue of the table has a typical example above', () => {
    const exemplified = new Set(Object.values(GROUPS).flatMap((group) => group.fires.map(([cue]) => cue)));
    expect(CUES.map((cue) => cue.name).filter((name) => !exemplified.has(name))).toEqual([]);
  });
});

// Sites in other languages print the same furniture in their own words, most of it the strings their publishing system
// ships translated (WordPress's comment form, related posts, share buttons): each fires the cue its English form fires.
describe('cues in other languages', () => {
  const FIRES: [cue: string, text: string][] = [
    ['related-marker', 'Ähnliche Beiträge'],
    ['related-marker', 'Das könnte dich auch interessieren'],
    ['related-marker', 'Articles similaires'],
    ['related-marker', 'Noticias relacionadas'],
    ['related-marker', 'Articoli correlati'],
    ['related-marker', 'Leia também'],
    ['related-marker', 'Gerelateerde artikelen'],
    ['related-marker', 'Czytaj także'],
    ['comments', 'Schreibe einen Kommentar'],
    ['comments', 'Neueste Kommentare'],
    ['comments', 'Laisser un commentaire'],
    ['comments', 'Deja un comentario'],
    ['comment-policy', 'Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.'],
    ['comment-policy', 'Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *'],
    ['comment-policy', 'Tu dirección de correo electrónico no será publicada.'],
    ['comment-policy', 'Du kommentierst mit deinem WordPress.com-Konto. ( Abmelden / Ändern )'],
    ['comment-author', 'Franziska Elea sagt:'],
    ['comment-thread', 'Gib hier deinen Kommentar ein …'],
    ['comment-reply', 'Gefällt mir Wird geladen …'],
    ['click-to-share', 'Klick, um über Twitter zu teilen (Wird in neuem Fenster geöffnet)'],
    ['share', 'Artikel teilen'],
    ['share', 'Teilen mit:'],
    ['follow-us', 'Schließe dich 2.431 anderen Abonnenten an'],
    ['sign-up', 'Suche nach:'],
    ['sign-up', 'Abbrechen'],
    ['form-field', 'Name (erforderlich)'],
    ['form-field', 'Kommentar *'],
    ['form-message', 'Wenn du ein Mensch bist, lasse das Feld leer:'],
    ['cookies', 'Weitere Informationen, beispielsweise zur Kontrolle von Cookies, findest du hier: Cookie-Richtlinie'],
    ['copyright', 'Erstelle eine kostenlose Website oder Blog – auf WordPress.com.'],
    ['nav-word', 'Beitrags-Navigation'],
    ['nav-word', 'Vorheriger Beitrag'],
    ['nav-word', 'Zurück zum Inhaltsverzeichnis'],
    ['nav-word', 'Zurück zu Meere'],
    ['nav-word', 'Weiterlesen »'],
    ['nav-word', 'Lire la suite'],
    ['dateline', '6. November 2023 um 13:03 Uhr'],
    ['dateline', 'Miércoles, 4 de mayo de 2022 10:30 hs'],
    ['comments', 'Schreibe einen Kommentar Antworten abbrechen'],
    ['comments', 'Leave a Reply Cancel reply'],
    ['comments', 'Komentarze (0)'],
    ['related-marker', 'Articles les plus lus'],
    ['ad-marker', 'Reklama'],
    ['caption-marker', '12 Bilder'],
    ['caption-marker', 'Your browser does not support the video tag.'],
    ['caption-marker', 'Dein Browser kann dieses Video nicht abspielen.'],
    ['wire-credit', 'Hector Andrade | Agencia UNO'],
    ['photo-credit', 'Fot. Lukasz Nowaczyk / Agencja Gazeta'],
    ['photo-credit', 'Vergrößern Eine kleine runde Aussparung für die Kamera im Display.'],
    ['affiliate', 'Bei den Verlinkungen handelt es sich um Affiliate Links'],
    ['sponsor-disclaimer', '*Werbung. Dieser Beitrag enthält Werbung für eine Marke.'],
    ['reading-time', '21 minutes - 4312 words'],
    ['reading-time', 'Lesezeit: 4 Minuten'],
    ['byline', 'von Anja Schmoll-Trautmann am 14. Mai 2014, 15:40 Uhr'],
    ['byline', 'By Jane Doe on March 3, 2022'],
    ['nav-word', 'Kategorie: News'],
    ['call-to-action', 'Jetzt kaufen'],
    ['share', 'Compartilhar'],
    ['share', 'Partager sur Facebook'],
    ['form-field', 'Name * ______________________________'],
    ['comment-thread', '2 Gedanken zu „Der Herbst im Garten“'],
    ['related-prefix', 'Lies auch: Warum der Herbst so schön ist'],
    ['related-marker', 'Für dich empfohlen'],
    ['related-marker', 'Viel gelesen in Handel'],
    // The second round: strings that publishing systems and widgets print the same on many sites.
    ['related-marker', 'VERWANDTE ARTIKELMEHR VOM AUTOR'],
    ['related-marker', 'Related articlesMore from author'],
    ['related-marker', 'Ähnliche Nachrichten'],
    ['related-marker', 'Weiterführende Links'],
    ['related-marker', 'Videos zum Thema'],
    ['related-marker', 'Otras Noticias'],
    ['related-marker', 'Ezek is érdekelhetnek'],
    ['sign-up', 'Jetzt registrieren'],
    ['sign-up', 'INGRESAR'],
    ['sign-up', 'RSS - Beiträge'],
    ['newsletter', 'Gib deine E-Mail-Adresse ein, um diesem Blog zu folgen und per E-Mail Benachrichtigungen über neue Beiträge zu erhalten.'],
    ['share', 'Be Sociable, Share!'],
    ['share', 'Jump to RecipePrint Recipe'],
    ['share', 'Print Recipe Pin Recipe'],
    ['comment-policy', 'Du musst angemeldet sein, um einen Kommentar abzugeben.'],
    ['comment-policy', 'E-Mail (wird benötigt und nicht veröffentlicht)'],
    ['comment-policy', 'Mail (will not be published) (required)'],
    ['comment-policy', 'In den Wald hineinrufen Antwort abbrechen'],
    ['comment-policy', 'Weitere Informationen über Textformate'],
    ['copyright', 'Materiał chroniony prawem autorskim - wszelkie prawa zastrzeżone.'],
    ['copyright', 'Der Inhalt dieser Seite steht unter einer Creative Commons Namensnennung 3.0 Deutschland Lizenz'],
    ['copyright', 'Unless otherwise stated, the content of this page is licensed under Creative Commons Attribution-ShareAlike 3.0 License'],
    ['ad-marker', 'Affiliatelink'],
    ['ad-marker', '* Affiliate-Link'],
    ['nav-word', 'MARKIERT MIT'],
    ['nav-word', 'Veröffentlicht in: Aktuell, Rezension'],
    ['nav-word', 'Vorheriges Weiter'],
    ['feedback-prompt', 'Fanden Sie diesen Artikel nützlich?'],
    ['feedback-prompt', 'Gefällt Ihnen dieser Artikel?'],
    ['feedback-prompt', 'War dieser Artikel hilfreich? Ja Nein'],
    ['feedback-prompt', 'Cet article vous a-t-il été utile\u202f? Oui Non'],
    // What news pages in German and other languages still printed without their address.
    ['related-marker', 'Temas Relacionados'],
    ['related-marker', 'Das Thema könnte dich auch interessieren:'],
    ['related-marker', 'Lesen Sie auch die folgenden Beiträge:'],
    ['related-marker', 'Weitere aktuelle Themen aus der Arbeitswelt'],
    ['related-marker', 'Alle Nachrichten zum Naturschutz'],
    ['related-marker', 'Mehr aus der Sendung'],
    ['related-marker', 'Es gibt derzeit keine bevorstehenden Veranstaltungen.'],
    ['related-marker', 'There are no upcoming events at this time.'],
    ['feedback-prompt', 'Hier können Sie den Artikel bewerten'],
    ['feedback-prompt', 'Valora esta noticia'],
    ['share', 'Merken'],
    ['share', 'URL zum Kopieren'],
    ['comments', 'Kommentare schreiben'],
    ['comments', 'Kommentieren Sie hier'],
    ['comments', 'Kommentare insgesamt: 0'],
    ['comment-policy', 'Um den Tipp "Gurken einlegen" kommentieren zu können, müssen Sie eingeloggt sein.'],
    ['comment-policy', 'Bitte registrieren Sie sich und halten Sie sich an unsere Netiquette.'],
    ['newsletter', 'Lass dir die besten Storys jede Woche in deinen Posteingang liefern.'],
    ['newsletter', 'Subscribe to read the full story.'],
    ['dont-miss', 'Verpasse keine News zu Technik und Wissen'],
    ['dont-miss', 'Abonnieren Sie unseren Newsletter und nichts mehr versäumen!'],
    ['consent-notice', 'Klicken Sie auf den unteren Button, um den Inhalt von www.example.com zu laden.'],
    ['photo-credit', 'Titelbild: Max Mustermann/picture-alliance'],
    ['photo-credit', 'Beitragsbild: Titelseite vom 2.4.2019'],
    ['photo-credit', 'Crédits photos : Agence Exemple'],
    ['dateline', 'Pubblicato il 19 Febbraio 2020 Ultima modifica 19 Febbraio 2020 12:02'],
    ['dateline', 'Published March 3, 2022 | Updated March 4, 2022 at 9:15 am'],
  ];
  const QUIET: [label: BoilerplateLabel, text: string][] = [
    ['comments', 'Der Minister wollte die Kommentare der Opposition nicht weiter kommentieren.'],
    ['related', 'Ähnliche Beiträge zahlten auch die Nachbarländer an den Fonds, sagte die Ministerin.'],
    ['navigation', 'Die Kategorien der Förderung wurden im Archiv der Stadt gefunden.'],
    ['social', 'Die Aktionäre wollen die Gewinne nicht mit den Mitarbeitern teilen.'],
    ['dateline', 'Am 6. November 2023 um 13:03 Uhr begann die Sitzung des Landtags.'],
    ['dateline', 'El 4 de mayo de 2022 el Congreso aprobó la ley por amplia mayoría.'],
    ['newsletter', 'Die Polizei musste die Suche nach dem Vermissten am Abend abbrechen.'],
    // Subheadings in the article, not a comment's author or a page's navigation.
    ['comments', 'Was die Wissenschaft sagt'],
    ['comments', 'What the science says'],
    ['navigation', 'Zurück zu den Wurzeln'],
    ['navigation', 'Zurück zur Natur'],
    ['byline', 'Von Frankfurt am Main nach Berlin'],
    ['newsletter', 'Recherche'],
    ['comments', 'Er sagt:'],
    ['comments', 'Cela dit'],
    ['comments', 'Loaded dice'],
    ['comments', 'Reacties'],
    ['comments', 'Gefällt mir:'],
    ['comments', 'Ein Kommentar zu den Plänen der Regierung'],
    ['social', 'Compartilhe as tarefas domésticas'],
    ['social', 'Compartir en familia'],
    ['related', 'Le nuove leggi anche in Italia entrano in vigore a gennaio.'],
    ['related', 'Ella lee también novelas de misterio por la noche.'],
    ['newsletter', 'Antwort: ______'],
    ['related', 'Weitere Nachrichten zum Thema finden Sie in unserem Archiv.'],
    ['related', 'Trending in the wrong direction, the polls worried the campaign.'],
    ['comments', 'Der Vorstand musste die Antworten abbrechen, als der Strom ausfiel, sagte er.'],
    ['social', 'Der Artikel hat mir sehr gefallen, schrieb eine Leserin.'],
    ['social', 'Print recipes from the archive are a treasure of the library.'],
    ['legal', 'Die Fotos stehen unter einer freien Lizenz, sagte die Sprecherin.'],
    ['navigation', 'Markiert mit roter Farbe sind die Wege, die im Winter gesperrt sind.'],
    ['navigation', 'Veröffentlicht in der Zeitschrift Nature im Mai 2021.'],
    ['related', 'Mehr aus der Geschichte der Stadt erzählt das Museum im Keller.'],
    ['related', 'Alle Artikel zum Gesetz wurden im Landtag einzeln beraten.'],
    ['social', 'Merken Sie sich den Termin vor.'],
    ['comments', 'Die Kommentare schreiben sich nicht von selbst, sagte die Redakteurin.'],
    ['dateline', 'Um 3:59 PM the power went out across the city.'],
    ['dateline', '6:00 AM'],
    ['related', 'Mehr aus den Fehlern lernen'],
    ['related', 'Mehr aus dem Garten holen'],
    ['related', 'Weitere Meldungen zum Unfall liegen nicht vor'],
    ['related', 'Alle Beiträge zur Sozialversicherung steigen'],
    ['related', 'Weitere Themen aus der Sitzung blieben offen'],
    ['newsletter', 'Betrüger schicken gefälschte Mails direkt in Ihren Posteingang.'],
    ['newsletter', 'She wanted to read the rest of the story before deciding.'],
    ['newsletter', 'Dank der App verpassen sie keine Abfahrt mehr.'],
    ['newsletter', 'Ich verpasse keine Gelegenheit, ihn daran zu erinnern.'],
    ['newsletter', 'So sollen Nutzer nichts mehr verpassen.'],
    ['comments', 'Die Netiquette verlangt, dass man im Chat höflich bleibt.'],
  ];

  it.each(FIRES)('%s fires on %j', (cue, text) => {
    expect(names(text)).toContain(cue);
  });

  it.each(QUIET)('no %s cue on a body sentence: %s', (label, text) => {
    expect([...labels(text)], `cues: ${names(text).join(', ')}`).not.toContain(label);
  });
});

describe('whole-block cues', () => {
  it('match the whole block only, whatever the case, bullets and framing punctuation', () => {
    for (const text of ['READ NEXT', '• Read next »', '— Read Next', 'Read next:', '(Read next)']) {
      expect(names(text), text).toContain('related-marker');
    }
    expect(names('Read next week’s column for the answer to this puzzle.')).not.toContain('related-marker');
  });

  it('judge a short block of several lines by its first line, not a long one', () => {
    expect(names('Related Stories\nNATO talks end without a deal')).toContain('related-marker');
    const long = `Related\n${'Talks between the two sides went on for four hours and ended without agreement. '.repeat(3)}`;
    expect(names(long)).not.toContain('related-marker');
  });

  it('are whole and other cues partial, as the table says', () => {
    const whole = CUES.filter((cue) => cue.whole).map((cue) => cue.name);
    expect(whole).toContain('ad-marker');
    expect(whole).not.toContain('ad-continue-below');
    expect(matchCues('ADVERTISEMENT').find((cue) => cue.name === 'ad-marker')?.whole).toBe(true);
  });
});

// Text at a cue's edge: prose that looks like one at a glance, and cues written in unusual ways.
describe('cues on borderline text', () => {
  it('cookies: food is not a cookie notice', () => {
    expect(names('She baked cookies for the children every Sunday afternoon.')).not.toContain('cookies');
  });
  it('cookies: consent in court is not a cookie notice', () => {
    expect(names('They did not consent to the search, their lawyer told the court on Monday.')).not.toContain('cookies');
  });
  it('byline: a sentence starting with "By the" is not a byline (\\p{Lu} matches any letter under /iu)', () => {
    expect(names('By the end of the war, the city had lost half of its population.')).not.toContain('byline');
  });
  it('byline: "By Friday, ..." is a sentence, not a byline', () => {
    expect(names('By Friday, the talks had collapsed and both delegations had gone home.')).not.toContain('byline');
  });
  it('cueKey: a trailing dash frames a marker as a leading one does', () => {
    expect(names('— Read Next —')).toContain('related-marker');
  });
  it('photo-credit: "Reuters/Ipsos" in a body sentence is not a photo credit', () => {
    expect(names('A Reuters/Ipsos poll shows the race is tight.')).not.toContain('photo-credit');
  });
  it('ad-continue-below: a sentence about an advertisement is not an ad marker', () => {
    expect(names('The advertisement, which aired during the Super Bowl, drew hundreds of complaints.')).toEqual([]);
  });
  it('share: share buttons separated by spaces only', () => {
    expect(names('Facebook Twitter LinkedIn')).toContain('share');
  });
});

describe('page-numbers', () => {
  it('fires on a row of page links and not on one long number', () => {
    expect(names('1 2 3 4 Next »')).toContain('page-numbers');
    // A long run of digits must not make this cue backtrack exponentially: it is simply no match.
    expect(names(`${'1'.repeat(42)} [1.gif?x]`)).not.toContain('page-numbers');
  });
});

describe('matchCues on a block seen before', () => {
  it('gives the same cues again, and a caller changing the list it got does not change the next answer', () => {
    const first = names('Read Next');
    expect(first).toEqual(['related-marker']);
    const list = matchCues('Read Next');
    list.length = 0;
    expect(names('Read Next')).toEqual(['related-marker']);
  });

  it('passes a key and lower-cased text given by the caller through to the same answer', () => {
    const text = 'Advertisement - Continue Reading Below';
    expect(matchCues(text, undefined, text.toLowerCase()).map((cue) => cue.name)).toEqual(names(text));
  });
});

describe('cookies', () => {
  it('fires on a cookie notice and not on prose about data protection law', () => {
    expect(names('This site uses cookies to improve your experience.')).toContain('cookies');
    expect(names('Models can be hosted on-premise, a critical requirement for GDPR and HIPAA compliance.')).not.toContain('cookies');
  });
});
