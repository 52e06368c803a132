import { BoundedMemo } from './bounded-memo.ts';
import type { UnitFit } from './term-index.ts';
import { foldText, withoutQuoted } from './text.ts';
import { textFit } from './text-fit.ts';
import type { WhetherQuestions } from './untold.ts';

/**
 * Words by which a text tells that something was asked for, or asked
 * about: "the CRA asked for a full recount", "the Courier asked Halden
 * Water whether it would compensate", "residents have called for an
 * inquiry", "the council would ask the government for emergency funding",
 * "campaigners would now press for the full sum to be spent on the river"
 * (not a bare "ask", most often someone asking readers or a speaker's own
 * plea, which the answer may be). Not one who was asked ("was asked to help"), which tells what
 * they then did, nor a request denied ("we are not asking people to take
 * this on trust"), which tells what the speaker does not ask.
 */
const TELLS_A_REQUEST =
  /(?<!\b(?:was|were|been|being|is|are|be) )(?<!\b(?:not|never|nt) )\b(?:(?:would|will) (?:now |also |still )?(?:ask|press for|push for|call for)|asked|asking|asks|requested|requesting|requests|sought|seeking|seeks|demanded|demanding|called for|calling for|applied for|applying for|appealed for|pressed for|pushed for|urged)\b/;

/** A question about the asking itself: "did they ask for a recount", "has anyone called for an inquiry". */
const ASKS_ABOUT_A_REQUEST =
  /\b(?:ask|asks|asked|asking|request|requests|requested|seek|seeks|sought|demand|demands|demanded|call for|called for|calls for|apply|applied|appeal|appealed|press|pressed|push|pushed|urge|urged|want|wants|wanted)\b/;

/**
 * A question whether something is so ("did they get the full recount",
 * "will Halden Water compensate people") is not answered by a sentence
 * telling only that it was asked for or asked about ("the CRA asked for a
 * full recount", "the Courier asked Halden Water whether it would
 * compensate"): a request is not its answer, which the article most often
 * gives next ("…but turned down a full recount"). Null for any other
 * question, and for one about the asking itself.
 *
 * @param whether reads whether a question asks whether something is so
 * @param textOf what a unit answers with; null for an answer trusted to meet its questions
 */
export function requestFit(
  question: string,
  whether: Pick<WhetherQuestions, 'asksYesOrNo'>,
  textOf: (unit: number) => string | null,
): UnitFit {
  const folded = foldText(question);
  if (ASKS_ABOUT_A_REQUEST.test(folded) || !whether.asksYesOrNo(question)) return null;
  return textFit(textOf, (text) => !tellsARequest.get(text) || tellsARequestUnanswered(text));
}

/**
 * A request the text tells went unanswered: "did not respond to requests
 * for comment", "has not replied to a request". It tells what the one asked
 * did, which is the answer to "did he comment", "did they say anything".
 */
const UNANSWERED_REQUEST =
  /\b(?:not|never|n't|nt) (?:respond|responded|reply|replied|answer|answered) to (?:\S+ ){0,2}?requests?\b/;

/** Whether a folded text tells that a request went unanswered ({@link UNANSWERED_REQUEST}). */
function tellsARequestUnanswered(text: string): boolean {
  return UNANSWERED_REQUEST.test(text);
}

/**
 * A demand reported ("he added that the agency should bring in a second
 * contractor"): what someone said should be done, not whether it will be.
 * Not one denied ("never said the port should not grow").
 */
const TELLS_A_DEMAND =
  /(?<!\b(?:never|not|n't|nt) )\b(?:said|says|added|adds|argued|argues|insisted|insists)(?: that)? (?:\S+ ){1,3}?should\b/;

/**
 * A request the question names only to say which thing it asks about ("will
 * the agency bring in a second contractor like Reid wants"): it still asks
 * whether that is so, not about the asking.
 */
const AS_REQUESTED =
  /\b(?:like|as) (?:\S+ ){1,3}?(?:wants|wanted|asked|asks|demanded|demands|suggested|suggests|urged|urges)\b/g;

/**
 * Whether a yes-or-no ("will the agency bring in a second contractor, like
 * Reid wants") is answered by a text that only reports someone saying it
 * should be done: a demand is not what will be, nor what was. Read for the
 * best unit alone, whatever its score, so it holds back that answer without
 * raising any other: a demand is rare, and the question most often one the
 * article leaves open. False for a question about the asking itself.
 *
 * @param whether reads whether a question asks whether something is so
 * @param text what the unit answers with; null for an answer trusted to meet its questions
 */
export function answersWithADemand(
  question: string,
  whether: Pick<WhetherQuestions, 'asksYesOrNo'>,
  text: string | null,
): boolean {
  // In the writer's own voice: a speaker's words quoted tell what they think, as "we said it should not grow blind".
  if (text === null || !TELLS_A_DEMAND.test(foldText(withoutQuoted(text)))) return false;
  const own = foldText(question).replace(AS_REQUESTED, ' ');
  return !ASKS_ABOUT_A_REQUEST.test(own) && whether.asksYesOrNo(question);
}

/**
 * Whether each unit's folded text tells of a request, read once per text:
 * every yes-or-no question ran the long pattern over each unit it ranked.
 * The story's texts are few; a loose cap bounds a large one.
 */
const tellsARequest = new BoundedMemo(8192, (text: string) => TELLS_A_REQUEST.test(text));
