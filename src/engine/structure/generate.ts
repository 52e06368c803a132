/**
 * Answer units made from an article's own structure: its byline and outlet,
 * the people it names and their roles, who said what, where and when, and
 * its dated events. Each is an ordinary Q&A pair (`generated: true`) with
 * the question forms readers use, a short answer worded from the article,
 * and a verbatim citation, so the engine grounds it like a curated one.
 * Pure: `ingest` writes these as drafts, and the engine makes them for any
 * source that has none.
 */
import type {
  Citation,
  Entity,
  QaPair,
  Quote,
  SourceBundle,
  TimelineEvent,
} from '../../knowledge/schema.ts';
import { YEAR_SOURCE } from '../calendar.ts';
import { unitSentences } from '../sentences.ts';
import { STOPWORDS } from '../stopwords.ts';
import { GENERATION } from '../tuning.ts';
import { speakerClauses } from './attribution.ts';
import { firstSentence, gist, isShortRole, listed, outletArticle, shortName } from './forms.ts';

/** Who an entity id names: the story's entities, from every source. */
export type EntityLookup = ReadonlyMap<string, Entity>;

/** Every generated pair for one source. */
export function generatedPairs(bundle: SourceBundle, entities: EntityLookup): QaPair[] {
  const make = new PairMaker(bundle.source.id);
  return [
    ...articlePairs(bundle, make),
    ...listPairs(bundle, entities, make),
    ...bundle.quotes.flatMap((quote) => quotePairs(bundle, quote, entities, make)),
    ...bundle.events.flatMap((event) => eventPairs(bundle, event, make)),
  ];
}

/** Whether a pair is a generated one of these kinds, told by the end of its id ("…-places"). */
function isGeneratedKind(pair: QaPair, kinds: readonly string[]): boolean {
  if (pair.generated !== true) return false;
  // Asked of every ranked unit, question after question: no "-kind" string built per call.
  const { id } = pair;
  for (const kind of kinds) {
    const dash = id.length - kind.length - 1;
    if (dash >= 0 && id.charCodeAt(dash) === DASH && id.endsWith(kind)) return true;
  }
  return false;
}

const DASH = '-'.charCodeAt(0);

/**
 * Whether a pair lists the article's figures ("Which figures does the
 * article give?"): it answers a question asking for them, though its text
 * names none as a name is written.
 */
export function isFiguresPair(pair: QaPair): boolean {
  return isGeneratedKind(pair, ['numbers']);
}

/** Kinds of pair that list the article's people, places or dates rather than tell one fact. */
const LIST_KINDS = ['people', 'quoted', 'places', 'organizations', 'dates'] as const;

/**
 * Whether a pair lists many people or places: it names everyone, so it must
 * not count as naming the one person a question asks about.
 */
export function isListPair(pair: QaPair): boolean {
  return isGeneratedKind(pair, LIST_KINDS);
}

/**
 * What a generated list pair names, by the kind of entity an answer needs:
 * the list of places is places however they are written ("St Luke's
 * Hospital, Eastgate"), the list of people or speakers people. Null for
 * any other pair.
 */
export function listedKind(pair: QaPair): 'place' | 'person' | null {
  if (isGeneratedKind(pair, ['places'])) return 'place';
  if (isGeneratedKind(pair, ['people', 'quoted'])) return 'person';
  return null;
}

/** The list pair that holds each kind of fact a question may ask for. */
const LIST_OF_NEED = {
  place: 'places',
  person: 'people',
  date: 'dates',
  quantity: 'numbers',
} as const;

/** A kind of fact one of the article-wide lists holds: its places, people, dates or figures. */
export type ListedFact = keyof typeof LIST_OF_NEED;

/**
 * Which kind of fact a generated list pair holds every one of: "Which places
 * are mentioned?" every place, "Which figures does the article give?" every
 * number. Null for any other pair.
 */
export function listedFact(pair: QaPair): ListedFact | null {
  for (const [fact, kind] of Object.entries(LIST_OF_NEED)) {
    if (isGeneratedKind(pair, [kind])) return fact as ListedFact;
  }
  return null;
}

/** The article-wide questions a reader is offered first when nobody has chosen any. */
const OVERVIEW_KINDS = ['summary', 'quoted', 'people', 'dates'];

