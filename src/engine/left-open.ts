import type { AskContext } from './ask-context.ts';
import { figuresIn } from './figures.ts';
import type { AnswerNeed } from './intent.ts';
import { knownClauseOf, SHOWN_NEEDS } from './knowing-asked.ts';
import { askedWords, holdsWord, type QueryTerm } from './query-terms.ts';
import { words } from './text.ts';
import { ownTextOf } from './unit-texts.ts';

/**
 * Whether a unit's answer leaves open whether there is any of the kind a
 * "which" or "what" asks to be named: one "whether" the article tells is
 * not known, or was not told, holds every word the reader asked and says
 * the kind as "a…" or "any…" ("what satnav was the driver using" of "It
 * remains unclear … whether the driver was using a satnav"). The reader
 * asks which one, where the article does not know there was one at all: it
 * does not say, and that sentence is shown as what it does say on the point
 * (`ask.ts`), not given as the answer.
 *
 * Not for a sentence telling some other fact untold (a name withheld is
 * `not-named.ts`'s), nor for a question whether something is so, or about
 * what is still to come ("will he repay the money", "what will be built
 * there", `untold.ts`), after whether someone knows or told it ("did they
 * say which firm…", `knowing-asked.ts`) or what they said: that it is not
 * known is their answer. Never for a curated pair or a gap, written for
 * their questions.
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
  // "What satnav", "which haulage firm": the one of a kind asked to be named.
  const kind = context.namedKinds.kindAskedFor(plain, context.isFiller);
  if (kind === null) return false;
  const kindTerms = context.termsOfWord(kind);
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
    const said = words(open);
    const held = new Set(said.flatMap((word) => context.termsOfWord(word)));
    if (!asked.every((group) => holdsWord(held, group))) return false;
    // "…whether the driver was using a satnav": whether there is one at all.
    return said.some(
      (word, i) =>
        context.termsOfWord(word).some((term) => kindTerms.includes(term)) &&
        said.slice(Math.max(0, i - 2), i).some((before) => INDEFINITE.has(before)),
    );
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
/** Words saying one of a kind, any one: "a satnav", "any further charges". */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'any']);
/** An indirect question asking whether. */
const WHETHER = /^(?:whether|if)\b/;
