import { SAYING_ABOUT_VERBS } from './intent.ts';
import { askedWords, type QueryTerm } from './query-terms.ts';
import type { UnitFit } from './term-index.ts';
import { words } from './text.ts';
import type { WhetherQuestions } from './untold.ts';

/**
 * Words that deny the word after them: "not", "never", the "t" of a
 * "didn't" split at its apostrophe ("won't" is folded to "will not").
 */
const NEGATORS: ReadonlySet<string> = new Set(['not', 'never', 't', 'cannot', 'nor']);

/** Words that may stand between a denial and the word it denies ("not yet decided", "never really wanted"). */
const BETWEEN: ReadonlySet<string> = new Set([
  'yet',
  'even',
  'ever',
  'really',
  'always',
  'actually',
  'be',
  'been',
  'have',
]);

/** Where a reader's message starts a new clause, which may ask whether something is so. */
const CLAUSE_BREAK = /[,;:?!.]|\s[-–—]\s/;

/** A question's own denial: then it asks about what was not done, and a denied word answers it. */
const QUESTION_DENIES =
  /^(?:not|never|no|nobody|nothing|none|neither|nor|without|t|cannot|(?:did|do|does|is|are|was|were|has|have|had|wo|ca|could|would|should|must|need)nt|dont|wont|cant)$/;

/**
 * Each term of a text, and whether the text says it only where it is
 * denied: "We do not want the ferry to close" says "want" only denied, and
 * "ferry" plainly.
 *
 * @param termsOfWord the terms the index reads a word as
 */
export function deniedTerms(
  text: string,
  termsOfWord: (word: string) => readonly string[],
): ReadonlyMap<string, boolean> {
  const said = words(text);
  const onlyDenied = new Map<string, boolean>();
  for (let i = 0; i < said.length; i++) {
    const denied = isDenied(said, i);
    for (const term of termsOfWord(said[i] ?? '')) {
      onlyDenied.set(term, denied && onlyDenied.get(term) !== false);
    }
  }
  return onlyDenied;
}

/**
 * {@link deniedTerms} of a text that says some term only denied; null for
 * one that says none so, as most do: no question's words can then meet a
 * denial in it, and {@link deniedFit} need look none of them up.
 */
export function denialsIn(
  text: string,
  termsOfWord: (word: string) => readonly string[],
): ReadonlyMap<string, boolean> | null {
  const terms = deniedTerms(text, termsOfWord);
  for (const onlyDenied of terms.values()) if (onlyDenied) return terms;
  return null;
}

/** "Say about", "talking about": what follows is the topic of what was said, not a claim. */
const SAID_ABOUT = new RegExp(`\\b(?:${SAYING_ABOUT_VERBS})\\s+about\\b`, 'u');

/** How far after a denied word an "until" may make it a delay rather than a denial. */
const DELAY_REACH = 8;

/** Words after which a denial only puts a thing off: "could not be lifted until tests come back clear". */
const DELAYS: ReadonlySet<string> = new Set(['until', 'till', 'unless', 'before']);

/**
 * Whether the word at `at` follows a denial, with at most one word such as
 * "yet" between, that no "until" puts off.
 */
function isDenied(said: readonly string[], at: number): boolean {
  const before = said[at - 1];
  if (before === undefined) return false;
  const denied = NEGATORS.has(before) || (BETWEEN.has(before) && NEGATORS.has(said[at - 2] ?? ''));
  return denied && !said.slice(at + 1, at + 1 + DELAY_REACH).some((word) => DELAYS.has(word));
}

/**
 * A question after what someone wants, said or did ("what does Brennick
 * want for the ferry") is not answered by a sentence that says its word
 * only denied ("We do not want the ferry to close"): that tells what they do
 * not want. A question whether something is so ("did he plead guilty"),
 * and one that denies itself ("what didn't they say"), are answered by a
 * denial. Null when neither applies.
 *
 * @param deniedTermsOf each term of a unit's own answer and whether it says
 *   it only denied ({@link denialsIn}, read once per unit); null for an
 *   answer that says nothing only denied, and for one trusted to meet its
 *   questions (a curated pair, written for them)
 */
export function deniedFit(
  question: string,
  terms: readonly QueryTerm[],
  whether: WhetherQuestions,
  deniedTermsOf: (unit: number) => ReadonlyMap<string, boolean> | null,
): UnitFit {
  const asked = askedWords(terms);
  if (asked.length === 0) return null;
  // Read only when some answer says an asked word only denied: most never do,
  // and reading each clause for a "whether" costs more than the rest of the check.
  let asksAboutDenial: boolean | undefined;
  const fits = (denied: ReadonlyMap<string, boolean>): boolean =>
    asked.every((group) => {
      let saysIt = false;
      for (const { term } of group) {
        const only = denied.get(term);
        if (only === false) return true;
        if (only === true) saysIt = true;
      }
      return !saysIt;
    });
  return (unit) => {
    const denied = deniedTermsOf(unit);
    if (denied === null || fits(denied)) return true;
    // "the new leader guy, does he want the ferry to stay" asks whether, after a comma.
    // "What did Pruett say about making promises": whatever was said of
    // the topic answers, "we cannot promise…" too.
    asksAboutDenial ??=
      question.split(CLAUSE_BREAK).some((part) => whether.asksYesOrNo(part.trim())) ||
      words(question).some((word) => QUESTION_DENIES.test(word)) ||
      SAID_ABOUT.test(question.toLowerCase());
    return asksAboutDenial;
  };
}
