import { TITLE_ABBREVIATIONS } from '../engine/abbreviations.ts';
import { sentenceSpans } from '../engine/sentences.ts';
import { generatedPairs } from '../engine/structure/generate.ts';
import type {
  Citation,
  Entity,
  Passage,
  Quote,
  SourceBundle,
  TimelineEvent,
} from '../knowledge/schema.ts';
import { type DateMention, findDates, type TenseWords } from './dates.ts';
import type { GivenNames } from './given-names.ts';
import { type Mention, type NamedEntity, scanEntities } from './names.ts';
import { splitArticle } from './paragraphs.ts';
import { IdAllocator, slugify } from './slug.ts';
import { type FoundQuote, findQuotes } from './speakers.ts';
import { tokenize } from './text.ts';
import { FUNCTION_WORDS, HONORIFICS, ID_FILLER, ORGANIZATION_WORDS, PLACE_WORDS } from './words.ts';

/** What the user says about the article on the command line. */
export interface ArticleMeta {
  title: string;
  outlet: string;
  author: string | null;
  /** Publication date, `YYYY-MM-DD`; null when unknown. */
  date: string | null;
  url: string | null;
}

/** Everything `draftSource` needs: the text, its metadata and the story's other sources. */
export interface DraftInput {
  articleText: string;
  meta: ArticleMeta;
  id: string;
  /** The sources the new one joins, for linking names and keeping ids unique. */
  existing: readonly SourceBundle[];
  /** General English's irregular verb forms and words of saying: a clause's tense tells a date's year. */
  tense: TenseWords;
  /** General English's given names, which tell a man's from a woman's where the article does not. */
  givenNames: GivenNames;
}

/** Counts for the summary printed after ingesting. */
export interface DraftSummary {
  passages: number;
  quotes: number;
  quotesWithSpeaker: number;
  events: number;
  /** Q&A pairs made from the article's structure. */
  generatedPairs: number;
  newEntities: number;
  linkedEntities: number;
  titleLineSkipped: boolean;
  bylineSkipped: boolean;
  warnings: string[];
}

/** A new source, every machine-made part marked `draft: true`, and what went into it. */
export interface SourceDraft {
  bundle: SourceBundle;
  summary: DraftSummary;
}

const MAX_CITATIONS = 5;

/**
 * Turns a plain-text article into a draft source: verbatim passages, the
 * direct quotes with their speakers, datable events, and who's-who entries
 * linked to the story's existing entities where the names fit.
 */
export function draftSource(input: DraftInput): SourceDraft {
  const { meta, existing } = input;
  const split = splitArticle(input.articleText, meta.title);
  const { passages } = split;
  const entityIds = new IdAllocator(existing.flatMap((s) => s.entities.map((e) => e.id)));
  const quoteIds = new IdAllocator(existing.flatMap((s) => s.quotes.map((q) => q.id)));
  const eventIds = new IdAllocator(existing.flatMap((s) => s.events.map((e) => e.id)));

  const scan = scanEntities(
    passages,
    existing.flatMap((s) => s.entities),
    entityIds,
    meta.outlet,
    input.givenNames,
  );
  const found = findQuotes(passages, scan.mentions, meta.outlet, input.givenNames);
  const dates = findDates(passages, meta.date, input.tense);

  const quotes = found.quotes.map((quote) => toQuote(quote, quoteIds));
  const events = dates.map((date) => toEvent(date, passages, eventIds));
  const entities = scan.entities.map((entity) => toEntity(entity, scan.mentions, passages));

  const drafted: SourceBundle = {
    source: {
      id: input.id,
      title: meta.title,
      outlet: meta.outlet,
      via: viaOf(passages),
      author: meta.author,
      date: meta.date,
      url: meta.url,
      articleFile: 'article.txt',
      passages,
      draft: true,
    },
    quotes,
    pairs: [],
    events,
    entities,
  };
  // The answers the article's structure gives (who is who, who said what,
  // when), written as drafts so a reviewer sees what the engine will say.
  const known = new Map(
    [...existing.flatMap((s) => s.entities), ...entities].map((e) => [e.id, e] as const),
  );
  const bundle: SourceBundle = { ...drafted, pairs: generatedPairs(drafted, known) };
  return {
    bundle,
    summary: {
      passages: passages.length,
      quotes: quotes.length,
      quotesWithSpeaker: quotes.filter((q) => q.speaker !== null).length,
      events: events.length,
      generatedPairs: bundle.pairs.length,
      newEntities: scan.entities.filter((e) => !e.linked).length,
      linkedEntities: scan.entities.filter((e) => e.linked).length,
      titleLineSkipped: split.titleLine !== null,
      bylineSkipped: split.bylineLine !== null,
      warnings: [...split.warnings, ...found.warnings],
    },
  };
}

