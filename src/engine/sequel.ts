import type { LanguageFile } from '../knowledge/general-schema.ts';
import { askedWords, holdsWord, type QueryTerm, withCertainty } from './query-terms.ts';
import type { UnitFit } from './term-index.ts';
import { alternation, foldText, words } from './text.ts';
import { SEQUEL } from './tuning.ts';

/** General English a question's clause of time or cause is read with (`language.json`). */
export type EventClauseWords = Pick<LanguageFile, 'eventClauses'> | undefined;

/** A question split at a clause setting it in time or cause. */
export interface EventClause {
  /** The question without the clause: what is asked ("where did the mayor go"). */
  asked: string;
  /** The clause, its opener left out: the event it is set by ("he got kicked out"). */
  clause: string;
}

/**
 * Reads the clause that sets a question in time or cause: "where did he go
 * *after he was ousted*", "what did they do *before the vote*", "what
 * closed *because of the flood*". Its words say which moment the reader
 * means, not what they ask: the sentence stating that event matches them
 * best, and tells nothing of what followed, preceded or came of it.
 */
export class EventClauses {
  private readonly opener: RegExp;

  constructor(words: EventClauseWords) {
    this.opener = new RegExp(`\\b${alternation(words?.eventClauses ?? [])}\\b`);
  }

  /** The question split at its clause of time or cause; null when it has none. */
  split(question: string): EventClause | null {
    const folded = foldText(question);
    const found = this.opener.exec(folded);
    if (found === null) return null;
    const before = folded.slice(0, found.index);
    const after = folded.slice(found.index + found[0].length);
    const leading = words(before);
    // "So after the vote, what did they do", "how long after the blast did
    // the fire start": a clause opening the question ends at a comma, or
    // where the question itself starts.
    const opens = leading.length === 0 || (leading.length <= 2 && leading[0] === 'how');
    const end = (opens ? CLAUSE_OPENING_END : CLAUSE_END).exec(after);
    const clause = end === null ? after : after.slice(0, end.index);
    const rest = end === null ? '' : after.slice(end.index);
    // "Troops in the city since what year": the clause is what is asked.
    if (words(clause).length === 0 || QUESTION_WORD.test(clause)) return null;
    return { asked: `${before} ${rest}`.trim(), clause: clause.trim() };
  }
}

/** A question word: a clause holding one ("since when", "after what") is what is asked. */
const QUESTION_WORD = /\b(?:what|whats|which|who|whom|whose|when|where|why|how)\b/;

/** Where a clause inside or at the end of a question ends: a comma or a new sentence. */
const CLAUSE_END = /[,;?!]|\.\s/;

/** Where a clause opening a question ends: also at the question word or verb that starts it. */
const CLAUSE_OPENING_END =
  /[,;?!]|\.\s|\s(?=(?:what|whats|who|whos|where|when|why|how|which|did|does|do|was|were|is|are|has|have|had|will|would|can|could)\b)/;

/**
 * The question's terms with the clause's own words weighed as context:
 * what is asked counts in full, the words only the clause says by
 * `SEQUEL.clauseWeight`. Unchanged when nothing outside the clause is asked
 * ("what happened after the valve failed"): the clause is then the question.
 *
 * @param askedTerms the terms of the question without its clause
 * @param clauseTerms the terms of the clause
 */
export function clauseAsContext(
  terms: readonly QueryTerm[],
  askedTerms: readonly QueryTerm[],
  clauseTerms: readonly QueryTerm[],
): readonly QueryTerm[] {
  if (askedWords(askedTerms).length === 0) return terms;
  const asked = new Set(askedTerms.map((t) => t.term));
  const context = new Set(clauseTerms.map((t) => t.term));
  return terms.map((t) =>
    t.isQuestionWord || asked.has(t.term) || !context.has(t.term)
      ? t
      : withCertainty(t, t.certainty * SEQUEL.clauseWeight),
  );
}

/**
 * A question set by a clause of time or cause is not answered by a text
 * that holds only the clause's words ("what did the council have to do after
 * the mayor got kicked out": not "the town changed after the mayor's ousting"):
 * it must hold a word of what is asked that the clause does not share.
 * A clause speaking of someone by a pronoun ("where did the mayor go after *he*
 * got kicked out") shares the names asked of. When nothing of its own is
 * asked but a kind of fact ("where"), the text stating the event (holding
 * every word of the clause) is not the answer either. Null when neither
 * is asked ("what happened after the valve failed").
 *
 * @param askedTerms the terms of the question without its clause
 * @param clauseTerms the terms of the clause
 * @param clauseText the clause as typed, for its pronouns
 * @param asksKind whether the question asks for a kind of fact ("where", "when")
 * @param isName whether a term is a name (the story writes it only with a capital)
 * @param termsOfUnit the terms of a unit's body, as the index reads them;
 *   null for a unit trusted to meet its questions (a curated pair)
 */
export function eventClauseFit(
  askedTerms: readonly QueryTerm[],
  clauseTerms: readonly QueryTerm[],
  clauseText: string,
  asksKind: boolean,
  isName: (term: string) => boolean,
  termsOfUnit: (unit: number) => ReadonlySet<string> | null,
): UnitFit {
  const inClause = new Set(clauseTerms.map((t) => t.term));
  const sharesNames = PRONOUN.test(clauseText);
  const own = askedWords(askedTerms).filter(
    (group) => !group.some((t) => inClause.has(t.term) || (sharesNames && isName(t.term))),
  );
  if (own.length > 0) {
    return (unit) => {
      const held = termsOfUnit(unit);
      if (held === null) return true;
      for (const group of own) if (holdsWord(held, group)) return true;
      return false;
    };
  }
  const event = askedWords(clauseTerms);
  if (!asksKind || event.length === 0) return null;
  return (unit) => {
    const held = termsOfUnit(unit);
    if (held === null) return true;
    for (const group of event) if (!holdsWord(held, group)) return true;
    return false;
  };
}

/** A pronoun by which a clause speaks of someone the question names. */
const PRONOUN = /\b(?:he|she|they|him|her|them|it)\b/;