/**
 * Whether a pair is one of the article-wide questions ("What is this article
 * about?", "Who is quoted…?"): offered first in a story nobody has curated,
 * so an abstention always points somewhere.
 */
export function isOverviewPair(pair: QaPair): boolean {
  return isGeneratedKind(pair, OVERVIEW_KINDS);
}

/** Kinds of pair that answer for the whole article: its gist, its headline, its lists. */
const ARTICLE_WIDE_KINDS = ['summary', 'headline', 'numbers', ...LIST_KINDS];

/**
 * Whether a pair answers for the whole article ("What is the headline?",
 * "Which figures does the article give?"): it holds most of the article's
 * names and figures, so it matches a little of every question without being
 * about any one fact.
 */
export function isArticleWidePair(pair: QaPair): boolean {
  return isGeneratedKind(pair, ARTICLE_WIDE_KINDS);
}

/**
 * Whether a generated pair cites the article only to ground an answer it
 * does not draw from the cited words: "Which outlet published this article?"
 * and "Which places are mentioned?" cite the lead, yet tell the outlet and
 * the places, not what the lead says. The gist, the headline and a dated
 * event do tell what they cite.
 */
export function citesOnlyToGround(pair: QaPair): boolean {
  return isGeneratedKind(pair, GROUNDED_ONLY_KINDS);
}

const GROUNDED_ONLY_KINDS = ['outlet', 'author', 'published', ...LIST_KINDS];

/** Whether a source already holds generated pairs (written by `ingest`, maybe reviewed). */
export function hasGeneratedPairs(bundle: SourceBundle): boolean {
  return bundle.pairs.some((pair) => pair.generated === true);
}

const MIN_QUESTIONS = 3;

/** Ids unique within the story: the source id keeps two articles' pairs apart. */
class PairMaker {
  private readonly taken = new Set<string>();

  constructor(private readonly sourceId: string) {}

  pair(kind: string, questions: string[], answer: string, citations: Citation[], quote?: string) {
    const base = `${this.sourceId}-${kind}`
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    const unique = [...new Set(questions.map((q) => q.trim()).filter((q) => q !== ''))];
    // A pair needs three phrasings; odd articles (a one-word quote topic) may give fewer.
    for (const extra of ['tell me about this', 'what does the article say', 'more on this']) {
      if (unique.length >= MIN_QUESTIONS) break;
      if (!unique.includes(extra)) unique.push(extra);
    }
    const pair: QaPair = {
      id,
      questions: unique,
      answer,
      citations,
      generated: true,
      draft: true,
    };
    if (quote !== undefined) pair.quote = quote;
    return pair;
  }
}

/** The article as a whole: what it is about, its headline, who wrote it, who published it, when. */
function articlePairs(bundle: SourceBundle, make: PairMaker): QaPair[] {
  const { title, outlet, author, via, date } = bundle.source;
  const first = bundle.source.passages[0];
  if (!first) return [];
  const lead = firstSentence(first.text);
  const leadCitation: Citation[] = [{ passage: first.n, excerpt: lead }];
  const byline = author ? `, by ${author}` : '';
  const published = date ? `, published ${date}` : '';
  const pairs = [
    make.pair(
      'summary',
      [
        'What is this article about?',
        'summary',
        'tldr',
        'sum it up',
        'what is the gist',
        'what is the story',
        'main points',
        'short version',
        'overview of the news',
        'what is going on',
      ],
      `${outlet} reports (“${title}”): ${lead}`,
      leadCitation,
    ),
    make.pair(
      'headline',
      // The headline is the article's own one-line summary: its words ask for it too.
      ['What is the headline?', 'title of the article', 'headline of the story', title],
      `${outletArticle(outlet)} is headlined “${title}”${byline}.`,
      leadCitation,
    ),
    make.pair(
      'outlet',
      [
        'Which outlet published this article?',
        'what newspaper is this from',
        'which paper published it',
        'what publication is this',
        'what news site is this from',
        'who published this',
        'where is this article from',
        'source of the article',
        ...(via
          ? ['where did they get the story', 'via whom', 'what is the source of the report']
          : []),
      ],
      `The article was published by ${outlet}${via ? ` (${via})` : ''}${byline}${published}.`,
      leadCitation,
    ),
  ];
  if (author) {
    pairs.push(
      make.pair(
        'author',
        [
          'Who wrote this article?',
          'who is the author',
          'who wrote it',
          'who is the reporter',
          'which journalist wrote this',
          'byline',
          'writer of the article',
          `who is ${author}`,
        ],
        `${outletArticle(outlet)} was written by ${author}, according to its byline.`,
        leadCitation,
      ),
    );
  }
  if (date) {
    pairs.push(
      make.pair(
        'published',
        [
          'When was this article published?',
          'publication date',
          'what date was this published',
          'when was it written',
        ],
        `${outlet} published the article on ${date}.`,
        leadCitation,
      ),
    );
  }
  return pairs;
}

