import { TITLE_ABBREVIATIONS } from '../engine/abbreviations.ts';
import { type Gender, pronounGender } from '../engine/gender.ts';
import {
  findQuoteMarks,
  type QuoteMarks,
  type Span,
  withoutQuotes,
} from '../engine/quote-marks.ts';
import { sentenceSpans } from '../engine/sentences.ts';
import { wordSet } from '../engine/text.ts';
import type { Passage } from '../knowledge/schema.ts';
import { bodiesOf, bodyBefore } from './bodies.ts';
import type { GivenNames } from './given-names.ts';
import type { Mention, NamedEntity } from './names.ts';
import { articleGenders, EarlierPeople } from './pronouns.ts';
import { pronounLeads, sentenceSubjects } from './sentence-subjects.ts';
import {
  COURTESY_TITLES,
  FUNCTION_WORDS,
  QUOTE_NAMING_VERBS,
  ROLE_NOUNS,
  SPEECH_VERBS,
} from './words.ts';

/** A direct quote found in a passage, with whoever the article says said it. */
export interface FoundQuote {
  passage: number;
  /** What was said, verbatim: the words inside the marks, less a trailing comma. */
  text: string;
  speaker: NamedEntity | null;
  role: string | null;
  said: string | null;
}

const VERB = `(?:${SPEECH_VERBS}|${QUOTE_NAMING_VERBS})`;
/**
 * The body a person belongs to, written straight after the name, as a
 * police officer's often is: "Detective Inspector Colin Abernathy of the
 * county police said". A few words, with no clause ending.
 */
const OF_BODY = String.raw`(?:\s+of\s+(?:[\p{L}’'&-]+\s+){0,5}[\p{L}’'&-]+)?`;
const ADVERB = '(?:also|later|then|further|again)';
/** A speaker's name, maybe a clause set off by commas ("Brandt, who owns a bakery,"), then the verb. */
const SPEAKS_AFTER_CLAUSE = new RegExp(
  `^${OF_BODY}(?:,\\s(?:[^,;:“”"]|(?<=\\d),(?=\\d)){1,80},)?\\s+(?:${ADVERB}\\s+)?(${VERB})\\b`,
  'u',
);
/** The verb after a name that closes a role set off before it: "…Board, Dana Okafor, said". */
const SPEAKS_AFTER_SET_OFF = new RegExp(`^,?\\s+(?:${ADVERB}\\s+)?(${VERB})\\b`);
const PRONOUN_SPEAKS = new RegExp(`^(he|she)\\s+(?:${ADVERB}\\s+)?(${VERB})\\b`, 'i');
/** A "he" or "she" just before the verb that hands over to a quote: `She added, "…"`. */
const PRONOUN_BEFORE_VERB = new RegExp(`\\b(he|she)\\s+(?:${ADVERB}\\s+)?$`, 'i');
const VERB_FIRST = new RegExp(`^(${VERB})\\s+`);
const FIRST_VERB = new RegExp(`\\b${VERB}\\b`);
/** A verb naming something in a speaker's words, right before the quote: "described it as", "called the plan". */
const NAMING_JUST_BEFORE = new RegExp(
  `\\b(${QUOTE_NAMING_VERBS})(?:\\s+[\\p{L}’'-]+){0,3}\\s+$`,
  'u',
);
/**
 * Between a speaker and the verb: nothing, an adverb, or one or two clauses
 * set off by commas, long as a firm's can be ("Saltmere Logistics, which operates the
 * terminal under a 30-year concession and employs about 850 people at the site, said") ("Dr Ann Lee, a consultant at St Mary's in Leeds, who was
 * not involved, said"): the person, not the place named in the clause.
 */
const SUBJECT_TO_VERB = new RegExp(
  `^${OF_BODY}(?:(?:,\\s(?:[^,;:“”"]|(?<=\\d),(?=\\d)){1,120}){1,2},)?\\s+(?:${ADVERB}\\s+)?$`,
  'u',
);
/**
 * Between a speaker and a verb of saying joined to another: a role set off
 * by commas, maybe, then words with no clause ending, then "and"
 * (", a spokesperson for the chain, apologised to customers and ").
 */
