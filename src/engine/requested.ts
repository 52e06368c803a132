import { BoundedMemo } from './bounded-memo.ts';
import type { UnitFit } from './term-index.ts';
import { foldText } from './text.ts';
import { textFit } from './text-fit.ts';
import type { WhetherQuestions } from './untold.ts';

/**
 * Words by which a text tells that something was asked for, or asked
 * about: "the CRA asked for a full recount", "the Courier asked Halden
 * Water whether it would compensate", "residents have called for an
 * inquiry". Not one who was asked ("was asked to help"), which tells what
 * they then did.
 */
const TELLS_A_REQUEST =
  /(?<!\b(?:was|were|been|being|is|are|be) )\b(?:asked|asking|asks|requested|requesting|requests|sought|seeking|seeks|demanded|demanding|called for|calling for|applied for|applying for|appealed for|pressed for|pushed for|urged)\b/;

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
  return textFit(textOf, (text) => !tellsARequest.get(text));
}

/**
 * Whether each unit's folded text tells of a request, read once per text:
 * every yes-or-no question ran the long pattern over each unit it ranked.
 * The story's texts are few; a loose cap bounds a large one.
 */
const tellsARequest = new BoundedMemo(8192, (text: string) => TELLS_A_REQUEST.test(text));
