/**
 * Whom an unnamed spokesperson speaks for: the body the article has just
 * named ("Veltmar rejected that account. A spokesperson for the company
 * said…").
 *
 * The engine's `company-antecedents.ts` ties "the company" to the same
 * business at index time; the two do different jobs and both are needed.
 * This one credits a quotation's words to a speaker, once, at ingest: any
 * body, a public one too ("a spokesperson for the council"), and a
 * spokesperson who never says "the company" ("A spokeswoman said…"). That
 * one only lets the index find a sentence by the business's name, for any
 * sentence saying "the company" or "the firm", quoted or not ("The company
 * said it had not been contacted"), up to three sentences on, in curated
 * stories too. Without this one airline-grounding loses 1 right and gains
 * 1 wrong; without that one, 2 right.
 */
import type { Span } from '../engine/quote-marks.ts';
import type { Passage } from '../knowledge/schema.ts';
import type { Mention, NamedEntity } from './names.ts';
import { foldName } from './text.ts';
import { BODY_NOUN_NAMES, PLACE_WORDS, ROLE_NOUNS, TITLES } from './words.ts';

/**
 * The organizations an article names, by their first word too ("Veltmar"
 * of "Veltmar Aero Services"); never the outlet itself, which asks the
 * questions rather than answering them ("The Halden Courier asked Halden
 * Water whether…").
 */
export interface Bodies {
  all: ReadonlySet<NamedEntity>;
  /** The one organization whose name opens on this word, if only one's does. */
  byFirstWord: (word: string) => NamedEntity | null;
  /**
   * The body a lowercase noun phrase stands for ("the bank", "the regional
   * roads agency", "the panel"): see {@link bodyCalled}.
   */
  byNoun: (phrase: string) => NamedEntity | null;
}

/** Every organization of {@link Bodies}, the outlet left out. */
export function bodiesOf(
  mentions: ReadonlyMap<number, readonly Mention[]>,
  outlet: string,
  passages: readonly Passage[] = [],
): Bodies {
  const outletName = foldName(outlet).replace(/^the /, '');
  const all = new Set(
    [...mentions.values()]
      .flat()
      .map((m) => m.entity)
      .filter(
        (e) => e.kind === 'organization' && foldName(e.name).replace(/^the /, '') !== outletName,
      ),
  );
  const firstWords = new Map<string, NamedEntity[]>();
  for (const body of all) {
    const [first, ...rest] = foldName(body.name).split(' ');
    if (!first || rest.length === 0) continue;
    firstWords.set(first, [...(firstWords.get(first) ?? []), body]);
  }
  const ofWhich = nounsOf(mentions, all, passages);
  return {
    all,
    byFirstWord: (word) => {
      const found = firstWords.get(foldName(word));
      return found?.length === 1 ? (found[0] ?? null) : null;
    },
    byNoun: (phrase) => bodyCalled(phrase, all, ofWhich),
  };
}

/**
 * The body "the NOUN" stands for: the organization whose name is about the noun
 * ("the bank" of "the Central Bank of Kestria"; "the union" of "… Education
 * Association", {@link BODY_NOUN_NAMES}), those with the phrase's other words
 * too when several do ("the central bank"), and of several the one the
 * article names first, as "the bank" of a story on a central bank means that
 * bank, not a lender quoted later. With none, the body the article calls
 * "a NOUN of X" ("a three-judge panel of the Court of Appeal"). Never for a
 * noun of a person ("the judge"): whom those stand for is read elsewhere;
 * nor of a place ("the county's medical officer" serves the county, not its council).
 */
function bodyCalled(
  phrase: string,
  all: ReadonlySet<NamedEntity>,
  ofWhich: ReadonlyMap<string, NamedEntity | null>,
): NamedEntity | null {
  const words = foldName(phrase).split(' ');
  const head = words.at(-1) ?? '';
  if (head === '' || ROLE_NOUNS.has(head) || TITLES.has(head) || PLACE_WORDS.has(head)) {
    return null;
  }
  const names = BODY_NOUN_NAMES.get(head) ?? [head];
  const named = [...all].filter((body) => names.includes(headWord(body.name)));
  const modifiers = words.slice(0, -1);
  const closer = named.filter((body) => {
    const own = foldName(body.name).split(' ');
    return modifiers.length > 0 && modifiers.every((word) => own.includes(word));
  });
  return closer[0] ?? named[0] ?? ofWhich.get(head) ?? null;
}