const JOINED_PREDICATE = /^((?:,\s[^,;:“”"]{1,120},)?)\s+[^,;:“”"]{1,80}\sand\s+$/u;
const SIMPLE_SETTING = /^(?:during|at|in|on|after|before|while|from|when)\s/;
const MAX_SETTING_WORDS = 10;
/**
 * Up to four plain words (a role such as "port director"), or nothing, before a speaker's name;
 * a word may keep its point, as a title does ("Mr. Fell said").
 */
const ROLE_WORDS = /^(?:[\p{L}’'-]+\.?\s+){0,4}$/u;
/** A point that ends a clause: not the one of a dotted title ("said Dr. Alma Rusk"). */
const CLAUSE_END = new RegExp(`[,;:!?]|(?<!\\b(?:${[...TITLE_ABBREVIATIONS].join('|')}))\\.`);

/**
 * Finds every quotation and attributes it the ways news prose does:
 * `"…," X said`, `said X`, `X said, "…"`, "according to X", a "he"/"she"
 * pointing back to the last person who spoke and can be "he" or "she"
 * (`pronouns.ts`), and a quote that simply goes on from the speaker's
 * previous one. Quotes nobody can be found for keep a null speaker rather
 * than a guess.
 */
export function findQuotes(
  passages: readonly Passage[],
  mentions: ReadonlyMap<number, readonly Mention[]>,
  outlet: string,
  givenNames: GivenNames,
): { quotes: FoundQuote[]; warnings: string[] } {
  const quotes: FoundQuote[] = [];
  const warnings: string[] = [];
  const roles = firstRoles(mentions);
  const earlier = new EarlierPeople(articleGenders(passages, mentions, givenNames));
  const holder = roleHolders(mentions);
  const bodies = bodiesOf(mentions, outlet);

  /** The one person the last sentence of the passage before names, outside quotes: whom a "she" opening the next stands for. */
  let lastParagraphSubject: NamedEntity | null = null;
  for (const passage of passages) {
    const { text } = passage;
    earlier.newParagraph();
    const here = mentions.get(passage.n) ?? [];
    const scan = findQuoteMarks(text);
    if (scan.unmatched > 0) {
      warnings.push(
        `passage ${passage.n}: a quote mark opens and never closes; that quote was skipped`,
      );
    }
    const sentences = sentenceSpans(text);
    const people = here.filter(
      (m) => m.entity.kind === 'person' && !insideAny(m.start, scan.quotes),
    );
    const subjects = sentenceSubjects(
      sentences,
      (sentence) => subjectIn(text, sentence, people, scan.quotes),
      pronounLeads(withoutQuotes(text, scan.quotes), people),
      lastParagraphSubject,
    );
    const speaks = (m: Mention) =>
      SPEAKS_AFTER_CLAUSE.test(text.slice(m.end)) ||
      (isSetOff(m, text) && SPEAKS_AFTER_SET_OFF.test(text.slice(m.end)));
    const events = [
      ...scan.quotes.map((quote) => ({ at: quote.outer.start, quote })),
      ...people.map((mark) => ({ at: mark.start, mark })),
    ].sort((a, b) => a.at - b.at);

    let previous: FoundQuote | null = null;
    let previousEnd = -1;
    for (const event of events) {
      if ('mark' in event && event.mark) {
        if (speaks(event.mark)) earlier.spoke(event.mark.entity);
        else earlier.mentioned(event.mark.entity);
        continue;
      }
      if (!('quote' in event) || !event.quote) continue;
      const words = quotedWords(event.quote);
      if (words === null || namesAThing(text, event.quote)) continue;
      const sentence = sentences.find(
        (s) => s.start <= event.quote.outer.start && event.quote.outer.start < s.end,
      ) ?? {
        start: 0,
        end: text.length,
        text,
      };
      // `Crowther defended the officials. "…," she said.`: the one person the sentence
      // before names is whom its pronoun stands for, before anyone who spoke earlier.
      // A paragraph opening on the quote (`"…," she said.`) reads on from
      // the last sentence of the one before.
      const before = sentences.findLastIndex((s) => s.end <= sentence.start);
      const subject = before >= 0 ? (subjects[before] ?? null) : lastParagraphSubject;
      const standingFor = (pronoun: Gender) =>
        subject !== null && earlier.canBe(subject, pronoun)
          ? subject
          : earlier.standingFor(pronoun);
      const context = new QuoteContext(text, event.quote, sentence, scan.quotes, here, holder);
      const found =
        context.afterAttribution(standingFor) ??
        context.beforeAttribution(standingFor) ??
        context.accordingTo() ??
        context.continuation(previous) ??
        context.sameSentence(previous, previousEnd) ??
        context.spokesperson(
          bodyBefore(sentence, event.quote.outer.start, sentences, here, text, bodies),
        );
      const speaker = found?.speaker ?? null;
      const quote: FoundQuote = {
        passage: passage.n,
        text: words,
        speaker,
        role: found?.role ?? (speaker ? (roles.get(speaker) ?? null) : null),
        said: found?.said ?? null,
      };
      quotes.push(quote);
      previous = quote;
      previousEnd = event.quote.outer.end;
      if (speaker?.kind === 'person') earlier.spoke(speaker);
    }
    lastParagraphSubject = subjects.at(-1) ?? null;
  }
  return { quotes, warnings };
}

/**
 * The person a sentence is about, named outside quotation marks: the one it
 * names, or, naming several, the one it opens on; null when it names nobody,
 * or several without opening on one.
 */
function subjectIn(
  text: string,
  before: Span,
  people: readonly Mention[],
  quotes: readonly QuoteMarks[],
): NamedEntity | null {
  const named = people.filter(
    (m) => m.start >= before.start && m.end <= before.end && !insideAny(m.start, quotes),
  );
  const first = named[0];
  if (first === undefined) return null;
  if (named.every((m) => m.entity === first.entity)) return first.entity;
  // "Opposition leader Samir Qureshi, who questioned Mr Pellow's expenses,
  // said…": a sentence opening on a person is about them, whoever else it
  // names; a name that only qualifies the next ("Halden spokeswoman Priya
  // Castell") gives way to it.
  if (!ROLE_WORDS.test(text.slice(before.start, first.outerStart))) return null;
  let at = 0;
  for (let next = 1; next < named.length; next++) {
    const [subject, after] = [named[at], named[next]] as [Mention, Mention];
    // The next name's own title may already take the first in ("Halden spokeswoman").
    if (after.outerStart <= subject.start) {
      at = next;
      continue;
    }
    const between = text.slice(subject.end, after.outerStart);
    // "Lena Moss and Carl Ibbotson watched": two people open it, neither alone.
    if (JOINS_NEXT.test(between)) return null;
    if (!QUALIFIES_NEXT.test(between)) break;
    at = next;
  }
  return (named[at] as Mention).entity;
}

/** Only "and", "or" or a comma between two names: they are named together. */
const JOINS_NEXT = /^\s*(?:,\s*)?(?:(?:and|or|&)\s+)?$/u;

/** Plain words only between two names: the first qualifies the second ("Halden spokeswoman Priya Castell"). */
const QUALIFIES_NEXT = /^\s+(?:[\p{L}’'-]+\s+){0,3}$/u;

/**
 * Whom "the judge", "the prosecutor" stands for: the one person whose role,
 * as the article gives it, has that noun ("Judge", "the chair of the bench").
 * Null when nobody's does, or more than one person's.
 */
function roleHolders(
  mentions: ReadonlyMap<number, readonly Mention[]>,
): (roleNoun: string) => NamedEntity | null {
  const holders = new Map<string, Set<NamedEntity>>();
  for (const list of mentions.values()) {
    for (const { entity, role } of list) {
      if (entity.kind !== 'person' || role === null) continue;
      for (const word of role.toLowerCase().split(/[^\p{L}-]+/u)) {
        if (!ROLE_NOUNS.has(word)) continue;
        const set = holders.get(word) ?? new Set();
        set.add(entity);
        holders.set(word, set);
      }
    }
  }
  return (noun) => {
    const found = holders.get(noun);
    return found?.size === 1 ? ([...found][0] ?? null) : null;
  };
}

/**
 * An unnamed spokesperson and the verb handing over: "A spokesperson for the
 * company said", "a company spokeswoman told"; group 1 the spokesperson, as written.
 */
/** The word a spokesperson is called by before the noun: "council" of "a council spokesperson". */
const SPOKESPERSON_OF = /^\S+\s+([\p{Ll}-]+)\s+(?:spokes|representative)/u;

const SPOKESPERSON_SAYS = new RegExp(
  `\\b((?:a|an|the|its)\\s+(?:[\\p{Ll}-]+\\s+)?(?:spokes(?:person|woman|man)|representative)(?:\\s+for\\s+(?:the|its)\\s+[\\p{Ll}-]+)?)\\s+(?:${ADVERB}\\s+)?${VERB}\\b`,
  'iu',
);

/** `the judge told him`, `the coach said` right after a quote: group 1 the role noun. */
const ROLE_SPEAKS = new RegExp(`^the\\s+([\\p{L}-]+)\\s+(?:${ADVERB}\\s+)?(${VERB})\\b`, 'iu');
/** `…, the judge said: "…"`: the role noun right before the verb handing over to a quote. */
const ROLE_BEFORE_VERB = new RegExp(`\\bthe\\s+([\\p{L}-]+)\\s+(?:${ADVERB}\\s+)?$`, 'iu');

/**
 * A determiner before the quote marks and a noun after them: the quoted words
 * name a thing ("its logs showed the "FOG - SLOW DOWN" message", "a "Save Our
 * Pub" banner"), no one said them.
 */
const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her)\s+$/iu;
/** A lowercase word right after the closing mark, which the quoted words may qualify. */
const WORD_AFTER_QUOTE = /^\s+(\p{Ll}+)\b/u;
/** Words that go on with the sentence, not a noun the quote qualifies ("of", which names keep). */
const LINKING_WORDS = wordSet('of or and but nor than that');
/** A verb of saying right after the closing mark: the quote was said after all. */
const SAID_AFTER_QUOTE = new RegExp(`^\\s+(?:${VERB})\\b`, 'iu');

function namesAThing(text: string, quote: QuoteMarks): boolean {
  const after = text.slice(quote.outer.end);
  const next = WORD_AFTER_QUOTE.exec(after)?.[1];
  // "a "target window" of April to June", "a "credible recovery plan" or face…": no noun after.
  return (
    next !== undefined &&
    !FUNCTION_WORDS.has(next) &&
    !LINKING_WORDS.has(next) &&
    !SAID_AFTER_QUOTE.test(after) &&
    DETERMINER_BEFORE.test(text.slice(0, quote.outer.start))
  );
}

/** The quoted words, verbatim, without the comma that hands over to "she said". */
function quotedWords(quote: QuoteMarks): string | null {
  const words = quote.inner.text.trim().replace(/,$/, '').trim();
  return /[\p{L}\p{N}]/u.test(words) ? words : null;
}

function insideAny(at: number, quotes: readonly QuoteMarks[]): boolean {
  return quotes.some((q) => at > q.outer.start && at < q.outer.end);
}

/** Each entity's first role in the article, for quotes whose own sentence gives none. */
function firstRoles(mentions: ReadonlyMap<number, readonly Mention[]>): Map<NamedEntity, string> {
  const roles = new Map<NamedEntity, string>();
  for (const list of mentions.values()) {
    for (const mention of list) {
      if (mention.role && !roles.has(mention.entity)) roles.set(mention.entity, mention.role);
    }
  }
  return roles;
}

interface Attribution {
  speaker: NamedEntity;
  role: string | null;
  said: string | null;
}

/** The words around one quotation, within its sentence and between neighbouring quotes. */
class QuoteContext {
  private readonly before: Span;
  private readonly after: Span;

  constructor(
    private readonly text: string,
    private readonly quote: QuoteMarks,
    private readonly sentence: Span,
    quotes: readonly QuoteMarks[],
    private readonly mentions: readonly Mention[],
    private readonly holder: (roleNoun: string) => NamedEntity | null,
  ) {
    const previousEnd = Math.max(
      sentence.start,
      ...quotes.filter((q) => q.outer.end <= quote.outer.start).map((q) => q.outer.end),
    );
    const nextStart = Math.min(
      sentence.end,
      ...quotes.filter((q) => q.outer.start >= quote.outer.end).map((q) => q.outer.start),
    );
    this.before = span(text, previousEnd, quote.outer.start);
    this.after = span(text, quote.outer.end, nextStart);
  }

  /** `"…," Zakharova explained`, `"…," she said`, `"…," said Maria Zakharova`. */
  afterAttribution(standingFor: (pronoun: Gender) => NamedEntity | null): Attribution | null {
    const lead = /^[\s,]*/.exec(this.after.text)?.[0].length ?? 0;
    const at = this.after.start + lead;
    const rest = this.text.slice(at, this.after.end);

    // The name may come after its role in lowercase: `"…," port director Dana Placeholder told`.
    const first = this.mentions.find(
      (m) =>
        m.start >= at && m.end <= this.after.end && ROLE_WORDS.test(this.text.slice(at, m.start)),
    );
    // `"…," a spokesperson for the Safety Board, Dana Okafor, said`: the body's spokesperson speaks.
    const named = first ? (this.setOffPerson(first) ?? first) : undefined;
    // `"…," Judge Helena Brask, who presided over the panel, wrote`.
    const verb = named
      ? (named === first ? SPEAKS_AFTER_CLAUSE : SPEAKS_AFTER_SET_OFF).exec(
          this.text.slice(named.end, this.after.end),
        )
      : null;
    if (named && verb) {
      const verbEnd = named.end + verb[0].length;
      const written = named === first ? this.text.slice(at, named.start).trim() : '';
      // `"…," Mr Hartley said`: "Mr" is how he is addressed, not his role.
      const lead = COURTESY_TITLES.has(written.replace(/\.$/, '')) ? '' : written;
      const role = lead !== '' && (named.role ?? lead).length <= lead.length ? lead : named.role;
      const found = this.attribution(
        named,
        verb[1] ?? '',
        this.text.slice(verbEnd, this.after.end),
      );
      return { ...found, role };
    }
    // `"Remorse," the judge told him, "does not…"`: the one person the article calls so.
    const role = ROLE_SPEAKS.exec(rest);
    const bearer = role ? this.holder(role[1]?.toLowerCase() ?? '') : null;
    if (role && bearer) return this.attribution(bearer, role[2] ?? '', rest.slice(role[0].length));
    const pronoun = PRONOUN_SPEAKS.exec(rest);
    if (pronoun) {
      const person = standingFor(asGender(pronoun[1]));
      return person
        ? this.attribution(person, pronoun[2] ?? '', rest.slice(pronoun[0].length))
        : null;
    }
    const verbFirst = VERB_FIRST.exec(rest);
    if (verbFirst) {
      const clauseEnd = at + (CLAUSE_END.exec(rest)?.index ?? rest.length);
      const subject = this.mentions.filter((m) => m.start >= at && m.end <= clauseEnd).at(-1);
      // `"…," said the company's chief executive, Miriam Oduya`: the role comes
      // first and the name set off after it is who spoke, not the body (or
      // the person, "the mayor's spokesman") the role belongs to.
      const owner = subject !== undefined && /^['’]s\s/u.test(this.text.slice(subject.end));
      const named =
        subject?.entity.kind === 'person' && !owner ? undefined : this.appositive(clauseEnd);
      if (named) return this.attribution(named, verbFirst[1] ?? '', '');
      if (subject) return this.attribution(subject, '', '');
    }
    return null;
  }

  /**
   * `…, which Mr Tillett described as "the thin end of the wedge"`: a person
   * naming something in the quote's words right before it, whoever the
   * sentence says spoke first.
   */
  private namingJustBefore(): Attribution | null {
    const naming = NAMING_JUST_BEFORE.exec(
      this.text.slice(this.before.start, this.quote.outer.start),
    );
    if (!naming) return null;
    const verbAt = this.before.start + naming.index;
    const subject = this.mentions.find(
      (m) =>
        m.entity.kind === 'person' &&
        m.end <= verbAt &&
        SUBJECT_TO_VERB.test(this.text.slice(m.end, verbAt)),
    );
    return subject ? this.attribution(subject, naming[1] ?? '', '') : null;
  }

  /** `Sharaa told Arab media, "…"`, `He added, "…"`, `She emphasized that …, adding, "…"`. */
  beforeAttribution(standingFor: (pronoun: Gender) => NamedEntity | null): Attribution | null {
    const naming = this.namingJustBefore();
    if (naming) return naming;
    const verb = FIRST_VERB.exec(this.before.text);
    if (!verb) return null;
    const verbAt = this.before.start + verb.index;
    const setting = this.text.slice(verbAt + verb[0].length, this.quote.outer.start);
    // "Tom Whitaker, a spokesman for Basin Metals, said": the person, not the body in the clause.
    const subjects = this.mentions.filter(
      (m) =>
        m.end <= verbAt &&
        (SUBJECT_TO_VERB.test(this.text.slice(m.end, verbAt)) ||
          (isSetOff(m, this.text) && /^,\s+$/.test(this.text.slice(m.end, verbAt)))),
    );
    const subject =
      subjects.find((m) => m.entity.kind === 'person') ??
      subjects[0] ??
      this.clauseSubject(verbAt) ??
      this.coordinatedSubject(verbAt);
    if (subject) return this.attribution(subject, verb[0], setting);
    const lead = this.text.slice(this.before.start, verbAt);
    const role = ROLE_BEFORE_VERB.exec(lead);
    const bearer = role ? this.holder(role[1]?.toLowerCase() ?? '') : null;
    if (bearer) return this.attribution(bearer, verb[0], setting);
    const pronoun = PRONOUN_BEFORE_VERB.exec(lead);
    const person = pronoun ? standingFor(asGender(pronoun[1])) : null;
    return person ? this.attribution(person, verb[0], setting) : null;
  }

  /**
   * The person opening the sentence, when the verb of saying is a participle
   * after its main clause: "Ms Oduya disputed that, saying staffing had been "…"".
   */
  private clauseSubject(verbAt: number): Mention | undefined {
    if (!/,\s+$/.test(this.text.slice(this.sentence.start, verbAt))) return undefined;
    if (!/^\p{L}+ing$/u.test(FIRST_VERB.exec(this.text.slice(verbAt))?.[0] ?? '')) return undefined;
    const opening = this.mentions.find(
      (m) => m.entity.kind === 'person' && m.outerStart >= this.sentence.start && m.end <= verbAt,
    );
    if (!opening || this.text.slice(this.sentence.start, opening.outerStart).trim() !== '') {
      return undefined;
    }
    return opening;
  }

  /**
   * The person opening the sentence, when the verb of saying is the second
   * of two joined by "and": "Owen Pritchard, a spokesperson for the chain,
   * apologised to customers and said the company had acted "…"". Nobody else
   * is named, and no clause ends, between that person's set-off role and the verb.
   */
  private coordinatedSubject(verbAt: number): Mention | undefined {
    if (!/\sand\s+$/.test(this.text.slice(this.sentence.start, verbAt))) return undefined;
    const opening = this.mentions.find(
      (m) => m.entity.kind === 'person' && m.outerStart >= this.sentence.start && m.end <= verbAt,
    );
    if (!opening || this.text.slice(this.sentence.start, opening.outerStart).trim() !== '') {
      return undefined;
    }
    const joined = JOINED_PREDICATE.exec(this.text.slice(opening.end, verbAt));
    if (!joined) return undefined;
    // A name in the role ("a spokesperson for Brackwell's") is no other subject.
    const predicateAt = opening.end + (joined[1]?.length ?? 0);
    return this.mentions.some((m) => m.start >= predicateAt && m.end <= verbAt)
      ? undefined
      : opening;
  }

  /** `…, according to the Russian Foreign Ministry.` anywhere in the sentence. */
  accordingTo(): Attribution | null {
    const sentenceText = this.text.slice(this.sentence.start, this.sentence.end);
    for (const match of sentenceText.matchAll(/\baccording to\s+/gi)) {
      const from = this.sentence.start + match.index + match[0].length;
      if (from > this.quote.outer.start && from < this.quote.outer.end) continue;
      const clause = this.text.slice(from, this.sentence.end);
      const clauseEnd = from + (/[,.;:!?“"]/.exec(clause)?.index ?? clause.length);
      const source = this.mentions.filter((m) => m.start >= from && m.end <= clauseEnd).at(-1);
      if (source) return { speaker: source.entity, role: source.role, said: null };
    }
    return null;
  }

  /** A quote standing alone right after the same passage's previous quote goes on with its speaker. */
  continuation(previous: FoundQuote | null): Attribution | null {
    if (!previous?.speaker) return null;
    if (this.before.text.trim() !== '' || /[\p{L}\p{N}]/u.test(this.after.text)) return null;
    return { speaker: previous.speaker, role: previous.role, said: null };
  }

  /**
   * A second quote in the sentence of the speaker's first, with no one else
   * named nor another verb of saying between: `X said that … "at any hour,"
   * and that the team had made "significant movement"`.
   */
  sameSentence(previous: FoundQuote | null, previousEnd: number): Attribution | null {
    if (!previous?.speaker || previousEnd < this.sentence.start) return null;
    if (previousEnd > this.quote.outer.start) return null;
    const between = this.text.slice(previousEnd, this.quote.outer.start);
    if (FIRST_VERB.test(between)) return null;
    if (this.mentions.some((m) => m.start >= previousEnd && m.end <= this.quote.outer.start))
      return null;
    return { speaker: previous.speaker, role: previous.role, said: null };
  }

  /**
   * `A spokesperson for the company said it had handed over "…"`, `A
   * spokeswoman said the question was "…"`: an unnamed spokesperson speaks
   * for the body the article has just named ({@link bodyBefore}).
   */
  spokesperson(body: (calledBy?: string) => NamedEntity | null): Attribution | null {
    const lead = this.text.slice(this.sentence.start, this.quote.outer.start);
    const match = SPOKESPERSON_SAYS.exec(lead);
    if (!match?.[1]) return null;
    const at = this.sentence.start + match.index;
    if (this.mentions.some((m) => m.start >= at && m.end <= this.quote.outer.start)) return null;
    // "A council spokesperson": the word before says whose.
    const calledBy = SPOKESPERSON_OF.exec(match[1])?.[1]?.toLowerCase();
    const speaker = body(calledBy);
    if (!speaker) return null;
    const role = match[1].replace(/^(?:A|An|The|Its)\b/, (w) => w.toLowerCase());
    return { speaker, role, said: null };
  }

  /** A person named right after a comma ending a role: "…'s chief executive, Miriam Oduya". */
  private appositive(roleEnd: number): Mention | undefined {
    if (this.text[roleEnd] !== ',') return undefined;
    return this.mentions.find(
      (m) =>
        m.entity.kind === 'person' &&
        m.start > roleEnd &&
        m.end <= this.after.end &&
        /^,\s+$/.test(this.text.slice(roleEnd, m.start)),
    );
  }

  /** The person named right after a body and set off by commas: "the Board, Dana Okafor, said". */
  private setOffPerson(body: Mention): Mention | undefined {
    if (body.entity.kind === 'person') return undefined;
    return this.mentions.find(
      (m) =>
        m.entity.kind === 'person' &&
        /^,\s+$/.test(this.text.slice(body.end, m.start)) &&
        SPEAKS_AFTER_SET_OFF.test(this.text.slice(m.end, this.after.end)),
    );
  }

  private attribution(who: Mention | NamedEntity, verb: string, setting: string): Attribution {
    const isMention = 'entity' in who;
    return {
      speaker: isMention ? who.entity : who,
      role: isMention ? who.role : null,
      said: saidFrom(verb, setting),
    };
  }
}

/** "He" or "She", as the gender it says. */
function asGender(pronoun: string | undefined): Gender {
  return pronounGender(pronoun?.toLowerCase() ?? '') ?? 'he';
}

/** A name whose role is set off by a comma before it: "a spokesperson for X, Dana Okafor". */
function isSetOff(mention: Mention, text: string): boolean {
  return (
    mention.outerStart < mention.start &&
    /,\s+$/.test(text.slice(mention.outerStart, mention.start))
  );
}

/** Verbs that go with what follows them: whom one told, for whom one wrote. */
const OWN_VERB = /^(?:told|tells|wrote|writes)$/;

/**
 * Where and when, when the article says it simply: "during a briefing",
 * "told Arab media in late December", "wrote for the majority". Anything
 * longer is left for review.
 */
function saidFrom(verb: string, setting: string): string | null {
  // "said in a statement that it was…": what follows "that" is what was said, not where.
  const words = setting
    .replace(/\s+that\b.*$/su, '')
    .replace(/[\s,:;.!?—–-]+$/u, '')
    .replace(/^[\s,]+/, '');
  if (words === '' || /["“”]/.test(words) || words.split(/\s+/).length > MAX_SETTING_WORDS)
    return null;
  // "told Arab media", "wrote for the majority": the verb says how, so it stays.
  if (OWN_VERB.test(verb)) return `${verb} ${words}`;
  return SIMPLE_SETTING.test(words) ? words : null;
}

function span(text: string, start: number, end: number): Span {
  const safeEnd = Math.max(start, end);
  return { start, end: safeEnd, text: text.slice(start, safeEnd) };
}
