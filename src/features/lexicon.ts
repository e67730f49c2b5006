import type {BoilerplateLabel} from '../types.js';
import {codeSet, isSpace} from '../text/chars.js';
import {LiteralScan} from './literal-scan.js';
import {requiredLiterals} from './required-literals.js';

/**
 * The cue lexicon: phrases that mark a block as a kind of boilerplate. One table, data only.
 *
 * - `whole` cues must match the entire block (case folded, surrounding punctuation and spaces dropped), so that
 *   "Read more" as a link is a cue but a sentence that happens to contain "read more" is not.
 * - other cues match anywhere in the block, and only ever add evidence: the scorer weighs them against the rest.
 *
 * A cue's name is the reason users see in `--format explain`. Every pattern is a general rule about how sites write
 * boilerplate, never the words of one page.
 */
export interface Cue {
  name: string;
  label: BoilerplateLabel;
  pattern: RegExp;
  whole: boolean;
}

// Whether a cue judges the whole block, or matches a part of it: defined once, for the loops over every block to
// share, where a predicate written in the loop is a new function for each block.
export const isWholeCue = (cue: Cue): boolean => cue.whole;
export const isPartCue = (cue: Cue): boolean => !cue.whole;

/** A predicate, made once, of the cues that judge the whole block and have one of these names. */
export function wholeCueNamed(names: ReadonlySet<string>): (cue: Cue) => boolean {
  return (cue) => cue.whole && names.has(cue.name);
}

type CueRow = [name: string, label: BoilerplateLabel, whole: boolean, pattern: string];

// Where other languages' share buttons say they share to ("Partager sur Facebook", "Compartir en WhatsApp").
const NETWORKS = '(?:facebook|twitter|x|whatsapp|linkedin|telegram|pinterest|reddit|xing|e-?mail)';