/**
 * The noun a body's name is about, folded: the word before its first "of"
 * ("bank" of "Central Bank of Kestria"), else its last ("agency" of "Ostland
 * Space Agency"). "The charity" is no "Charity Commission".
 */
function headWord(name: string): string {
  const words = foldName(name).split(' ');
  const of = words.indexOf('of');
  return (of > 0 ? words[of - 1] : words.at(-1)) ?? '';
}

/** "a three-judge panel of the Court of Appeal": a lowercase noun right before "of" and a body. */
const NOUN_OF_BEFORE = /\b(\p{Ll}[\p{Ll}-]*[^s\W])\s+of\s+(?:the\s+)?$/u;

/**
 * Each lowercase noun the article puts before "of" and a body's name, with
 * that body; null for a noun put before two bodies' names.
 */
function nounsOf(
  mentions: ReadonlyMap<number, readonly Mention[]>,
  all: ReadonlySet<NamedEntity>,
  passages: readonly Passage[],
): Map<string, NamedEntity | null> {
  const found = new Map<string, NamedEntity | null>();
  for (const passage of passages) {
    for (const mention of mentions.get(passage.n) ?? []) {
      if (!all.has(mention.entity)) continue;
      const noun = NOUN_OF_BEFORE.exec(passage.text.slice(0, mention.outerStart))?.[1];
      if (noun === undefined) continue;
      const before = found.get(noun);
      found.set(noun, before === undefined || before === mention.entity ? mention.entity : null);
    }
  }
  return found;
}

/**
 * The body an unnamed spokesperson speaks for: the one organization named
 * before them in their sentence, else in the sentence before, in the same
 * passage ("Veltmar rejected that account. A spokesperson for the company
 * said…"). Null when none is named there, or more than one. A word before
 * "spokesperson" that one body's name holds, and that one's not, names
 * that body instead: "A council spokesperson said" after a sentence naming
 * the DVSA speaks for the one council.
 */
export function bodyBefore(
  sentence: Span,
  quoteStart: number,
  sentences: readonly Span[],
  mentions: readonly Mention[],
  text: string,
  bodies: Bodies,
): (calledBy?: string) => NamedEntity | null {
  return (calledBy) => {
    const near = nearBody(sentence, quoteStart, sentences, mentions, text, bodies);
    if (calledBy === undefined || (near && nameHolds(near, calledBy))) return near;
    const called = [...bodies.all].filter((body) => nameHolds(body, calledBy));
    return called.length === 1 ? (called[0] ?? null) : near;
  };
}

/** Whether a body's name holds a word, folded: "council" of "Marchfield County Council". */
function nameHolds(body: NamedEntity, word: string): boolean {
  return foldName(body.name).split(' ').includes(word);
}

/** The one body named in the spokesperson's sentence before the quote, else in the sentence before. */
function nearBody(
  sentence: Span,
  quoteStart: number,
  sentences: readonly Span[],
  mentions: readonly Mention[],
  text: string,
  bodies: Bodies,
): NamedEntity | null {
  const before = sentences.findLast((s) => s.end <= sentence.start);
  // In the spokesperson's own sentence, only before the quotation: what is quoted may name
  // another body ("…countersigned by Coastlink's own quality team").
  const own = { start: sentence.start, end: quoteStart };
  for (const span of [own, before]) {
    if (!span) continue;
    const named = new Set(
      mentions
        .filter((m) => bodies.all.has(m.entity) && m.start >= span.start && m.end <= span.end)
        .map((m) => m.entity),
    );
    // "Veltmar rejected that account.": a firm opening a sentence by its first word.
    const opening = /^\p{Lu}[\p{L}'’-]+(?=\s+\p{Ll})/u.exec(text.slice(span.start))?.[0];
    const firm = opening && named.size === 0 ? bodies.byFirstWord(opening) : null;
    if (firm) named.add(firm);
    if (named.size > 0) return named.size === 1 ? ([...named][0] ?? null) : null;
  }
  return null;
}
