import type { UnitFit } from './term-index.ts';
import { foldText } from './text.ts';

/** People who report, as a reader names them: "reporters", "the journos", "the press". */
const PRESS_PEOPLE =
  /\b(?:reporters?|journalists?|journos?|correspondents?|newshounds?|scribes?|press)\b/;

/** Words of writing: "who wrote this", "the author", "byline", "which journalist covered it". */
const ASKS_WHO_WROTE =
  /\b(?:wr[io]te|writes|written|writers?|authors?|authored|by ?line|penned|covered|covering|reported)\b/;

/**
 * The reporter asked for as the point of the question, about this article:
 * "who is the journalist", "who's the courier reporter on this", "which
 * reporter", "the name of the journalist behind this piece". Not a reporter
 * in the story: "what was the reporter asking", nor one someone in the story
 * deals with after it ("which reporters did he talk to", "who are the
 * reporters she told").
 */
const ASKS_FOR_THE_REPORTER = new RegExp(
  String.raw`(?:\b(?:(?:who|whos)(?: is| was| are| were)?|which|what|name of)(?: the| this| a| an| that)?(?: \w+)?|^\W*(?:the )?)` +
    String.raw` ${PRESS_PEOPLE.source}(?! (?:did|does|do|was|were|is|are|has|have|had|will|would|can|could|he|she|they|it|we|i|you)\b)`,
);

/**
 * "…on this", "…behind this piece", "…of the article": the article itself,
 * not its story. "Reporter name?", "the journalist's name": the one who
 * signed it.
 */
const OF_THIS_ARTICLE = new RegExp(
  String.raw`${PRESS_PEOPLE.source}(?: name\b|(?: name)? (?:on|behind|of|for|in|from) (?:this|it|the (?:article|story|piece|report))\b)`,
);

/**
 * A "what" or "which" asking what someone wrote: "what did he write",
 * "what sort of reports did she write for them", "which letters has the mayor
 * written". The one writing is the question's own subject, not the article.
 */
const ASKS_WHAT_WAS_WRITTEN =
  /^\W*(?:\w+ )?(?:what|which|wat)\b.*\b(?:did|does|do|has|have|had|will|would|could|can)(?: (?!this\b|it\b)\w+){1,3} (?:write|written|pen|penned)\b/;

/**
 * "Who wrote the music for the show", "who penned the letter": the one who
 * wrote a thing in the story, named after the verb, not this article ("who
 * wrote this", "who wrote the article", "who wrote the courier piece").
 */
const ASKS_WHO_WROTE_ANOTHER_THING =
  /\bwho (?:wrote|writes|penned|composed) (?:the|a|an|that|those|his|her|their|its) (?!(?:\w+ )?(?:article|articles|story|stories|piece|report|news|post|headline|coverage|write ?up|thing)\b)\w+/;

/** A report as a document: "the report", "reports" (not "reporter", nor "reported"). */
const A_REPORT = /\breports?\b/;

/** Words naming the one who signed the article: "the author", "the byline", "the writer". */
const NAMES_THE_WRITER = /\b(?:writers?|authors?|by ?line)\b/;

/**
 * The condition a question sets on the byline (a generated "who wrote this"
 * pair): a question naming reporters asks for the byline only when it asks
 * who wrote or reported this article. "He told reporters" puts reporters in
 * the story, and "which reporters did he talk to" asks about them; the
 * byline shares only the word. A question naming no reporters asks for the
 * byline by its own words ("author", "byline"), unless it asks what someone
 * wrote ("what sort of reports did he write") or about a report in the story
 * and not who wrote it ("who is the report going to"): null but then.
 */
export function bylineFit(question: string, isByline: (unit: number) => boolean): UnitFit {
  const folded = foldText(question);
  if (!PRESS_PEOPLE.test(folded)) {
    if (NAMES_THE_WRITER.test(folded)) return null;
    // "What sort of reports did he write for them", "who wrote the music":
    // what someone wrote, not who wrote this article. "Who is the report going to": a report in the
    // story, which shares only its stem with "reporter".
    const notAuthorship =
      ASKS_WHAT_WAS_WRITTEN.test(folded) ||
      ASKS_WHO_WROTE_ANOTHER_THING.test(folded) ||
      (A_REPORT.test(folded) && !ASKS_WHO_WROTE.test(folded));
    return notAuthorship ? (unit) => !isByline(unit) : null;
  }
  if (
    ASKS_WHO_WROTE.test(folded) ||
    ASKS_FOR_THE_REPORTER.test(folded) ||
    OF_THIS_ARTICLE.test(folded)
  ) {
    return null;
  }
  return (unit) => !isByline(unit);
}