/** The people, places, organizations, speakers and dates of the article, listed. */
function listPairs(bundle: SourceBundle, entities: EntityLookup, make: PairMaker): QaPair[] {
  const pairs: QaPair[] = [];
  const named = (kinds: readonly Entity['kind'][]) =>
    bundle.entities.filter((entity) => kinds.includes(entity.kind));
  const describe = (entity: Entity) =>
    entity.kind === 'person' && isShortRole(entity.description)
      ? `${entity.name} (${entity.description})`
      : entity.name;
  const cite = (list: readonly Entity[]): Citation[] =>
    list.flatMap((entity) => entity.citations.slice(0, 1)).slice(0, 1);

  const people = named(['person']);
  if (people.length > 0) {
    pairs.push(
      make.pair(
        'people',
        [
          'Who are the people in the article?',
          'list the people in the article',
          'which people are mentioned',
          'every person mentioned',
          'who is involved',
          'every person in the story',
          'who is mentioned',
          'who are the key people',
        ],
        `People in the article: ${listed(people.map(describe))}.`,
        cite(people),
      ),
    );
  }
  const speakerIds = [...new Set(bundle.quotes.flatMap((q) => (q.speaker ? [q.speaker] : [])))];
  const speakers = speakerIds.flatMap((id) => entities.get(id) ?? []);
  const firstQuote = bundle.quotes.find((q) => q.speaker !== null);
  if (speakers.length > 0 && firstQuote) {
    pairs.push(
      make.pair(
        'quoted',
        [
          'Who is quoted in the article?',
          'who spoke',
          'who gave statements',
          'list the people quoted',
          'whose quotes are in it',
        ],
        `The article quotes ${listed(speakers.map(describe))}.`,
        [{ passage: firstQuote.passage, excerpt: firstQuote.text }],
        firstQuote.id,
      ),
    );
  }
  const places = named(['place', 'country']);
  if (places.length > 0) {
    pairs.push(
      make.pair(
        'places',
        [
          'Which places are mentioned in the article?',
          'list the places',
          'what locations are there',
          'where does this take place',
          'which areas',
        ],
        `Places in the article: ${listed(places.map((p) => p.name))}.`,
        cite(places),
      ),
    );
  }
  const organizations = named(['organization']);
  if (organizations.length > 0) {
    pairs.push(
      make.pair(
        'organizations',
        [
          'Which organizations are mentioned in the article?',
          'list the organizations',
          'what groups agencies and companies are involved',
          'which institutions',
        ],
        `Organizations in the article: ${listed(organizations.map((o) => o.name))}.`,
        cite(organizations),
      ),
    );
  }
  const dated = bundle.events.filter((event) => event.date.value !== null);
  const firstEvent = dated[0]?.citations[0];
  if (dated.length > 0 && firstEvent) {
    const whens = [...new Set(dated.map((event) => event.when.replace(/^(?:in|on|since) /i, '')))];
    pairs.push(
      make.pair(
        'dates',
        [
          'What dates does the article mention?',
          'list the dates',
          'which dates and years are mentioned',
          'timeline of events',
          'key dates',
        ],
        `Dates in the article: ${listed(whens)}.`,
        [firstEvent],
      ),
    );
  }
  const figures = numberMentions(bundle);
  const firstFigure = figures[0];
  if (firstFigure) {
    pairs.push(
      make.pair(
        'numbers',
        [
          'Which figures does the article give?',
          'list the numbers in the story',
          'key figures in the article',
          'statistics in the story',
        ],
        `Figures in the article: ${listed(figures.map((f) => `${f.text} (¶${f.passage})`))}.`,
        [{ passage: firstFigure.passage, excerpt: firstFigure.text }],
      ),
    );
  }
  return pairs;
}

