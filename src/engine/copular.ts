import type { LanguageFile } from '../knowledge/general-schema.ts';
import { pastOpeners } from './openers.ts';
import type { RankedUnit, UnitFit } from './term-index.ts';
import { foldText, withPossessives, words } from './text.ts';
import { WHAT_IT_IS } from './tuning.ts';

/**
 * Words before the thing's name that are no part of it, beside the
 * determiners: "the actual rate", "what is the current level".
 */
const LEADING_WORDS = ['actual', 'actually', 'exactly', 'current', 'currently', 'now'];
/** Words after the thing's name that are no part of it. */
const TRAILING =
  /^(?:at|now|rn|currently|today|then|lol|tho|though|exactly|actually|again|anyway|right|these|days)$/;

/** A preposition ends the thing's own name: "the flood stage | for the river". */
const PREPOSITION =
  /^(?:of|for|in|on|at|to|with|by|about|from|under|after|before|during|since|per|like)$/;

/**
 * Words inside a "what is X" that are no part of X's name: "what's a safety
 * curtain even for".
 */
const INNER_CHAT = /^(?:even|actually|exactly)$/;

/** The articles opening an apposition that says what a thing is: "the curtain, a 4.5-tonne barrier…". */
const INDEFINITE = /^(?:a|an)$/;

/** A word or a comma of a sentence, as {@link definesByApposition} reads it. */
const WORD_OR_COMMA = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|,/gu;

/** How many of a thing's words are its own name, before any preposition: "the flood stage | for the river". */
function ownNameLength(words: readonly string[]): number {
  const at = words.findIndex((word) => PREPOSITION.test(word));
  return at === -1 ? words.length : at;
}

/** The verbs that say what a thing is: "Flood stage is 14 feet", "the rate stands at 5.75%". */
const COPULA = /^(?:is|was|are|were|stands|stood|remains|remained)$/;

/**
 * A verb of being before a participle tells what was done to the thing, not
 * what it is: "The article was published by…", "The record was set in 1999".
 */
const PARTICIPLE =
  /^(?:\w+ed|written|set|held|made|given|taken|known|seen|shut|put|cut|told|found|kept|left|sent|paid|won|lost|hit|built|brought|caught|led|run|done|gone|shown|born|going|being)$/;

/** Verbs that say what a level now is, before "to" or "at": "inflation rose to 4.8 percent". */
const LEVEL_VERB = /^(?:rose|rises|fell|falls|climbed|climbs|dropped|drops|peaked|jumped|slipped)$/;
const LEVEL_LINK = /^(?:to|at)$/;

/**
 * Words that say which reading of a measure a sentence gives, and that a
 * reader asking after the measure leaves out: "Annual inflation rose to…"
 * for "what's inflation at". Any other word of the subject the reader did
 * not ask for is another thing ("The normal level is…" does not tell what
 * the level is now).
 */
const UNSTATED_QUALIFIER =
  /^(?:annual|annualised|annualized|yearly|monthly|weekly|daily|overall|total|average|current|latest|headline|official|final)$/;

/** The thing a "what is X" asks after: all its words, and its head (the last word before a preposition). */
export interface AskedThing {
  words: readonly string[];
  head: string;
}

/**
 * General English a "what is X" is read with (`language.json`): its openers
 * and determiners. Absent, no word is either.
 */
export type WhatItIsWords = Pick<LanguageFile, 'determiners' | 'openers'> | undefined;

/** Reads a "what is X" and the sentences saying what X is. */
export class WhatItIs {
  /**
   * Words before or after the thing's name that are no part of it, a
   * determiner after the name starting another phrase: the common
   * determiners, not the reader's and the listener's ("my", "your"), which
   * stay in the thing's name as they always have (see `general-schema.ts`).
   */
  private readonly leading: ReadonlySet<string>;

  /**
   * "What is the official flood stage", "whats their inflation target", "what's
   * inflation at": a question after what a thing is, the thing named right after
   * the verb, after any openers ("so", "hey"). The rest of the question is that
   * thing's name.
   */
  private readonly asksWhatIs: RegExp;

