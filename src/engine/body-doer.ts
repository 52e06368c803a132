/**
 * Whether a text makes a body the doer of a deed: news reports what a
 * council, a trust or a regulator decided as that body's own deed ("The
 * trust cancelled 400 operations", "the city council suspended the
 * scheme", "a report commissioned by the agency"), so a reader asks "who"
 * of it as of a person's.
 */
import { answerTextOf } from './answer-text.ts';
import type { AskContext } from './ask-context.ts';
import { deedAsked } from './deed-asked.ts';
import { sameWordIn } from './same-word.ts';
import { isGap } from './suggestions.ts';
import type { UnitFit } from './term-index.ts';
import { words } from './text.ts';

/**
 * For a "who" asking the doer of a deed ("who suspended the scheme"),
 * whether a unit says a body the question does not name did it
 * ({@link bodyDidDeed}): such a unit gives the one asked for as a name
 * would. Null for a "who" asking no deed: who someone is, who said
 * something, whom someone met.
 */
export function bodyDoerFit(context: AskContext, question: string): UnitFit {
  const deed = deedAsked(
    question,
    context.isFiller,
    (word, next) => context.answerTypes.sayingAt([word, next])[0] === 0,
  );
  if (deed === null) return null;
  const asked = new Set(words(question));
  const standIns = deedStandIns(context, question, deed);
  const sameWord = (a: string, b: string) =>
    sameWordIn(context, a, b) || context.termsOfWord(a).some((term) => standIns.has(term));
  const fits = new Map<number, boolean>();
  return (index) => {
    let found = fits.get(index);
    if (found === undefined) {
      const unit = context.units[index];
      const body =
        unit === undefined || isGap(unit) ? null : bodyDidDeed(answerTextOf(unit), deed, sameWord);
      // "Who funds the trust" is not answered by what the trust funds.
      found = body !== null && !asked.has(body);
      fits.set(index, found);
    }
    return found;
  };
}

/**
 * The terms standing in for the deed's words where they are a phrase of
 * general English ("pulled the plug" for "suspended", "cancelled"): the
 * article says the deed in its own verb.
 */
function deedStandIns(context: AskContext, question: string, deed: string): ReadonlySet<string> {
  const asked = words(question);
  const read = context.index.analyze(asked.slice(asked.indexOf(deed)).join(' '));
  const group = read[0]?.group;
  return new Set(read.flatMap((t) => (t.group === group && t.credit < 1 ? [t.term] : [])));
}

/**
 * The noun of a body a text makes the doer of a deed, if any: right before
 * it, as its subject ("the council suspended", "the trust has since
 * cancelled"), or after it by "by" ("suspended by the council").
 *
 * @param deed the deed a "who" asks the doer of (`deed-asked.ts`)
 * @param sameWord whether two words are one word as the index reads them ("cancel", "cancelled")
 */
export function bodyDidDeed(
  text: string,
  deed: string,
  sameWord: (a: string, b: string) => boolean,
): string | null {
  for (const clause of text.split(CLAUSE_BREAK)) {
    const said = words(clause);
    for (let at = 0; at < said.length; at++) {
      const word = said[at] ?? '';
      if (!sameWord(word, deed)) continue;
      const subject = said[subjectBefore(said, at, word)];
      if (isBody(subject)) return subject ?? null;
      const agent = said[at + 1] === 'by' ? said[bodyAfterBy(said, at + 2)] : undefined;
      if (isBody(agent)) return agent ?? null;
    }
  }
  return null;
}

/** Where a clause breaks: a subject is read within one. */
const CLAUSE_BREAK = /[.;:!?,()"“”]/u;

/**
 * The index of the word a deed's subject ends on: before the auxiliaries
 * and adverbs standing between them ("has since", "will now"), and before a
 * form of "be" only for a deed in "-ing" ("the agency is investigating"),
 * since before any other it makes the deed passive ("the trust was fined").
 */
function subjectBefore(said: readonly string[], at: number, deed: string): number {
  let before = at - 1;
  while (before >= 0) {
    const word = said[before] ?? '';
    const between =
      AUXILIARIES.has(word) ||
      (word.endsWith('ly') && word.length > 4) ||
      (deed.endsWith('ing') && BE.has(word));
    if (!between) break;
    before--;
  }
  return before;
}

/** The index of a body's head noun after "by": "by the county council", "by Marsh Vale City Council". */
function bodyAfterBy(said: readonly string[], from: number): number {
  let at = from;
  // A name of a few words before its noun: "Marlow Falls Unified School District".
  while (at < said.length - 1 && at - from < MAX_NAME_WORDS && !isBody(said[at])) at++;
  return at;
}

/** The most words a body's name runs to before its noun. */
const MAX_NAME_WORDS = 5;

function isBody(word: string | undefined): boolean {
  return word !== undefined && BODY_NOUNS.has(word);
}

/** Words that stand between a subject and its verb without being either: "has", "will", "also", "since". */
const AUXILIARIES: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'must',
  'also',
  'since',
  'then',
  'now',
  'first',
  'later',
  'already',
  'itself',
  'themselves',
]);

/** Forms of "be" that make a verb in "-ing" progressive: "the agency is investigating". */
const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'been', 'be']);

/**
 * Nouns naming a body that acts as one: an authority, a company, a service.
 * Not a group of people ("residents", "staff"), each of whom acts alone and is
 * a person cue of its own, nor a place ("the county").
 */
const BODY_NOUNS: ReadonlySet<string> = new Set([
  'council',
  'councils',
  'trust',
  'company',
  'firm',
  'agency',
  'government',
  'ministry',
  'department',
  'district',
  'board',
  'committee',
  'commission',
  'directorate',
  'regulator',
  'watchdog',
  'police',
  'force',
  'service',
  'union',
  'club',
  'charity',
  'operator',
  'utility',
  'developer',
  'insurer',
  'lender',
  'bank',
  'airline',
  'court',
  'tribunal',
  'inquiry',
  'executive',
  'university',
  'college',
  'school',
  'hospital',
  'group',
  'association',
  'federation',
  'partnership',
  'foundation',
  'campaign',
  'coalition',
  'party',
  'parliament',
  'cabinet',
  'office',
  'bureau',
  'corporation',
  'holdings',
  'partners',
]);
