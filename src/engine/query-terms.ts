import { keptForLastCall } from './last-call.ts';

/**
 * A question as the index weighs it: its terms, each with how sure the
 * analyzer is of it and which word of the question it stands in for.
 */

/** One term of a question, with how sure we are of it. */
export interface QueryTerm {
  term: string;
  /** 1 for a word typed right, less for a corrected typo. */
  certainty: number;
  isQuestionWord: boolean;
  /** What kind of word a term the knowledge never uses comes from; `known` otherwise. */
  strangeness: Strangeness;
  /**
   * Share of the term's weight a match earns: 1 for the reader's own word,
   * less for a related word standing in for it (general English), so that
   * an expansion never weighs as much as an exact word.
   */
  credit: number;
  /**
   * Terms of one group stand in for one word of the question: it counts
   * once, through whichever of them matches best.
   */
  group: number;
}

/**
 * A term with its fields given. Every term is built here, never spread from
 * another (`{ ...t, certainty }`): a spread copy gets a hidden class of its
 * own, and ranking, compiled by V8 for the one class it had met, was thrown
 * away the first time a question brought the other (a "how much" or an
 * "after…" clause), slowing the questions after it for as long as V8 took to
 * compile it again.
 */
export function queryTerm(
  term: string,
  certainty: number,
  isQuestionWord: boolean,
  strangeness: Strangeness,
  credit: number,
  group: number,
): QueryTerm {
  return { term, certainty, isQuestionWord, strangeness, credit, group };
}

/** The same term with another certainty. */
export function withCertainty(t: QueryTerm, certainty: number): QueryTerm {
  return queryTerm(t.term, certainty, t.isQuestionWord, t.strangeness, t.credit, t.group);
}

/** The same term, read as the question word ("old" of "how old"). */
export function asQuestionWord(t: QueryTerm): QueryTerm {
  return queryTerm(t.term, t.certainty, true, t.strangeness, t.credit, t.group);
}

/**
 * The terms of the question's own words, question words aside, stand-ins
 * included. Read once per question's terms.
 */
export const termsAsked: (terms: readonly QueryTerm[]) => ReadonlySet<string> = keptForLastCall(
  (terms: readonly QueryTerm[]) => {
    // A loop, not a flatMap: a long question has a hundred terms, each an array.
    const asked = new Set<string>();
    for (const t of terms) if (!t.isQuestionWord) asked.add(t.term);
    return asked;
  },
);

/**
 * The question's own words, each as the group of terms standing in for it
 * (question words left out): a condition on "every word asked" looks at
 * these. Read once per question's terms, as {@link termsAsked} is.
 */
export const askedWords: (terms: readonly QueryTerm[]) => readonly (readonly QueryTerm[])[] =
  keptForLastCall((terms: readonly QueryTerm[]) => {
    const groups = new Map<number, QueryTerm[]>();
    for (const t of terms) {
      if (t.isQuestionWord) continue;
      const group = groups.get(t.group);
      if (group) group.push(t);
      else groups.set(t.group, [t]);
    }
    return [...groups.values()];
  });

/**
 * Whether a unit's terms hold one of the terms standing in for a word asked
 * (a group of {@link askedWords}). A plain loop: fits ask it of every ranked
 * unit, and a closure made per call is garbage for the collector.
 */
export function holdsWord(own: ReadonlySet<string>, group: readonly QueryTerm[]): boolean {
  for (const t of group) if (own.has(t.term)) return true;
  return false;
}

/**
 * How a word the knowledge never uses should weigh against an answer:
 * - `everyday`: one of the most common English words ("saying", "improve"),
 *   more often chat around the question than its point;
 * - `english`: any other dictionary word, or a slip of one;
 * - `name`: unknown to the dictionary too, most often a name the story never
 *   mentions ("Ukraine", "Putin"), so the question is about something else.
 */
export type Strangeness = 'known' | 'everyday' | 'english' | 'name';