  constructor(words: WhatItIsWords) {
    this.leading = new Set([...(words?.determiners.common ?? []), ...LEADING_WORDS]);
    this.asksWhatIs = new RegExp(
      `${pastOpeners(words, 'whatIs')}what(?:'s|s|\\s+is|\\s+was|\\s+are|\\s+were|\\s+'s|(?=\\s+(?:the|their|its|his|her|our|a|an)\\s))\\s+(.+)$`,
    );
  }

  /** The thing a question asks what it is, or null for any other question. */
  askedThing(question: string): AskedThing | null {
    const found = this.asksWhatIs.exec(foldText(question).trim());
    if (!found?.[1]) return null;
    const tokens = found[1]
      .split(/[^\p{L}\p{N}'-]+/u)
      .map((t) => t.replace(/'s?$/, ''))
      .filter((t) => t !== '' && !INNER_CHAT.test(t));
    while (tokens.length > 0 && this.leading.has(tokens[0] ?? '')) tokens.shift();
    while (tokens.length > 0 && TRAILING.test(tokens.at(-1) ?? '')) tokens.pop();
    // "the normal level | this time of year": a determiner after the name starts another phrase.
    const ownName = tokens.findIndex(
      (t, at) => PREPOSITION.test(t) || (at > 0 && this.leading.has(t)),
    );
    const name = ownName === -1 ? tokens : tokens.slice(0, ownName);
    const head = name.at(-1);
    if (head === undefined || name.length > 4) return null;
    return { words: tokens, head };
  }

  /**
   * Whether a sentence says what the thing is: it opens on the thing's name
   * (its head word last, a possessive aside: "The bank's target") and goes on
   * with a verb of being ("is", "stands at") or of a level reached ("rose to").
   *
   * @param sameWord whether two words are one term to the index ("stages", "stage")
   */
  saysWhatItIs(
    text: string,
    thing: AskedThing,
    isFiller: (word: string) => boolean,
    sameWord: (a: string, b: string) => boolean,
  ): boolean {
    // Folding would drop the possessive "'s" that sets "The bank's" apart from the subject.
    const tokens = withPossessives(text)
      .split(/\s+/)
      .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}']+$/gu, ''))
      .filter((t) => t !== '');
    const verb = tokens.findIndex(
      (t, at) => COPULA.test(t) || (LEVEL_VERB.test(t) && LEVEL_LINK.test(tokens[at + 1] ?? '')),
    );
    if (verb <= 0 || verb > WHAT_IT_IS.maxSubjectWords || verb === tokens.length - 1) return false;
    if (COPULA.test(tokens[verb] ?? '') && PARTICIPLE.test(tokens[verb + 1] ?? '')) return false;
    // "The normal level | for early September is…": the subject's own name ends at a preposition.
    const qualified = tokens.slice(0, verb).findIndex((t) => PREPOSITION.test(t));
    const subject = tokens
      .slice(0, qualified === -1 ? verb : qualified)
      .filter((t) => !/'s?$/.test(t) && !this.leading.has(t) && !isFiller(t));
    return this.namesThing(subject, thing, sameWord);
  }

  /**
   * Whether a sentence says what the thing is by an apposition, as news
   * writes a definition in passing: the thing named, then a comma and "a" or
   * "an" ("the curtain, a 4.5-tonne barrier designed to seal the stage off
   * in a fire"), or the thing itself set after a comma with "a" or "an" as
   * what the words before it were ("a flown scenery piece belonging to the
   * production, a 6-metre lantern frame"). The thing's words are read as
   * {@link namesThing} reads a subject, a figure ("6-metre") aside.
   */
  definesByApposition(
    text: string,
    thing: AskedThing,
    isFiller: (word: string) => boolean,
    sameWord: (a: string, b: string) => boolean,
  ): boolean {
    const tokens = [...text.toLowerCase().matchAll(WORD_OR_COMMA)].map((m) =>
      m[0].replace(/[.'’]+$/u, ''),
    );
    return tokens.some((token, at) => {
      if (!sameWord(token, thing.head)) return false;
      let start = at;
      while (start > 0 && at - start < 4 && !this.opensPhrase(tokens[start - 1] ?? ',')) start--;
      const opener = tokens[start - 1] ?? ',';
      const named = tokens
        .slice(start, at + 1)
        .filter((t) => !/\d/u.test(t) && !this.leading.has(t) && !isFiller(t));
      // Every word of the thing's own name, not its head alone: "the
      // production, a 6-metre lantern frame" says nothing of what
      // "Brightwater Touring Productions" is.
      const ownName = thing.words.slice(0, ownNameLength(thing.words));
      if (
        !this.namesThing(named, thing, sameWord) ||
        !ownName.every((word) => named.some((said) => sameWord(said, word)))
      ) {
        return false;
      }
      const definedAfter = tokens[at + 1] === ',' && INDEFINITE.test(tokens[at + 2] ?? '');
      const definedBefore =
        INDEFINITE.test(opener) &&
        tokens[start - 2] === ',' &&
        tokens.slice(Math.max(0, start - 12), start - 2).some((t) => INDEFINITE.test(t));
      return definedAfter || definedBefore;
    });
  }

  /** Whether a word or comma opens the noun phrase after it: a determiner or a comma. */
  private opensPhrase(token: string): boolean {
    return token === ',' || this.leading.has(token) || PREPOSITION.test(token);
  }

  /**
   * Whether a subject's words name the thing asked: its head word last, every
   * word one the reader asked or a qualifier they leave out.
   */
  private namesThing(
    subject: readonly string[],
    thing: AskedThing,
    sameWord: (a: string, b: string) => boolean,
  ): boolean {
    const last = subject.at(-1);
    if (last === undefined || !sameWord(last, thing.head)) return false;
    return subject.every(
      (word) => UNSTATED_QUALIFIER.test(word) || thing.words.some((asked) => sameWord(word, asked)),
    );
  }

  /** Whether one of a card's names ("Stanmoor Crown Court") is the thing asked: its card says what it is. */
  private isCardOf(
    names: readonly string[],
    thing: AskedThing,
    isFiller: (word: string) => boolean,
    sameWord: (a: string, b: string) => boolean,
  ): boolean {
    return names.some((name) =>
      this.namesThing(
        words(name).filter((word) => !this.leading.has(word) && !isFiller(word)),
        thing,
        sameWord,
      ),
    );
  }

  /**
   * "What is the official flood stage for the river" wants the sentence saying
   * what flood stage is ("Flood stage is 14 feet."), not a longer one that merely
   * names it and holds more of the question's words. When one of the best
   * answers says what the thing is, every other answer is unfit (a curated
   * pair or a gap aside); otherwise the question sets no condition.
   *
   * @param textOf what a unit answers with; null for a unit trusted to meet its questions
   * @param namesOf the names of the thing a unit is the card of; none for any other unit
   */
  fit(
    question: string,
    ranked: readonly RankedUnit[],
    textOf: (unit: number) => string | null,
    namesOf: (unit: number) => readonly string[],
    isFiller: (word: string) => boolean,
    sameWord: (a: string, b: string) => boolean,
  ): UnitFit {
    const thing = this.askedThing(question);
    if (thing === null) return null;
    const says = (unit: number) => {
      const text = textOf(unit);
      return (
        text !== null &&
        (this.saysWhatItIs(text, thing, isFiller, sameWord) ||
          this.definesByApposition(text, thing, isFiller, sameWord))
      );
    };
    // The card of the thing asked is what the article says it is, though its
    // text never opens on its name: "What is Stanmoor Crown Court?", its own title.
    const card = (unit: number) => this.isCardOf(namesOf(unit), thing, isFiller, sameWord);
    if (!ranked.slice(0, WHAT_IT_IS.lookedAt).some((r) => says(r.unit))) return null;
    return (unit) => textOf(unit) === null || says(unit) || card(unit);
  }
}
