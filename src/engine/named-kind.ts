import type { LanguageFile } from '../knowledge/general-schema.ts';
import { regularSingular } from './intent.ts';
import type { RankedUnit, UnitFit } from './term-index.ts';
import { alternation, foldText } from './text.ts';

/**
 * General English a named kind is read with (`language.json`); absent, no
 * word is a determiner and every word after "which" may be a kind.
 */
export type NamedKindWords = Pick<LanguageFile, 'determiners' | 'notKinds'> | undefined;

/**
 * Whether answers name the kind of thing a question asks for ("which
 * river"), with the patterns of names of each kind asked about, built once
 * per kind and kept for this story's engine.
 */
export class NamedKinds {
  /**
   * A determiner opens a new noun phrase: "She told the court" names no court,
   * while "Stanmoor Crown Court" and "Eastfield treatment plant" do. Every
   * determiner does, the reader's and the listener's ("my", "your") too.
   */
  private readonly determiner: string;
  /** Words after "what" or "which" that ask for no named thing ("what day"). */
  private readonly notKinds: ReadonlySet<string>;
  private readonly patterns = new Map<string, RegExp>();
  /** {@link namingOf} each kind asked about. */
  private readonly naming = new Map<string, Map<number, boolean | null>>();

  constructor(words: NamedKindWords) {
    this.determiner = alternation([
      ...(words?.determiners.common ?? []),
      ...(words?.determiners.personal ?? []),
    ]);
    this.notKinds = new Set(words?.notKinds);
  }

  /**
   * "Which river flooded?", "what county is it in": the answer must name a
   * river or a county, a name ending in or next to that word ("the Tamsin
   * River", "Greer County"), not merely mention rivers. The word is the one
   * right after "what" or "which"; null when the question asks no such thing,
   * or when no ranked answer names one (then nothing is held against any).
   *
   * @param isFiller whether a word is filler (a stopword), never a kind
   * @param textOf what a unit answers with, as written (capitals kept); null
   *   for an answer trusted to meet its questions (a curated one). The same
   *   for a unit on every call: what it says is kept from one question to the next.
   */
  fit(
    question: string,
    isFiller: (word: string) => boolean,
    textOf: (unit: number) => string | null,
    ranked: readonly RankedUnit[],
  ): UnitFit {
    const kind = this.kindAskedFor(question, isFiller);
    if (kind === null) return null;
    // "Which campus" keeps its "s": only a regular plural loses one.
    const singular = regularSingular(kind) ?? kind;
    const initial = singular[0] ?? '';
    const noun = `[${initial.toUpperCase()}${initial}]${singular.slice(1)}s?`;
    // A capitalised word, then at most two more words, then the kind ("Tamsin
    // River", "Eastfield treatment plant"); or the kind, then a name ("a naval
    // base in Lysa", "the port of Brenna"). Built on the first answer using the
    // word: a misspelt or unheard-of kind ("which rusian outlet") is in no
    // answer, and compiling its pattern would cost more than the rest of the check.
    let named: RegExp | undefined;
    const capitalised = initial.toUpperCase() + singular.slice(1);
    /** True or false for an answer held to the condition; null for a trusted one. */
    // Each unit is asked about more than once (here, then by ranking and by
    // the decision), and again by the next question asking for the same kind.
    const known = this.namingOf(noun);
    const naming = (unit: number): boolean | null => {
      let names = known.get(unit);
      if (names === undefined) {
        const text = textOf(unit);
        // Most answers never use the word: a plain search rules them out before the pattern runs.
        if (text === null) names = null;
        else if (!text.includes(singular) && !text.includes(capitalised)) names = false;
        else {
          named ??= this.namingPattern(noun);
          names = named.test(text);
        }
        known.set(unit, names);
      }
      return names;
    };
    return ranked.some((r) => naming(r.unit) === true) ? (unit) => naming(unit) !== false : null;
  }

  /**
   * The kind a question asks to be named: the last of at most two words after
   * "what" or "which", before any filler or verb ("which swedish official
   * went" → "official", "what bases does" → "bases"); null when there is none.
   */
  kindAskedFor(question: string, isFiller: (word: string) => boolean): string | null {
    const after = /\b(?:what|which)\s+(?:the\s+)?(.*)$/u.exec(foldText(question))?.[1] ?? '';
    const taken: string[] = [];
    for (const word of after.split(/[^\p{L}]+/u)) {
      if (
        word.length < 3 ||
        isFiller(word) ||
        this.notKinds.has(word) ||
        LOOKS_LIKE_A_VERB.test(word)
      ) {
        break;
      }
      taken.push(word);
      if (taken.length === 2) break;
    }
    return taken.at(-1) ?? null;
  }

  /**
   * Whether each unit names this kind, as far as questions asked so far
   * read it; kept per kind, as its pattern is.
   */
  private namingOf(noun: string): Map<number, boolean | null> {
    let known = this.naming.get(noun);
    if (known === undefined) {
      if (this.naming.size >= MAX_PATTERNS) this.naming.clear();
      known = new Map();
      this.naming.set(noun, known);
    }
    return known;
  }

  /** The pattern of a name of this kind, built once per kind and kept. */
  private namingPattern(noun: string): RegExp {
    let pattern = this.patterns.get(noun);
    if (pattern === undefined) {
      if (this.patterns.size >= MAX_PATTERNS) this.patterns.clear();
      pattern = new RegExp(
        `\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?!${this.determiner}\\s)\\S+){0,2}?\\s+${noun}\\b|\\b${noun}\\s+(?:(?:in|at|of|on|near)\\s+)?(?:the\\s+)?\\p{Lu}`,
        'u',
      );
      this.patterns.set(noun, pattern);
    }
    return pattern;
  }
}

/** Bounds the memory of patterns kept for kinds readers asked about. */
const MAX_PATTERNS = 1_000;

/** A past tense or participle ("published", "said"), which ends the noun phrase. */
const LOOKS_LIKE_A_VERB = /(?:ed|said|says)$/;
