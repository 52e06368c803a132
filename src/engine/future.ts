import type { LanguageFile } from '../knowledge/general-schema.ts';
import {
  asksWhetherItCameToPass,
  tellsOnlyInquirySetGoing,
  tellsOnlyShortOfOutcome,
} from './eventual-outcome.ts';
import { pastOpeners } from './openers.ts';
import type { UnitFit } from './term-index.ts';
import { alternation, foldText } from './text.ts';
import { textFit } from './text-fit.ts';

/**
 * Words after "going to" that, like a determiner ("going to the hospital"),
 * tell of going somewhere ("going there", "which ports are the ships going
 * to instead"), not of a verb still to come.
 */
const GOING_TO_A_PLACE = ['be there', 'there', 'here', 'instead'];

/**
 * A question about what is still to come: "will the army leave the base",
 * "are they gonna build a replacement", "is there going to be a by-election",
 * "what happens next season". "Going to" must lead to a verb: "which
 * hospital are they going to" asks for a place, not the future.
 */
function asksAboutFuturePattern(words: FutureWords): RegExp {
  const notAVerb = alternation([
    ...(words?.determiners.common ?? []),
    ...(words?.determiners.personal ?? []),
    ...GOING_TO_A_PLACE,
  ]);
  return new RegExp(
    `${pastOpeners(words, 'future')}(?:will|would|won't|wont|shall)\\b|\\b(?:what|when|where|who|whom|how|which|why)\\W+(?:\\w+\\W+){0,3}?(?:will|'ll)\\b|\\b(?:gonna|going to (?!${notAVerb}\\b)\\w)|\\bnext (?:season|year|week|month|time|round|game|match|election|meeting)\\b|\\bwhat happens (?:next|now|if|when)\\b`,
  );
}

/**
 * General English a question about the future is read with (`language.json`):
 * its openers and determiners. Absent, no word is either.
 */
export type FutureWords = Pick<LanguageFile, 'determiners' | 'openers'> | undefined;

/** Reads questions about what is still to come. */
export class FutureQuestions {
  private readonly asksAboutFuture: RegExp;

  constructor(words: FutureWords) {
    this.asksAboutFuture = asksAboutFuturePattern(words);
  }

  /** Whether a question asks about what is still to come. */
  asks(question: string): boolean {
    return this.asksAboutFuture.test(ownWords(question));
  }

  /**
   * Whether a question asks about the future or when something is, in the
   * present ("when's the final", "when is the vote"): see {@link asksWhenItIs}.
   */
  setsFuture(question: string): boolean {
    return this.asks(question) || asksWhenItIs(question);
  }

  /**
   * A question about the future ("will the army leave the base") is not answered
   * by a sentence that only tells what was or is ("the army currently operates
   * a base"): its words match, but it cannot say what will happen. Null when
   * the question asks about no future.
   *
   * @param answersFuture whether a unit can answer a question about the
   *   future (see {@link answersFuture}), read once per unit by the caller
   */
  fit(question: string, answersFuture: (unit: number) => boolean): UnitFit {
    return this.setsFuture(question) ? answersFuture : null;
  }
}

/**
 * Whether an answer can say what will be: one that speaks of the future,
 * or one trusted to meet its questions (null).
 */
export function answersFuture(text: string | null): boolean {
  return text === null || speaksOfFuture(text);
}

/**
 * Words by which a text speaks of what is to come, or of what is still
 * open: modal and future verbs ("will", "would", "could"), plans and
 * expectations ("expects", "plans", "due", "scheduled"; not the cause of
 * "due to a rebel offensive"), and what is not yet
 * settled ("whether", "unclear", "yet", "pending"). A sentence without any
 * tells only what was or is, and cannot say what will be.
 */
