import type { AskContext } from './ask-context.ts';
import { figuresIn } from './figures.ts';
import type { AnswerNeed } from './intent.ts';
import { knownClauseOf, SHOWN_NEEDS } from './knowing-asked.ts';
import { askedWords, holdsWord, type QueryTerm } from './query-terms.ts';
import { words } from './text.ts';
import { ownTextOf } from './unit-texts.ts';

/**
 * Whether a unit's answer leaves open even whether the fact an open
 * question asks after is so: one "whether" the article tells is not known,
 * or was not told, holds every word the reader asked ("what satnav was the
 * driver using" of "It remains unclear … whether the driver was using a
 * satnav"). The reader asks which one, or how much, of something the
 * article does not know is so at all: it does not say, and that sentence is
 * shown as what it does say on the point (`ask.ts`), not given as the answer.
 *
 * Not for a sentence telling the very fact asked untold ("how much acid
 * leaked" of "It has not said how much acid escaped"), which answers it as
 * far as the article can, nor for a question whether something is so or
 * will be ("will he repay the money", `untold.ts`), after whether someone
 * knows or told it ("did they say how many flights…", `knowing-asked.ts`)
 * or what they said ("what did the spokesman say about the timeline"):
 * that it is not known is their answer. Never for a curated pair or a gap,
 * written for their questions.
 */
export function leavesAskedOpen(
  context: AskContext,
  plain: string,
  terms: readonly QueryTerm[],
  need: AnswerNeed | null,
  unit: number,
): boolean {
  if (context.whether.asks(plain)) return false;
  if (knownClauseOf(plain) !== null || context.answerTypes.asksWhatWasSaid(plain)) return false;
  const text = ownTextOf(context, unit);
  const told = text === null ? null : context.notKnownPart(text);
  if (told === null) return false;
  const asked = askedWords(terms);
  if (asked.length === 0) return false;
  const typed = figuresIn(plain);
  return whethersLeftOpen(told).some((open) => {
    // "What were the booking fees" of "did not say whether booking fees,
    // which added up to £12 per ticket, would be returned": a figure it
    // gives, that the reader did not type, may be what was asked.
    if ([...figuresIn(open)].some((figure) => !typed.has(figure))) return false;
    if (need !== null && SHOWN_NEEDS.has(need) && context.answerTypes.canAnswer(need, open)) {
      return false;
    }
    const held = new Set(words(open).flatMap((word) => context.termsOfWord(word)));
    return asked.every((group) => holdsWord(held, group));
  });
}

/**
 * The "whether" clauses a cue of not knowing governs, from the folded words
 * after the cue: they open on a question word ("whether…", "why…, and
 * whether…"), and end where the next indirect question opens or at a clause telling
 * something else ("The cause is not yet known and a joint investigation …
 * has begun" leaves nothing open; "…; each wagon can carry about 50
 * tonnes"). None when the words after the cue open on no question word:
 * what is not known is then the cue's own subject, not what follows it.
 */
function whethersLeftOpen(told: string): string[] {
  if (!OPENS_ON_QUESTION.test(told)) return [];
  const governed = told.split(OTHER_CLAUSE)[0] ?? '';
  return governed
    .trim()
    .split(BEFORE_QUESTION_WORD)
    .filter((clause) => WHETHER.test(clause));
}

/** The words an indirect question opens on. */
const QUESTION_WORDS = '(?:whether|if|how|what|when|where|who|whom|whose|which|why)';
/** Words after a cue opening on a question word, past its adverbs ("not yet said exactly how"). */
const OPENS_ON_QUESTION = new RegExp(
  String.raw`^\s*(?:(?:yet|exactly|publicly|immediately|precisely)\s+)*${QUESTION_WORDS}\b`,
);
/** A break to another clause: a semicolon or colon, or "and", "but"… opening on no question word. */
const OTHER_CLAUSE = new RegExp(
  String.raw`[;:]|,?\s+(?:and|but|though|although|while)\s+(?!${QUESTION_WORDS}\b)`,
);
/**
 * Where the next of several indirect questions opens: after a comma, "and",
 * "or" or "nor" ("…, or whether the council has the powers"), not a relative
 * "which" ("whether booking fees, which added up to £12…, would be returned").
 */
const BEFORE_QUESTION_WORD =
  /(?:,?\s+(?:and|or|nor)\s+|,\s+)(?=(?:whether|if|how|what|when|where|who|why)\b)/;
/** An indirect question asking whether. */
const WHETHER = /^(?:whether|if)\b/;