// A date and its time as datelines print it.
const DATE_AND_TIME = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?\.?\s+\p{L}+\.?,?\s+\d{4}|\d{1,2}\s+de\s+\p{L}+\s+(?:de\s+)?\d{4}|\p{L}+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,4}[./-]\d{1,2}[./-]\d{1,4})(?:,?\s*(?:(?:at|um|à|a las|alle|às|om)\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?)?`;
const DATELINE_WORDS = String.raw`(?:published|updated|posted|last updated|veröffentlicht|aktualisiert|publié|mis à jour|pubblicato|ultima modifica|aggiornato|publicado|actualizado|atualizado|opublikowano|zaktualizowano)(?: on| am| le| il| el| em)?:?`;

// Patterns are case-insensitive and Unicode-aware. Whole-block patterns are anchored for you.
const ROWS: CueRow[] = [
  // Ads.
  ['ad-marker', 'ad', true, String.raw`(?:advertisement|advertisment|advertising|sponsored|sponsored content|sponsored links?|paid content|paid post|promoted|promoted content|partner content|ad|ads|anzeige|werbung|publicité|publicidad|pubblicità|reklame|reklama|publicidade|advertentie|affiliate-?links?|werbelink|partnerlink)(?: ?[-–—:] ?(?:story|article)? ?continue reading below)?`],
  ['ad-continue-below', 'ad', false, String.raw`\b(?:story|article) continues below\b|\bcontinue reading below\b|^advertisement\b|\badvertisement$`],
  ['ad-skip', 'ad', true, String.raw`(?:skip|close|report this) ad|ad feedback|why this ad\??`],

  // Related content.
  ['related-marker', 'related', true, String.raw`(?:read|see|watch|view|explore) (?:next|more|also|this next)(?: (?:stories|articles|news|on .{1,40}|from .{1,40}|about .{1,40}))?|related(?: (?:stories|articles|posts|news|content|coverage|topics|links|reading|videos?))?|(?:most|more) (?:read|popular|viewed|shared|commented|emailed|recent)(?: (?:stories|articles|news|posts|now|today|this week))?|trending(?: (?:now|stories|news|articles|topics|today))?|top stories|latest(?: (?:news|stories|articles|posts|videos))?|featured(?: (?:stories|articles|posts|news|content|videos?))?|editors?[’']?s? (?:picks?|choice)|recommended(?: (?:for you|stories|articles|reading|videos?))?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|(?:more|also) (?:from|in|on) .{1,40}|(?:more|other|similar) (?:stories|articles|posts|news)|don[’']?t miss|up next|in case you missed it|popular (?:posts|stories|articles)|recent (?:posts|stories|articles|comments)|previous (?:post|article|story)|next (?:post|article|story)|more stories|lesen sie auch|mehr zum thema|auch interessant|das könnte sie (?:auch )?interessieren|weitere artikel|à lire aussi|lire aussi|sur le même sujet|te puede interesar|leer más|leggi anche|ähnliche (?:beiträge|artikel)|verwandte (?:beiträge|artikel)|weitere (?:beiträge|nachrichten|news)|neu(?:e)?ste (?:beiträge|artikel|nachrichten)|letzte beiträge|beliebte (?:beiträge|artikel)|meistgelesen(?:e (?:artikel|beiträge))?|(?:viel|meist) gelesen(?: in .{1,40})?|für (?:dich|sie) empfohlen|weitere meldungen|top beiträge(?: & seiten)?|das könnte (?:dich|sie) auch interessieren|das könnte (?:dir|ihnen) auch gefallen|lies auch|mehr (?:artikel|beiträge|videos|nachrichten)|articles (?:similaires|liés|récents)|(?:articles )?les plus lus|derniers articles|à lire également|les plus lus|vous aimerez (?:peut-être )?aussi|dans la même rubrique|noticias relacionadas|(?:artículos|entradas|publicaciones) (?:relacionad[oa]s|recientes)|últimas noticias|lo más leído|más leídas|(?:también )?te puede (?:interesar|gustar)|lee también|articoli (?:correlati|recenti)|post correlati|ultimi articoli|potrebbe interessarti|(?:i )?più letti|ultime notizie|(?:notícias|artigos|posts) relacionad[oa]s|leia (?:também|mais)|veja também|mais lidas|últimas notícias|você também pode gostar|gerelateerde (?:artikelen|berichten)|lees ook|meer nieuws|meest gelezen|recente berichten|(?:podobne|powiązane) artykuły|czytaj (?:także|też)|zobacz (?:także|też)|najczęściej czytane|najnowsze wpisy|powiązane|zobacz również|polecamy|popularne|(?:related articles|verwandte artikel|artículos relacionados|articoli correlati|artigos relacionados) ?(?:more from (?:the )?author|mehr vom autor|más del autor|altro dall[’']autore|mais do autor)|ähnliche (?:nachrichten|meldungen)|verwandte links|weiterführende(?:r link| links)|(?:mehr )?(?:videos|bilder) zum thema|otras noticias|noticias similares|ezek is érdekelhetnek|kapcsolódó cikkek|temas relacionados|notas relacionadas|das thema könnte (?:dich|sie|euch) auch interessieren|(?:lesen sie|lies) auch (?:die folgenden|folgende|diese) (?:beiträge|artikel)|(?:weitere (?:aktuelle )?(?:themen|nachrichten|artikel|beiträge|meldungen|news) (?:aus|zu|zum|zur|über|von)|alle (?:nachrichten|artikel|beiträge|news|meldungen) (?:zu|zum|zur|aus|über))(?: (?:der|dem|den))? \S+|mehr aus (?:der|dem|den) (?:sendung|rubrik|reihe|serie|kategorie|region|ressort)|there are no upcoming events(?: at this time)?|es gibt (?:derzeit|aktuell) keine (?:bevorstehenden|kommenden) veranstaltungen`],
  ['related-prefix', 'related', false, String.raw`^(?:read (?:more|also|next)|see also|related|recommended|more|also read|lesen sie auch|mehr zum thema|lire aussi|lies auch|à lire aussi|lee también|leia também|leggi anche|lees ook|czytaj (?:także|też))\s*[:|»›>→-]\s*\S`],

  // Newsletters and sign-ups.
  ['newsletter', 'newsletter', false, String.raw`\b(?:sign(?:ing)? up (?:for|to)|subscribe (?:to|for|now|today)|newsletter|get (?:the|our) (?:latest|best|daily|weekly)|delivered (?:straight )?to your inbox|in your inbox|enter your e-?mail|your e-?mail address|e-?mail (?:me|alerts)|abonnieren|jetzt anmelden|inscrivez-vous|suscríbete|gib deine e-mail-adresse ein|geben sie ihre e-mail-adresse ein|saisissez votre adresse e-?mail|in (?:deinen|ihren) posteingang (?:liefern|geliefert|schicken|senden|bekommen|erhalten)|(?:subscribe|log in|sign in|register) to (?:view|read|continue reading) the (?:full|entire|rest of the) (?:story|article))\b`],
  ['sign-up', 'newsletter', true, String.raw`sign ?up|sign in|log ?in|log ?out|register|subscribe|subscribe now|join now|create (?:an|your)? ?account|my account|anmelden|registrieren|abonnieren|s[’']inscrire|se connecter|connexion|iniciar sesión|regístrate|submit|search|suchen|rechercher|buscar|go|ok|email|e-mail|password|continue|suche(?: nach)?|search for|abbrechen|absenden|senden|annuler|envoyer|cancelar|enviar|cerca|annulla|invia|pesquisar|zoeken|szukaj|einloggen|abmelden|se déconnecter|acceder|accedi|entrar|inloggen|zaloguj(?: się)?|jetzt (?:registrieren|anmelden|abonnieren)|ingresar|registrarse|suscribirse|rss[- ]+(?:posts|comments|beiträge|kommentare)`],
  ['dont-miss', 'newsletter', false, String.raw`\bdon[’']?t miss (?:out|a thing|the latest)\b|\bstay (?:informed|up to date|in the loop|updated)\b|\bnever miss\b|\b(?:verpasse|verpassen sie) keine (?:news|neuigkeiten|nachrichten|artikel|beiträge|updates|angebote|folge|ausgabe)\b|\b(?:newsletter|abonnieren|abonniere)\b.{0,40}\bnichts mehr (?:verpassen|versäumen)\b`],

  // Sharing and following.
  ['share', 'social', true, String.raw`(?:share|share (?:this|on|via|article|story|post|page)(?: .{1,30})?|tweet|pin(?: it)?|email|e-mail|print|copy link|copied|link copied|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|instagram|youtube|tiktok|flipboard|messenger|teilen|partager|compartir|condividi)(?:(?: ?[|/,·•] ?| and | )(?:share|tweet|pin|email|e-mail|print|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|instagram|youtube|tiktok|flipboard|messenger))*|(?:artikel|beitrag|seite) teilen|teilen mit|teile dies(?: mit)?|teilen sie dies mit|diesen artikel teilen|partager (?:cet article|sur ${NETWORKS})|compartir (?:en ${NETWORKS}|este artículo)|compartilhar|compartilhe(?: no ${NETWORKS})?|condividi(?: su ${NETWORKS})?|delen|udostępnij|twittern|drucken|drukuj|link kopieren|url (?:zum )?kopieren|merken|imprimer|imprimir|stampa|mitteilen|be sociable,? share|(?:(?:jump to|print|pin|save) recipe ?)+|rezept drucken|zum rezept springen`],
  ['follow-us', 'social', false, String.raw`\b(?:follow (?:us|me)(?: on)?|like us on|join us on|find us on|connect with us|share (?:this|on (?:facebook|twitter|x|linkedin|whatsapp))|folgen sie uns|suivez-nous|síguenos)\b|\b(?:folg(?:e|t) uns|schließe dich [\d.]+ (?:anderen )?(?:followern|abonnenten) an|blog per e-mail folgen|seguici|siga-nos|volg ons|obserwuj nas)\b`],
  // A social post embedded in a page, as it reads without its player: the platform's caption over the post's credit.
  ['social-embed', 'social', true, String.raw`view this (?:post|profile) on (?:instagram|tiktok|facebook|threads)|sieh dir diesen beitrag auf instagram an|voir cette publication sur instagram|ver esta publicación en instagram|visualizza questo post su instagram|(?:a post shared by|ein beitrag geteilt von|une publication partagée par|una publicación compartida por|un post condiviso da) .{1,120}`],
  ['social-handle', 'social', true, String.raw`@[\w.]{2,30}|#[\p{L}\p{N}_]{2,40}(?: #[\p{L}\p{N}_]{2,40})*`],

  // A rating widget's question under an article, with its buttons; French sets a space before the question mark.
  ['feedback-prompt', 'social', true, String.raw`(?:was this (?:article|post|page) (?:helpful|useful)|did you find this (?:article|post|page) (?:helpful|useful)|(?:fanden sie|fandest du) diese[nr]? (?:artikel|beitrag|seite) (?:hilfreich|nützlich)|(?:war|ist) diese[rs]? (?:artikel|beitrag|seite) hilfreich|(?:gefällt|gefiel) (?:ihnen|dir) diese[rs]? (?:artikel|beitrag)|hat (?:ihnen|dir) diese[rs]? (?:artikel|beitrag) gefallen|cet article vous a-t-il été utile|¿?te ha resultado útil este artículo|¿?(?:te|le) (?:ha )?(?:sido|resultó) útil (?:este|esta) (?:artículo|información)|(?:hier können sie )?(?:den |diesen )?(?:artikel|beitrag) bewerten|(?:valora|califica) (?:esta|este) (?:noticia|artículo|nota)|(?:notez|évaluez) cet article|rate this (?:article|post|story))(?: ?\?? ?(?:yes|no|ja|nein|oui|non|sí|si)){0,2}`],

  // Comments.
  ['comments', 'comments', true, String.raw`(?:view|show|hide|read|load|see|post|add|leave|write|join)(?: (?:a|the|all|\d+|more))? (?:comments?|replies|reply|discussion|conversation)|comments?|\d+ (?:comments?|replies|responses|kommentare?|commentaires?|comentarios?)|no comments(?: yet)?|be the first to comment|reply|antworten|kommentare?|commentaires?|comentarios?|kommentieren|(?:(?:schreibe|hinterlasse) einen kommentar|kommentar (?:schreiben|verfassen|hinzufügen|abgeben)|leave a (?:comment|reply))(?: antwort(?:en)? abbrechen| cancel reply)?|antworten ?löschen|reply ?delete|leserbrief schreiben|kommentare (?:schreiben|verfassen|anzeigen|lesen)|kommentieren sie (?:hier|jetzt|mit)|kommentare insgesamt:? ?\d+|(?:kommentare?|komentarze|comments?|commentaires?|comentarios?) ?\(\d+\)?|wyślij komentarz|(?:neu(?:e)?ste|letzte) kommentare|(?:noch )?keine kommentare|(?:laisser|ajouter) un commentaire|répondre|derniers commentaires|(?:deja|dejar) un comentario|comentarios recientes|responder|(?:lascia|aggiungi) un commento|rispondi|commenti(?: recenti)?|deixe um comentário|comentários|reageer|reactie plaatsen|komentarze|skomentuj|odpowiedz`],
  ['comment-policy', 'comments', false, String.raw`\b(?:comments? (?:are|have been) (?:closed|moderated)|leave a (?:comment|reply)|you must be logged in to post a comment|your email address will not be published|required fields are marked|comment policy|community guidelines)\b|\b(?:deine|ihre) e-mail-adresse wird nicht veröffentlicht|\berforderliche felder sind (?:mit \* )?markiert|\bvotre adresse (?:e-?mail|de messagerie) ne sera pas publiée|\bles champs obligatoires sont indiqués|\btu dirección de correo electrónico no será publicada|\blos campos obligatorios están marcados|\bil tuo indirizzo (?:e-?mail )?non sarà pubblicato|\bi campi obbligatori sono contrassegnati|\bo seu endereço de e-?mail não será publicado|\bje e-?mailadres wordt niet gepubliceerd|\btwój adres e-?mail nie zostanie opublikowany|\b(?:you are commenting using your|du kommentierst mit deinem)\b|\b(?:fill in your details below or click an icon to log in|trage deine daten unten ein oder klicke ein icon)|\b(?:save my name, email, and website in this browser|meinen namen, e-mail und website in diesem browser speichern)|\b(?:notify me of (?:new|follow-up) (?:comments|posts)|benachrichtige mich über (?:nachfolgende|neue) (?:kommentare|beiträge)|benachrichtigung bei weiteren kommentaren|informiere mich über neue (?:kommentare|beiträge))|\b(?:this site|diese website) (?:uses|verwendet) akismet\b|\b(?:leider sind keine kommentare möglich|kommentare sind geschlossen|die kommentarfunktion (?:ist|wird))|\b(?:the content of this field is kept private|der inhalt dieses feldes wird nicht öffentlich)|\b(?:more information about text formats|weitere informationen über textformate|plus d[’']informations sur les formats de texte|más información sobre formatos de texto)|\b(?:du musst|sie müssen) (?:dich |sich )?angemeldet sein, um (?:einen )?kommentar|\bkommentieren zu können, (?:müssen sie|musst du) (?:eingeloggt|angemeldet|registriert) sein|\b(?:unsere[rn]?|die) netiquette (?:beachten|einhalten|gilt|für kommentare)\b|\ban unsere netiquette\b|\bvous devez (?:être connecté|vous connecter) pour (?:publier|poster|laisser) un commentaire|\b(?:debes|tienes que) (?:estar (?:registrado|conectado)|iniciar sesión|acceder) para (?:publicar|dejar) un comentario|\((?:will not be published|wird (?:benötigt und )?nicht veröffentlicht|ne sera pas publiée?|no será publicado)\)|\b(?:antwort(?:en)? abbrechen|cancel reply|annuler la réponse|cancelar respuesta|annulla risposta)$`],

  ['comment-author', 'comments', true, String.raw`(?!(?:what|who|how|why|here[’']?s what|he|she|it|one|was|wer|wie|warum|das|die|der|er|sie|es|man|ein|eine|einer|ce que|ce qu[’']|il|elle|on|cela|ça|autrement|lo que|qué|o que|ele|ela|cosa|hij|zij|ze|men|een) )[\p{L}][\p{L}\p{N} .’'_-]{0,40} (?:says|sagt|dit|diz|zegt)`],
  ['comment-reply', 'comments', true, String.raw`reply to (?:this )?comment|\d+ (?:likes?|replies)|like this|liked by \d+ (?:people|others)|loading|report (?:comment|abuse)|edited|gefällt mir wird geladen|liken(?: lade)?|wird geladen|lade|chargement|cargando|caricamento|carregando|connecting to %s|verbinde mit %s`],
  ['comment-thread', 'comments', true, String.raw`\d+ (?:comments?|replies|responses|thoughts) (?:to|on) .{1,120}|(?:leave|post|add) a (?:comment|reply)|join the (?:discussion|conversation)|enter your comment here|gib hier deinen kommentar ein|(?:ein|\d+) (?:gedanke|gedanken|kommentare?) zu [„“\"»«‚‘'].{1,120}`],
  ['click-to-share', 'social', false, String.raw`^click to (?:share|email|print|tweet)\b|\(opens in new window\)|^klicke?, um (?:über|auf|dies|zu)\b|\(wird in neuem fenster geöffnet\)|\(s[’']ouvre dans une nouvelle fenêtre\)|\(se abre en una ventana nueva\)|\(si apre in una nuova finestra\)|\(abre em nova janela\)`],
  ['form-message', 'newsletter', false, String.raw`\b(?:something went wrong while submitting|your submission has been received|thank you for (?:subscribing|signing up|your submission)|please (?:enter|provide) a valid (?:e-?mail|phone)|this field is required)\b|\b(?:leave this field (?:blank|empty)|lasse das feld leer|laisser ce champ vide|deja este campo en blanco|please enter your (?:name|comment|e-?mail)(?: here)?|you have entered an incorrect email address)\b`],
  ['form-field', 'newsletter', true, String.raw`(?:first |last |full |your |work )?(?:name|e-?mail(?: address)?|phone(?: number)?|company(?: name)?|message|website|zip(?: code)?|country|job title|kommentar|webseite|nom|nombre|nome|commentaire|comentario|commento|naam|imię)(?:\s*\*|\s*\((?:required|erforderlich|obligatoire|obligatorio|obbligatorio|obrigatório|verplicht)(?:\)\s*\([^()]{1,60})?)(?:\s*_{3,})?`],
  ['newsletter-join', 'newsletter', false, String.raw`\bjoin (?:over |more than )?[\d,.]+\s*[km+]*\+?\s*(?:other )?(?:readers|subscribers|others|people|professionals|marketers)\b|\bsign up to (?:receive|get)\b`],
  ['call-to-action', 'other', true, String.raw`add to (?:cart|bag|basket|wishlist)|apply now|(?:start|try) (?:a |your )?free trial|request (?:a )?(?:demo|quote|callback|consultation)|view (?:details|product|deal|offer)|check (?:price|availability)|see (?:price|deal|details)|sort by|click to expand|jump to section|jetzt kaufen|ausgabe kaufen|zum shop|in den warenkorb|acheter|comprar|acquista|kup teraz`],
  ['sponsor-disclaimer', 'ad', false, String.raw`\bthis (?:content|article|post) (?:is|was) (?:provided|paid for|sponsored|produced) by\b|\bnot written by (?:and|or)\b|\b(?:dieser (?:beitrag|artikel) enthält|enthält|unbezahlte) werbung\b`],
  ['affiliate', 'legal', false, String.raw`\b(?:participant in the amazon (?:services )?llc associates program|as an amazon associate|(?:we|i) (?:may )?(?:earn|receive) (?:a )?(?:small )?(?:affiliate )?commission|(?:contains?|may contain|uses|es sich um) (?:some )?affiliate[- ]?links|amazon product advertising api|provision vom händler|(?:erhalten|bekommen|erhält) (?:wir|\S+) (?:ggf\. |eventuell |gegebenenfalls )?eine (?:kleine )?provision)\b`],
  ['republish', 'legal', false, String.raw`\brepublish (?:this|our) (?:article|story|content)s?\b|\bthis (?:article|story) (?:first|originally) appeared (?:on|in)\b`],
  ['consent-notice', 'legal', false, String.raw`\b(?:we and our (?:\d+ )?partners|store and/or access information on a device|these cookies (?:are|allow|help|may|collect|do)|legitimate interest|empfohlener redaktioneller inhalt|externer inhalt)\b|\bklicken sie auf den (?:unteren |folgenden )?button, um den inhalt von\b|\bclick (?:on )?the button below to load the content\b`],

  // Legal, cookies, copyright.
  ['copyright', 'legal', false, String.raw`©|\(c\) ?\d{4}|\bcopyright\b|\ball rights reserved\b|\balle rechte vorbehalten\b|\btous droits réservés\b|\btodos los derechos reservados\b|\b(?:tutti i diritti riservati|todos os direitos reservados|alle rechten voorbehouden|wszelkie prawa zastrzeżone|materiał chroniony prawem autorskim)\b|\b(?:licensed under (?:a |the )?creative commons|steht unter (?:einer|der) creative[ -]commons|unter der lizenz cc[- ]by|lizenz: creative commons)\b|\b(?:(?:create a free website or )?blog at wordpress\.com|erstelle eine kostenlose website oder blog|bloggen auf wordpress\.com|(?:proudly )?powered by wordpress|stolz präsentiert von wordpress)`],
  ['cookies', 'legal', false, String.raw`\b(?:(?:we|this (?:web)?site|our (?:web)?site|site) uses? cookies|use of cookies|accept (?:all )?cookies|cookies? (?:policy|settings|preferences|consent|banner|notice)|(?:manage|your) (?:cookie|consent) (?:preferences|settings|choices)|consent to (?:the use of |our use of )?cookies|verwendet cookies|utilise des cookies)\b|\b(?:cookie-richtlinie|kontrolle von cookies|(?:diese (?:web)?seite|wir) verwende[nt] cookies|nous utilisons des cookies|utilizamos cookies|questo sito utilizza (?:i )?cookie|wij gebruiken cookies|używamy (?:plików )?cookies)\b`],
  ['privacy-terms', 'legal', false, String.raw`\b(?:privacy (?:policy|notice|statement|settings)|terms (?:of|and) (?:use|service|conditions)|terms & conditions|cookie (?:policy|settings|preferences)|accessibility statement|do not sell my (?:personal )?info\w*|your privacy choices|datenschutz\w*|impressum|mentions légales|aviso legal|política de privacidad)\b`],
  ['legal-link', 'legal', true, String.raw`privacy|terms|legal|imprint|disclaimer|sitemap|site map|accessibility|careers|jobs|about(?: us)?|contact(?: us)?|advertise(?: with us)?|help|faq|press|agb|kontakt|über uns|nutzungsbedingungen|mediadaten|accept(?: all)?(?: cookies)?|reject(?: all)?|decline|agree|i agree|got it|manage (?:preferences|settings|cookies)|cookie settings|allow(?: all)?(?: cookies)?`],

  // Captions and photo credits.
  ['wire-credit', 'caption', false, String.raw`\bvia (?:ap|afp|reuters|tns|upi|epa|getty images|bloomberg)$|\|\s*(?:getty images|shutterstock|istock|ap|reuters|afp|dpa|efe|ansa|epa|apa|pap|imago images|picture alliance|keystone|agencia uno|télam|agencja gazeta)$|^(?:image|photo|picture)s? via\b`],
  ['photo-credit', 'caption', false, String.raw`\b(?:via reuters|/reuters|\(ap photo|ap photo/|/ap\b|\bafp via getty|getty images|/getty\b|/afp\b|afp/|shutterstock|istock(?:photo)?|alamy|epa-efe|/epa\b|\bpool via\b|photo(?:graph)?s? (?:by|credit|courtesy)|image (?:by|credit|courtesy|source)|(?:photo|image|picture|credit|foto|bild|quelle)\s*:|file photo|handout via|courtesy of|bildquelle|(?:titelbild|beitragsbild|aufmacherbild|headerbild)\s*:|crédits? photos?\s*:|foto: |\bfot\. |(?:imagen|immagine|imagem|zdjęcie)\s*:|^vergrößern\s|zum vergrößern|click to enlarge|cliquez pour agrandir|\bbild via\b|picture alliance|imago images)`],
  ['caption-marker', 'caption', true, String.raw`(?:photo|image|video|picture|gallery|caption|credit|enlarge(?: this image)?|expand|zoom|toggle caption|hide caption|show caption|play video|watch video|watch|listen|view gallery|\d+ (?:photos|images|pictures)|foto|bild|bilder|galerie|(?:artikel )?vorlesen|your browser does not support (?:the )?(?:html5 )?(?:video|audio)(?: (?:tag|element|playback))?|dein browser kann dieses video nicht abspielen|votre navigateur ne (?:prend pas en charge|supporte pas) (?:la |les )?(?:vidéos?|balise vidéo)|\d+ (?:bilder|fotos|images|imágenes|immagini|zdjęć))`],

  // Navigation.
  ['nav-word', 'navigation', true, String.raw`home|menu|main menu|close menu|open menu|navigation|toggle navigation|skip to (?:main )?content|skip to (?:main )?navigation|jump to (?:main )?content|back to top|top|next|previous|prev|more|back|close|open|(?:load|show|view|see) (?:more|all)|all (?:news|stories|articles|topics|sections)|news|sports?|business|politics|world|opinion|entertainment|lifestyle|tech(?:nology)?|science|health|travel|culture|video|videos|podcasts?|weather|blog|shop|store|cart|categories|tags|archives?|startseite|zurück|weiter|nach oben|accueil|retour|inicio|volver|tags?:.{0,80}|categor(?:y|ies):.{0,80}|(?:kategorien?|catégories?|categorías?|categori[ae]|schlagw(?:ö|o)rter?|etiquetas|tematy):.{0,80}|(?:navigation|menü) (?:schlie(?:ß|ss)en|öffnen)|filed under:?.{0,80}|posted in:?.{0,80}|markiert mit(?::.{0,80})?|veröffentlicht in:.{0,80}|vorherige[rs]?(?: (?:weiter|nächste[rs]?))?|nächste[rs]?|kategorien|schlagw(?:ö|o)rte?r?|archiv|menü|hauptmenü|beitrags-?navigation|(?:vorheriger|nächster) (?:beitrag|artikel)|(?:neuerer|älterer|newer|older) posts?(?: (?:neuerer|älterer|newer|older) posts?)?(?: (?:startseite|home))?|zurück zu(?:m|r) (?:übersicht|startseite|inhaltsverzeichnis|menü|lexikon|blog|liste|seitenanfang|anfang|bereichsnavigation|navigation|suche|shop|kategorie|themenübersicht)|zurück zu (?!(?:den|dem|der|einem|einer|alter|alten|neuer|neuen) ).{1,40}|weiterlesen|mehr (?:erfahren|lesen|anzeigen|laden)|weitere laden|alle anzeigen|kategorie auswählen|select category|catégories|article (?:précédent|suivant)|(?:pour )?lire la suite|en savoir plus|schließen|schliessen|fermer|cerrar|chiudi|fechar|sluiten|zamknij|categorías|etiquetas|entrada (?:anterior|siguiente)|seguir leyendo|categorie|articolo (?:precedente|successivo)|continua a leggere|categorias|artigo anterior|próximo artigo|categorieën|lees meer|verder lezen|vorige|volgende|kategorie|archiwum|czytaj więcej`],
  // Segments exclude the separators (and clause punctuation, which breadcrumbs lack), so that matching stays linear however long the block.
  ['breadcrumb', 'navigation', true, String.raw`[^.,;!?>»›|→/]{1,40}(?:\s+[>»›|→/]\s+[^.,;!?>»›|→/]{1,40}){2,}`],
  ['pipe-list', 'navigation', true, String.raw`(?:[^|]{1,30}\|){3,}[^|]{0,30}`],
  // Numbers must be separated by spaces: `(?:\d+\s*){2,}` backtracks exponentially on a long run of digits.
  ['page-numbers', 'navigation', true, String.raw`(?:page )?\d+(?: of \d+)?|\d+(?:\s+\d+)+\s*(?:next|»|›)?|(?:«|‹)?\s*(?:prev(?:ious)?|next)\s*(?:»|›)?`],

  // Counters.
  ['counter', 'social', true, String.raw`[\d.,]+\s?[km]?\s?(?:likes?|shares?|views?|reads?|votes?|followers?|retweets?|reactions?|claps?|points?|stars?)`],

  // Bylines, dates and reading times: the page head around the headline, not body text.
  ['reading-time', 'other', true, String.raw`\d+\s?(?:min(?:ute)?s?|mins?\.?|minuten|minutos|minuti)(?: read| reading time| lesezeit| de lectura| di lettura)?(?:\s*[-–|·•]\s*[\d,.]+ (?:words|wörter))?|(?:reading time|lesezeit|tiempo de lectura|temps de lecture):? ?\d+ ?(?:min(?:ute)?s?|minuten|minutos)?`],
  // Names are capitalised, so this one cue reads the block's own case (see CASED).
  ['byline', 'byline', true, String.raw`(?:by|By|BY|von|Von|par|Par|por|Por|di|Di)\s+\p{Lu}[\p{L}.’'-]+(?:\s+(?:and|&|und|et|y|e)?\s*\p{Lu}[\p{L}.’'-]+){0,4}(?:\s*[,|]\s*[\p{Lu}\d].{0,60}|\s+(?:on|am|le|el|il|em|op)\s+(?:\p{Lu}\p{Ll}+\.?\s+)?\d.{0,40})?`],
  // A dateline may carry a second date, the last change's.
  ['dateline', 'dateline', true, String.raw`(?:${DATELINE_WORDS}\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\w*,?\s+)?${DATE_AND_TIME}(?:\s*[|·,–-]?\s*${DATELINE_WORDS}\s*${DATE_AND_TIME})?`],
];

/** The Unicode flag only where a pattern uses property classes: it makes compiling and matching much slower. */
function flagsFor(source: string): string {
  return source.includes('\\p{') ? 'u' : '';
}

// Cues that must see the block's own case; every other cue is matched against lower-cased text.
const CASED: ReadonlySet<string> = new Set(['byline']);

// Patterns are matched against lower-cased text, so they need no case-insensitive flag (slow with Unicode).
// Frozen, since every `declutter()` call shares them (the patterns themselves are not: a RegExp keeps its lastIndex).
export const CUES: readonly Cue[] = Object.freeze(
  ROWS.map(([name, label, whole, source]) =>
    Object.freeze({
      name,
      label,
      whole,
      pattern: new RegExp(whole ? `^(?:${source})$` : source, flagsFor(source)),
    }),
  ),
);

const WHOLE_CUES = CUES.filter((cue) => cue.whole && !CASED.has(cue.name));
const CASED_WHOLE_CUES = CUES.filter((cue) => cue.whole && CASED.has(cue.name));
const ANYWHERE_CUES = CUES.filter((cue) => !cue.whole);
const WHOLE_MAX_CHARS = 200;

/** Block text as whole-block cues see it: case folded, spaces collapsed, bullets and framing punctuation dropped. */
export function cueKey(text: string): string {
  return framed(text.toLowerCase());
}

// What `framed` drops at either end of a block: bullets, quotes, brackets, separators and, at the end, punctuation.
const LEADING = codeSet('*+•·◦▪‣○●■□–—-|:»›>«‹<()[]{}"\'“”‘’');
const TRAILING = codeSet('|:»›>«‹<()[]{}"\'“”‘’.!?…,;–—-');

/** Spaces collapsed, bullets and framing punctuation dropped, case kept. A loop: it runs on every short block. */
function framed(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && (isSpace(text.charCodeAt(start)) || LEADING.has(text.charCodeAt(start)))) start++;
  while (end > start && (isSpace(text.charCodeAt(end - 1)) || TRAILING.has(text.charCodeAt(end - 1)))) end--;
  let out = '';
  let from = start;
  for (let i = start; i < end; i++) {
    if (!isSpace(text.charCodeAt(i))) continue;
    // A lone plain space stays as it is; any other run of white space becomes one space.
    let j = i + 1;
    while (j < end && isSpace(text.charCodeAt(j))) j++;
    if (j === i + 1 && text.charCodeAt(i) === 32) continue;
    out += text.slice(from, i) + ' ';
    from = j;
    i = j - 1;
  }
  return from === start ? text.slice(start, end) : out + text.slice(from, end);
}

/** The key a block is compared by, with other blocks of its page and of its site: `cueKey` for short blocks. */
export function blockKey(text: string, lower: string = text.toLowerCase()): string {
  return text.length <= WHOLE_MAX_CHARS ? framed(lower) : text;
}

// V8 compiles a pattern to bytecode on its first use and again to machine code on its next; for patterns this large
// the bytecode stage costs more than machine code alone (docs/speed.md, Start-up). A first subject of 1000
// characters or more makes V8 compile machine code at once, so each pattern is run once on such a subject.
const LONG_SUBJECT = ' '.repeat(1000);

/**
 * Most blocks match no cue, and most cues could match only a block that contains one of a few words ("newsletter",
 * "cookies", "©"): the literals every match of the pattern contains (`requiredLiterals`). One pass over a block finds
 * which cues' literals occur in it, and only those cues' patterns run. The answer is the same as running them all: a
 * pattern cannot match a text that lacks all of its literals.
 */
interface CueFilters {
  /** The whole-block cues, then the cased ones, over the block's key. */
  whole: LiteralScan;
  anywhere: LiteralScan;
}

// Building the filters on cold code costs more than it saves on a small article: until enough blocks have come, every
// cue is tried on its own, so that cleaning one small article never builds them. The answer is the same either way.
const FILTERS_AFTER_BLOCKS = 300;
let blocksMatched = 0;
let filters: CueFilters | undefined;

/** Compile each cue's pattern on the first block, and build the literal filters once enough blocks have come. */
function prepare(): void {
  blocksMatched++;
  if (blocksMatched === 1) for (const cue of CUES) cue.pattern.test(LONG_SUBJECT);
  if (blocksMatched > FILTERS_AFTER_BLOCKS) {
    const literalsOf = (cues: readonly Cue[]) => cues.map((cue) => requiredLiterals(cue.pattern.source, cue.pattern.flags) ?? []);
    // A cased cue's literals lower-cased: the key is the lower-cased block framed as the cased cue sees it, so it holds
    // the lower case of every literal the cased text holds.
    const casedLiterals = literalsOf(CASED_WHOLE_CUES).map((literals) => literals.map((literal) => literal.toLowerCase()));
    filters = {
      whole: new LiteralScan([...literalsOf(WHOLE_CUES), ...casedLiterals].slice(0, MASK_BITS)),
      anywhere: new LiteralScan(literalsOf(ANYWHERE_CUES).slice(0, MASK_BITS)),
    };
  }
}

// A filter's mask has a bit for each of a kind's first 32 cues; any cue after them is always tried. ALL tries every cue.
const MASK_BITS = 32;
const ALL = -1;
const mayMatch = (mask: number, cue: number) => cue >= MASK_BITS || (mask & (1 << cue)) !== 0;

/** The cues a block matches, each once, whole-block cues first, each group in table order. */
export function matchCues(text: string): Cue[] {
  return matchCuesOf(text);
}

/**
 * `matchCues` for a caller that has the block's key and lower-cased text already (the block description): they must
 * be `blockKey(text)` and `text.toLowerCase()`. Not public: a wrong key gives wrong cues.
 */
export function matchCuesOf(text: string, key?: string, lower?: string): Cue[] {
  if (!filters) prepare();
  if (text.length > WHOLE_MAX_CHARS) return matchAnywhere(lower ?? text.toLowerCase(), []);
  lower ??= text.toLowerCase();
  key ??= blockKey(text, lower);
  const matched: Cue[] = [];
  // A short block of several lines ("FEATURED STORIES" over a section name) is judged by its first line too.
  const newline = text.indexOf('\n');
  const firstLine = newline > 0 ? cueKey(text.slice(0, newline)) : undefined;
  const keyMask = filters ? filters.whole.scan(key) : ALL;
  const firstLineMask = firstLine === undefined ? 0 : filters ? filters.whole.scan(firstLine) : ALL;
  for (let i = 0; i < WHOLE_CUES.length; i++) {
    const {pattern} = WHOLE_CUES[i]!;
    if ((mayMatch(keyMask, i) && pattern.test(key)) || (firstLine !== undefined && mayMatch(firstLineMask, i) && pattern.test(firstLine))) {
      matched.push(WHOLE_CUES[i]!);
    }
  }
  // The cased text is framed only for a block whose key may hold a cased cue's literals.
  let cased: string | undefined;
  for (let c = 0; c < CASED_WHOLE_CUES.length; c++) {
    if (!mayMatch(keyMask, WHOLE_CUES.length + c)) continue;
    cased ??= framed(text);
    if (CASED_WHOLE_CUES[c]!.pattern.test(cased)) matched.push(CASED_WHOLE_CUES[c]!);
  }
  matchAnywhere(lower, matched);
  return matched;
}

function matchAnywhere(lower: string, matched: Cue[]): Cue[] {
  const mask = filters ? filters.anywhere.scan(lower) : ALL;
  for (let i = 0; i < ANYWHERE_CUES.length; i++) {
    if (mayMatch(mask, i) && ANYWHERE_CUES[i]!.pattern.test(lower)) matched.push(ANYWHERE_CUES[i]!);
  }
  return matched;
}