const SPEAKS_OF_FUTURE =
  /\b(?:will|would|won't|wouldn't|shall|'ll|could|couldn't|can|cannot|can't|may|might|must|should|going to|gonna|expects?|expected|expecting|expectations?|plans?|planned|planning|plans? to|due(?! to (?:a|an|the|its|his|her|their|our|this|that|these|those)\b)|scheduled|slated|set to|set for|to be|next|later|soon|tomorrow|future|coming|upcoming|until|till|pending|yet|whether|unclear|uncertain|undecided|unknown|decide|decides|decided|deciding|decision|consider|considers|considering|likely|unlikely|hopes?|hoped|hoping|aims?|aimed|intends?|intended|wants?|promised?|pledged?|vowed?|warned?|forecasts?|forecasters?|predicts?|predicted|proposed?|remains?|ahead|prospects?|possible|possibly|chance|return)\b/;

/**
 * A question's own words, folded, without the words it quotes: "What did
 * Elverum say: “We will find out what happened…”?" asks what was said, not
 * what will happen or what was found.
 */
function ownWords(question: string): string {
  return foldText(question.replace(QUOTED, ' '));
}

/**
 * "When is the final", "when's the hearing" (folded "when the hearing"),
 * "whens the vote": when
 * something is, in the present, asks for its coming date, not for a past
 * one of another such event ("the last final came in 2006"). Not "when is
 * this from" or "when is it dated", which ask after the article, nor a
 * passive that readers use for the past ("when is the mayor ousted"), nor
 * "since when are they there", which asks how far back something goes.
 */
const ASKS_WHEN_IT_IS =
  /(?<!\bsince )\bwhen(?:s| is| are| r)\b(?! (?:this|that|it)\b)|^\W*when(?= the\b)/;
/** Words after "when is" that tell of the past, or of the article. */
const OF_THE_PAST =
  /\b(?:\w+(?:ed|en|wn)|get|got|did|was|were|had|from|dated|published|written|posted|out|born|taken|made|seen|done|begun|gone)\b/;

/** Whether a question asks when something is, in the present (see {@link ASKS_WHEN_IT_IS}). */
function asksWhenItIs(question: string): boolean {
  const own = ownWords(question);
  const found = ASKS_WHEN_IT_IS.exec(own);
  return found !== null && !OF_THE_PAST.test(own.slice(found.index + found[0].length));
}

/** Words quoted in a question, to their closing mark or its end. */
const QUOTED = /[“"«][^”"»]*(?:[”"»]|$)/g;

/**
 * What reads as the future in {@link SPEAKS_OF_FUTURE} but is not: the month
 * ("most recently in May": the modal "may" is written small), and "to be"
 * after a verb of seeming or saying ("appeared to be falling", "said to be
 * ill"), which tells what was or is.
 */
const MONTH_MAY = /\bMay\b/g;
const TO_BE_OF_SEEMING =
  /\b(?:appears?|appeared|seems?|seemed|used|thought|believed|said|found|proved|proven|known|shown|reported|understood|considered) to be\b/g;

/** Whether a text speaks of what is to come or of what is not yet settled. */
export function speaksOfFuture(text: string): boolean {
  return SPEAKS_OF_FUTURE.test(
    foldText(text.replace(MONTH_MAY, ' ')).replace(TO_BE_OF_SEEMING, ' '),
  );
}

/**
 * A question after what something already showed, found or settled: "what
 * did the scan show", "what did the review find", "what was the verdict",
 * "what came out of the talks", "what did the two sides agree", "what
 * happened at the public meeting", "what happened when the council met
 * them".
 */
const ASKS_FOR_OUTCOME =
  /\bwhat (?:exactly |actually )?(?:did|has|have|had) (?:\S+ ){1,7}?(?:end up (?:showing|finding|revealing|concluding|deciding|agreeing)|show|shown|find|found|reveal|revealed|conclude|concluded|determine|determined|agree|agreed|decide|decided|settle|settled)\b|\bwhat (?:was|were) the (?:\S+ )?(?:result|results|outcome|verdict|findings)\b|\bwhat (?:\S+ ){0,2}(?:came|come|comes) (?:out )?of\b|\bwhat (?:exactly |actually )?happened (?:at|during|when)\b/;

/**
 * A question after what a thing still to come will turn out to be: "what
 * will the april decision be", "what rating will the unit get in the full
 * report", "what's the restoration plan going to include", "what sentence
 * is he expected to get?").
 */
const ASKS_WHAT_IT_WILL_BE =
  /\bwhat (?:\S+ )?(?:will (?:\S+ ){1,4}?|(?:\S+ ){1,4}?(?:going to|gonna|expected to|likely to) )(?:be|get|show|find|decide|say|include|involve)(?:\W*$| (?:in|at|from|on)\b)/;

/**
 * Words by which a text places an event still to come: "will have a scan
 * on Monday", "is expected to report in the spring", "is due", "said she
 * would meet them on Friday", "a public meeting is planned", and an event
 * called or asked for but not yet held ("has called a members' meeting for
 * Sunday", "has requested an urgent meeting"), and an inquiry still to
 * be made ("said investigators would examine the point of origin").
 */
const STILL_TO_COME =
  /\b(?:will|'ll|is expected to|are expected to|is due|are due|is set to|are set to|is scheduled|are scheduled|is planned|are planned|has yet to|have yet to|pending|would (?:be published|meet|hold|decide|rule|report|examine|investigate|inspect|test|review|assess|study|analyse|analyze|look at|look into)|(?:has|have) (?:called|requested) (?:a|an))\b/;

/**
 * A text reporting an event as still to come, as it was put when said:
 * "said air quality monitors would publish their readings within a week",
 * "confirmed that talks would take place on 24 March", "said it would send
 * inspectors on Thursday". Unless it tells some outcome besides
 * ({@link TELLS_AN_OUTCOME}), what that event shows, finds or decides is not
 * known yet.
 */
const REPORTED_TO_COME = /\bwould\b/;

/**
 * Words by which a text tells what came of something: "found", "showed",
 * "concluded", "agreed", "decided", "voted", "ended"…
 */
const TELLS_AN_OUTCOME =
  /\b(?:found|finds|showed|shows|shown|concluded|concludes|revealed|reveals|determined|ruled|identified|uncovered|agreed|decided|voted|approved|rejected|backed|settled|ended|resulted|happened|came back|turned out|led to)\b/;

/**
 * Words by which a text holds a state to a time still to come ("will remain
 * closed until at least Saturday", "would stay shut until the spring"): what
 * ends it has not happened yet.
 */
const STATE_UNTIL = /\b(?:will|would) (?:[\w-]+ ){0,3}?until\b/;

/** Words by which a text tells what is asked as still awaited: "nine suspected cases await laboratory results". */
const STILL_AWAITED = /\bawait(?:s|ing)?\b/;

/** A yes-or-no whether someone said something ("did the CEO say when…"): words of saying. */
const ASKS_WHETHER_SAID =
  /\b(?:say|said|tell|told|mention|mentioned|explain|announce|confirm|reveal|admit)\b/;

/** A yes-or-no question whether something happened: "did she ever make it home", "so did they get there". */
const ASKS_WHETHER_IT_HAPPENED =
  /^(?:\W*(?!(?:what|whats|where|when|who|whos|whom|why|how|which)\b)\w+\W+)?did\b/;

/**
 * Words by which a text tells only what was planned, not what came of it:
 * "had been due to fly home", "was supposed to reopen".
 */
const ONLY_PLANNED =
  /\b(?:had been|was|were) (?:due|supposed|scheduled|set|expected) to\b|\bhad (?:planned|hoped|intended) to\b/;

/**
 * Of those, the words that only place an event in the calendar ("is due on
 * April 24", "the next update due on 21 March", "would be published in the
 * coming weeks"), not a plan telling
 * what it will be ("the cap will be £1.50").
 */
const ONLY_SCHEDULED =
  /\b(?:is due|are due|due (?:on|in|by)|is set to|are set to|is scheduled|are scheduled|would (?:be published|meet|hold|decide|rule|report))\b/;

/**
 * A question after the outcome of something ("what did Castellan's scan
 * show") is not answered by a sentence that tells the thing is still to
 * come ("he will have a scan on Monday"): what it shows is not known yet;
 * nor is one after what a thing to come will be by one that only says when
 * it is due.
 * Null when the question asks after no outcome.
 *
 * @param textOf what a unit answers with; null for an answer trusted to meet its questions
 */
export function outcomeFit(question: string, textOf: (unit: number) => string | null): UnitFit {
  const own = ownWords(question);
  // "What did the review find" is not answered by "the council had ordered a
  // review" either: an inquiry set going has found nothing yet.
  if (ASKS_FOR_OUTCOME.test(own)) {
    return textFit(
      textOf,
      (text) =>
        !STILL_TO_COME.test(text) &&
        !tellsOnlyInquirySetGoing(text) &&
        !(REPORTED_TO_COME.test(text) && !TELLS_AN_OUTCOME.test(text)),
    );
  }
  // "Did he end up losing his crops" is not answered by "if the regulator
  // starts cutting licences, some growers will lose whole crops": a step
  // short of the outcome is not how it turned out (`eventual-outcome.ts`).
  // "Did Brennan say he'd ever put patients at risk" asks what was said.
  if (asksWhetherItCameToPass(own) && !ASKS_WHETHER_SAID.test(own)) {
    return textFit(
      textOf,
      (text) =>
        !ONLY_PLANNED.test(text) && !STATE_UNTIL.test(text) && !tellsOnlyShortOfOutcome(text),
    );
  }
  // "Did she ever make it home" is not answered by "she had been due to fly
  // home on Wednesday": a plan is not what came of it.
  if (ASKS_WHETHER_IT_HAPPENED.test(own)) {
    // "Did the zoo reopen on saturday" is not answered by "the zoo will remain
    // closed until at least Saturday", which leaves it still to come; "did the
    // CEO say when the notice would end" asks what was said, which it tells.
    const untilStillToCome = !ASKS_WHETHER_SAID.test(own);
    // "Did the nine suspected cases come back positive" is not answered by
    // "nine suspected cases await laboratory results": it is still to come.
    return textFit(
      textOf,
      (text) =>
        !ONLY_PLANNED.test(text) &&
        !(untilStillToCome && (STATE_UNTIL.test(text) || STILL_AWAITED.test(text))),
    );
  }
  // "What will the april decision be" is not answered by "The committee's
  // next decision is due on April 24": when it comes is not what it will be.
  if (ASKS_WHAT_IT_WILL_BE.test(own)) return textFit(textOf, (text) => !ONLY_SCHEDULED.test(text));
  return null;
}