/**
 * How the outlet got the story, when the article says so: "Caliber.Az reports
 * via Russian media" → "via Russian media". Null otherwise: never a guess.
 */
function viaOf(passages: readonly Passage[]): string | null {
  for (const { text } of passages) {
    const match = VIA.exec(text);
    if (match?.[1]) return match[1].trim();
  }
  return null;
}

const VIA =
  /\b(?:reports?|reported|said|says)\s+((?:via|citing)\s+\p{L}[^,.;:!?“”"]{2,60}?)(?=[,.;:!?]|$)/u;

/** The id a source gets when `--id` is not given: outlet and title, kebab-case. */
export function sourceIdFor(outlet: string, title: string): string {
  const titleWords = title
    .split(/\s+/)
    .filter((word) => !FUNCTION_WORDS.has(word.toLowerCase().replace(/[^a-z]/g, '')));
  return slugify(`${outlet} ${titleWords.join(' ')}`) || 'source';
}

function toQuote(quote: FoundQuote, ids: IdAllocator): Quote {
  const who = quote.speaker ? shortName(quote.speaker) : 'unattributed';
  const opening = contentWords(quote.text).slice(0, 5).join(' ');
  return {
    id: ids.claim(`${who} ${opening}`, 'quote'),
    text: quote.text,
    speaker: quote.speaker?.id ?? null,
    role: quote.role,
    said: quote.said,
    passage: quote.passage,
    topics: [],
    draft: true,
  };
}

/** "maria-zakharova" → "zakharova"; organizations and places keep their whole id. */
function shortName(entity: NamedEntity): string {
  return entity.kind === 'person' ? (entity.id.split('-').at(-1) ?? entity.id) : entity.id;
}

function toEvent(
  date: DateMention,
  passages: readonly { n: number; text: string }[],
  ids: IdAllocator,
): TimelineEvent {
  const text = passages.find((p) => p.n === date.passage)?.text ?? '';
  const sentence =
    sentenceSpans(text).find((s) => s.start <= date.start && date.end <= s.end)?.text ?? text;
  const about = contentWords(sentence.replace(date.when, ' ')).slice(0, 4).join(' ');
  return {
    id: ids.claim(`${date.when} ${about}`, 'event'),
    when: date.when,
    date: date.date,
    summary: sentence,
    citations: [{ passage: date.passage, excerpt: sentence }],
    draft: true,
  };
}

/**
 * A who's-who draft. Its description is what the article calls the entity
 * ("chief executive of Halden Water"), cited first with those very words;
 * with no such words, where it is named.
 */
function toEntity(
  entity: NamedEntity,
  mentions: ReadonlyMap<number, readonly Mention[]>,
  passages: readonly Passage[],
): Entity {
  const hers = [...mentions.values()].flat().filter((m) => m.entity === entity);
  const fits = (role: string | null): role is string =>
    role !== null && (entity.kind === 'person' || !isAboutSomethingElse(role));
  const given = [...new Set(hers.flatMap((m) => (fits(m.role) ? [m.role] : [])))];
  // "Det Insp Fairlie", "Cllr Doyle" after "Councillor Rachel Doyle, who chairs…", "Professor
  // Eade" after "the vice-chancellor, Professor Martin Eade": a short title or an honorific
  // says again, or says less, than a fuller role has said; so does "Captain" after
  // "Captain Malcolm Reddaway, Hallowick's harbour master".
  const roles =
    given.length > 1
      ? given.filter((role) => !isShortTitle(role) && !saidInFuller(role, given))
      : given;
  const withRole = hers.find((m) => fits(m.role));
  const citations: Citation[] = [];
  if (withRole)
    citations.push({ passage: withRole.passage, excerpt: roleExcerpt(withRole, passages) });
  for (const mention of hers) {
    if (citations.length >= MAX_CITATIONS) break;
    if (citations.some((c) => c.passage === mention.passage)) continue;
    citations.push({ passage: mention.passage, excerpt: mention.text });
  }
  // With no role, the sentence that first names it says what the article says of it; so it
  // does beside the noun a body is called by in the sentence before ("its insurer").
  const first = withRole?.citeSentence ? withRole : withRole ? undefined : hers[0];
  const sentence = first ? sentenceAround(first, passages) : null;
  if (first && sentence) citations.unshift({ passage: first.passage, excerpt: sentence });
  const unique = citations.filter(
    (c, i) => !citations.some((o, j) => j < i && o.passage === c.passage),
  );
  unique.sort((a, b) => a.passage - b.passage);
  return {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    aliases: entity.newAliases,
    description: roles.length > 0 ? roles.join('; ') : (sentence ?? entity.name),
    citations: unique,
    draft: true,
  };
}

/** Whether another of the roles says this one whole, among more: "Captain" in "Captain, the harbour master". */
function saidInFuller(role: string, roles: readonly string[]): boolean {
  const said = role.toLowerCase();
  return roles.some((other) => {
    const fuller = other.toLowerCase();
    const at = fuller.indexOf(said);
    if (fuller === said || at < 0) return false;
    const before = fuller[at - 1];
    const after = fuller[at + said.length];
    return (
      (before === undefined || before === ' ') && (after === undefined || /[\s,;]/.test(after))
    );
  });
}

/** A role of short titles or honorifics only, as written before a surname: "Det Insp", "Professor". */
function isShortTitle(role: string): boolean {
  return role
    .split(/\.?\s+|\.$/)
    .every((word) => word === '' || TITLE_ABBREVIATIONS.has(word) || HONORIFICS.has(word));
}

/**
 * "appeal to the Supreme Court, a step that must be lodged…": a clause after
 * a group's or a place's name that is about a thing of another kind (a
 * step, a move) describes what was done, not the group or the place.
 */
function isAboutSomethingElse(role: string): boolean {
  const head = /^(?:a|an|the)\s+(\p{L}+)\s+(?:that|which)\b/u.exec(role)?.[1]?.toLowerCase();
  return head !== undefined && !ORGANIZATION_WORDS.has(head) && !PLACE_WORDS.has(head);
}

function sentenceAround(mention: Mention, passages: readonly Passage[]): string | null {
  const text = passages.find((p) => p.n === mention.passage)?.text ?? '';
  return (
    sentenceSpans(text).find((s) => s.start <= mention.start && mention.end <= s.end)?.text ?? null
  );
}

/** The mention with its role, the role set off by commas after the name included. */
function roleExcerpt(mention: Mention, passages: readonly Passage[]): string {
  const text = passages.find((p) => p.n === mention.passage)?.text ?? '';
  const after = text.slice(mention.end);
  const role = mention.role ?? '';
  const tail = role.split(', ').at(-1) ?? '';
  const at = tail === '' ? -1 : after.indexOf(tail);
  if (at >= 0 && at <= ', who '.length) {
    return text.slice(mention.outerStart, mention.end + at + tail.length);
  }
  // "Chief Inspector Daniel Okafor of Westvale Police": the body follows the name.
  const body = / of (.+)$/.exec(tail)?.[1];
  const served = body === undefined ? -1 : after.indexOf(` of ${body}`);
  return served === 0
    ? text.slice(mention.outerStart, mention.end + ` of ${body}`.length)
    : mention.text;
}

function contentWords(text: string): string[] {
  return tokenize(text)
    .map((t) => t.text)
    .filter((word) => !ID_FILLER.has(word.toLowerCase()));
}