const ONLY_A_YEAR = new RegExp(`^${YEAR_SOURCE}$`);

/**
 * Every number the article gives with the words it counts, verbatim:
 * "41,000 households", "$38 million upgrade", "23 people". A year alone is a
 * date, listed with the dates instead.
 */
function numberMentions(bundle: SourceBundle): { passage: number; text: string }[] {
  return bundle.source.passages.flatMap((passage) => {
    const dates = dateSpans(bundle, passage.n, passage.text);
    return [...passage.text.matchAll(FIGURE)].flatMap((match) => {
      // A year, or the day of "October 12", is a date: the dates pair lists those.
      const inDate = dates.some(([start, end]) => match.index >= start && match.index < end);
      if (ONLY_A_YEAR.test(match[1] ?? '') || inDate) return [];
      // "Route 9", "the Aldane 40 index": a number a name carries counts nothing.
      if (NAME_BEFORE.test(passage.text.slice(0, match.index))) return [];
      // Trailing filler ("23 people had") is cut back to the counted words.
      const words = match[0].split(' ');
      while (words.length > 1 && STOPWORDS.has((words.at(-1) ?? '').toLowerCase())) words.pop();
      return [{ passage: passage.n, text: words.join(' ') }];
    });
  });
}

/** Where the timeline's dates ("October 12") lie in a passage. */
function dateSpans(bundle: SourceBundle, passage: number, text: string): [number, number][] {
  return bundle.events.flatMap((event) => {
    if (!event.citations.some((c) => c.passage === passage)) return [];
    const spans: [number, number][] = [];
    for (let at = text.indexOf(event.when); at >= 0; at = text.indexOf(event.when, at + 1)) {
      spans.push([at, at + event.when.length]);
    }
    return spans;
  });
}

/**
 * A number (money, thousands, per cent, a score's "24-22") and the word or
 * two after it ("46-year-old" whole). Not a number a name carries
 * ("Tern-2"), a clock time ("6:42 a.m.", "2.30pm") or an ordinal ("78th").
 */
const FIGURE =
  /(?<![\p{L}\p{N}:-])(?:[$€£]\s?)?(\d[\d,.]*\d(?:-\d+)?|\d(?:-\d+)?)(?![:.,]?\d|\s?[ap]\.?m\b|(?:st|nd|rd|th)\b)(?:\s?(?:%|per cent|percent|million|billion|thousand))?(?:(?:\s+|-)[\p{Ll}][\p{L}-]*){0,2}/gu;

/** A capitalised word just before a number, that does not open the sentence: a name. */
const NAME_BEFORE = /[^\s.!?]\s+\p{Lu}[\p{L}'’-]*\s$/u;

/** Fewer words in quote marks are a phrase the article borrows, not something said. */
const MIN_QUOTE_WORDS = 3;

/** What a speaker said, where and when, and who said it. */
function quotePairs(
  bundle: SourceBundle,
  quote: Quote,
  entities: EntityLookup,
  make: PairMaker,
): QaPair[] {
  const speaker = quote.speaker ? entities.get(quote.speaker) : undefined;
  // A word or two in quote marks ("historic") is the article's wording, not a statement.
  if (!speaker || quote.text.split(/\s+/).length < MIN_QUOTE_WORDS) return [];
  const name = speaker.name;
  const short = shortName(speaker);
  const about = gist(quote.text, 4);
  const opening = quote.text.split(/\s+/).slice(0, 6).join(' ');
  const role = quote.role ?? (isShortRole(speaker.description) ? speaker.description : null);
  // Each sentence of the quote, every content word of it, with the speaker's
  // name and role: a question about the rest of a quote matches that quote,
  // not every quote of its speaker (the opening alone named only the first words).
  const wholes = unitSentences(quote.text)
    .map((sentence) => gist(sentence, GENERATION.quotePhraseWords))
    .filter((words) => words !== '' && words !== about);
  const questions = [
    `What did ${short} say: “${opening}…”?`,
    `What did ${short} say about ${about}?`,
    ...wholes.map((words) => `what did ${short}${role ? `, ${role},` : ''} say about ${words}`),
    // "who said the association didn't go away": a reader quotes any part of it.
    ...wholes.map((words) => `who said ${words}`),
    `What did ${name} say?`,
    `${short} quote`,
    `Who said "${opening}"?`,
    `who said ${about}`,
    ...(role ? [`what did the ${role} say`] : []),
    ...(quote.said
      ? [`Where did ${short} say this?`, `When did ${short} say it?`, `how did ${short} say it`]
      : []),
  ];
  // "told local radio on Monday", "wrote for the majority" carry their own verb.
  const verb =
    quote.said && /^(?:told|tells|wrote|writes)\b/.test(quote.said)
      ? quote.said
      : `said${quote.said ? ` ${quote.said}` : ''}`;
  // "…," said Moreau, the mayor, who had supported the project: the pair says all the
  // sentence says of its speaker, and cites it.
  const passage = bundle.source.passages.find((p) => p.n === quote.passage)?.text ?? '';
  const clauses = speakerClauses(passage, quote.text, [name, short, role ?? ''], role);
  // "Elsie Brandt, who owns a bakery": a role the article gives as a clause reads as one.
  const shownRole =
    role
      ?.split(', ')
      .map((part) => (passage.includes(`, who ${part}`) ? `who ${part}` : part))
      .join(', ') ?? null;
  const speakerText = speakerWithRole(name, shownRole);
  const described =
    clauses.length === 0
      ? speakerText
      : `${speakerText.endsWith(',') ? speakerText : `${speakerText},`} ${clauses.join(', ')},`;
  const answer = `${described} ${verb}: “${quote.text}”`;
  return [
    make.pair(
      `said-${short}`,
      questions,
      answer,
      [
        { passage: quote.passage, excerpt: quote.text },
        ...clauses.map((excerpt) => ({ passage: quote.passage, excerpt })),
      ],
      quote.id,
    ),
  ];
}

/** A dated event: "what happened on October 12" and "when did …". */
function eventPairs(bundle: SourceBundle, event: TimelineEvent, make: PairMaker): QaPair[] {
  const citation = event.citations[0];
  if (event.date.value === null || !citation) return [];
  const when = event.when.replace(/^(?:in|on|since|by|until|from) /i, '');
  const about = gist(event.summary.replace(event.when, ' '), 6);
  // A date after publication is what is still to come: "what happens next", not "what happened".
  const published = bundle.source.date;
  const ahead =
    published !== null && event.date.value > published.slice(0, event.date.value.length);
  const asked = ahead
    ? [`What happens ${at(event.when)}?`, `what is next ${about}`]
    : [`What happened ${event.when}?`, `what happened on ${when}`];
  return [
    make.pair(
      `when-${when}`,
      [...asked, `when ${about}`],
      `${bundle.source.outlet} reports, for ${event.when}: ${event.summary}`,
      [citation],
    ),
  ];
}

/** "April 24" → "on April 24", "2026" → "in 2026"; "next week", "by June" as written. */
function at(when: string): string {
  if (/^\d{4}$/.test(when)) return `in ${when}`;
  return /^\p{Lu}/u.test(when) ? `on ${when}` : when;
}

/**
 * The speaker as the article names them: a title that stands before a name
 * ("Captain", "Rovers head coach", "Lead author") goes before it again,
 * "Captain Rhys Okonjo-Pratt, the Rovers lock,", as readers quote it back;
 * a role set off after the name stays after it.
 */
function speakerWithRole(name: string, role: string | null): string {
  if (!role) return name;
  const [first = '', ...rest] = role.split(', ');
  const title = TITLE_BEFORE_NAME.test(first) && first.split(' ').length <= MAX_TITLE_WORDS;
  if (!title) return `${name}, ${role},`;
  return rest.length > 0 ? `${first} ${name}, ${rest.join(', ')},` : `${first} ${name}`;
}

/** A capitalised role, not a sentence ("The…", "A…"), nor a possessive owner ("Northwind's"). */
const TITLE_BEFORE_NAME = /^(?!(?:The|A|An|One|Its|His|Her|Their)\b)\p{Lu}[^,'’]*$/u;
/** "Regional Water Board spokeswoman" at most: a longer one reads better after the name. */
const MAX_TITLE_WORDS = 4;
