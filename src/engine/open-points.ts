import type { AskContext } from './ask-context.ts';
import type { Grounded } from './grounded-answer.ts';
import { FRAMING } from './open-points-asked.ts';
import { QUESTION_WORDS } from './stopwords.ts';
import { foldText, words } from './text.ts';
import { nextSentenceInParagraph } from './units.ts';

/** The article's statement of what it leaves open, chosen for a question asking so. */
export interface OpenPointsGiven {
  /** The sentence given. */
  unit: number;
  /**
   * The last sentence given with it: after an announcement ("Much remains
   * unclear."), the sentences right after it that tell something not known
   * too, in the same paragraph; the sentence itself otherwise.
   */
  through: number;
  /** The article's other such statements, best first: offered as "did you mean". */
  others: number[];
}

/**
 * A statement of what the article leaves open, for a question asking so
 * (`OpenPointsQuestions`): a sentence telling something is not known, not
 * confirmed or not told (`cues.notKnown`: "It remains unclear which
 * services…", "Police have not said whether…", "Questions remain over
 * who…"), or the sentence after one that only announces them ("Several
 * things remain unclear.", "Much remains unclear."). Asked about one thing,
 * only a statement holding every word naming it; set in a clause of time
 * ("what is still unclear after the deal"), only where the headline or
 * lead says the clause's words: the story's own event. The best follows
 * such an announcement, which makes it the article's own list of them,
 * then holds the most of the reader's words ("the biggest unanswered
 * question"), then tells it in the article's own voice, then leaves the
 * most points open, then comes first.
 *
 * Null for any other question, and where the article states nothing left
 * open: the question is then answered, or not, as before.
 */
export function openPointsGiven(context: AskContext, plain: string): OpenPointsGiven | null {
  // "What is still unclear after the deal": a clause of time sets the
  // question in the story's own events, where the headline or lead says them.
  const clause = context.eventClauses.split(plain);
  const asked = context.openPoints.topicOf(
    clause?.asked ?? plain,
    context.stemOf,
    context.isFiller,
  );
  if (asked === null) return null;
  if (clause !== null && !clauseOfTheStory(context, clause.clause)) return null;
  const { topic, asking } = asked;
  const statements = openStatements(context);
  if (statements.length === 0) return null;
  const holds = (unit: number, word: string) => {
    const held = context.termsOfUnit(unit);
    return context.termsOfWord(word).some((term) => held.has(term));
  };
  const holdsTopic = (s: OpenStatement) =>
    topic.every((word) => holds(s.unit, word) || (s.opener !== null && holds(s.opener, word)));
  const chosen = statements.filter(holdsTopic);
  // "The biggest unanswered question is whether…" for "what's the biggest unanswered question".
  const heldOf = (s: OpenStatement) =>
    [...topic, ...asking].filter(
      (word) => holds(s.unit, word) || (s.opener !== null && holds(s.opener, word)),
    ).length;
  const ranked = chosen
    .map((s) => ({ s, held: heldOf(s) }))
    .sort(
      (a, b) =>
        Number(b.s.opener !== null) - Number(a.s.opener !== null) ||
        b.held - a.held ||
        Number(b.s.ownVoice) - Number(a.s.ownVoice) ||
        b.s.points - a.s.points ||
        a.s.unit - b.s.unit,
    );
  const [best, ...rest] = ranked;
  if (best === undefined) return null;
  return {
    unit: best.s.unit,
    through: best.s.opener === null ? best.s.unit : runEnd(context, best.s.unit),
    others: rest.map((r) => r.s.unit),
  };
}

/** One statement of what the article leaves open. */
interface OpenStatement {
  unit: number;
  /** The sentence announcing it ("Much remains unclear."), if it follows one. */
  opener: number | null;
  /** How many points it leaves open: the indirect questions after its cue. */
  points: number;
  /** Whether the article itself tells it open ("It remains unclear…"), not someone declining to say. */
  ownVoice: boolean;
}

/** The article's statements of what it leaves open, in article order. */
function openStatements(context: AskContext): OpenStatement[] {
  const found: OpenStatement[] = [];
  const seen = new Set<number>();
  context.units.forEach((unit, at) => {
    if (unit.kind !== 'sentence' || !context.tellsNotKnown(unit.sentence.text)) return;
    if (announcesOnly(context, unit.sentence.text)) {
      const next = nextSentenceInParagraph(context.units, at);
      if (next !== undefined && !seen.has(at + 1)) {
        seen.add(at + 1);
        found.push({
          unit: at + 1,
          opener: at,
          points: pointsOf(context, next.sentence.text),
          ownVoice: true,
        });
      }
      return;
    }
    if (seen.has(at)) return;
    seen.add(at);
    found.push({
      unit: at,
      opener: null,
      points: pointsOf(context, unit.sentence.text),
      ownVoice: context.openPoints.tellsInOwnVoice(unit.sentence.text),
    });
  });
  return found;
}

/**
 * Whether a sentence only announces that things are left open, naming none
 * of them: "Several things remain unclear.", "Much remains unclear.",
 * "Other questions remain unanswered." Its words besides its cues are
 * filler or "remain"; "The cause is unknown." names the cause.
 */
function announcesOnly(context: AskContext, text: string): boolean {
  const said = words(foldText(text));
  const cues = context.openPoints.cueWordsIn(said);
  return said.every(
    (word, i) =>
      cues.has(i) ||
      (context.isFiller(word) && !QUESTION_WORDS.has(word) && word !== 'whether') ||
      FRAMING.has(word) ||
      word === 'several',
  );
}

/** How many indirect questions a text's words after its cue of not knowing open. */
function pointsOf(context: AskContext, text: string): number {
  const told = context.notKnownPart(text) ?? '';
  return words(told).filter((word) => QUESTION_WORDS.has(word) || word === 'whether').length;
}

/**
 * The last of the sentences after a unit, in its paragraph, each telling
 * something not known: the points an announcement ("Several things remain
 * unclear.") goes on to list.
 */
function runEnd(context: AskContext, unit: number): number {
  let end = unit;
  for (;;) {
    const next = nextSentenceInParagraph(context.units, end);
    if (next === undefined || !context.tellsNotKnown(next.sentence.text)) return end;
    end++;
  }
}

/** Whether the headline or lead says every word of a clause that names anything ("after the deal"). */
function clauseOfTheStory(context: AskContext, clause: string): boolean {
  return words(clause)
    .filter((word) => !context.isFiller(word))
    .every((word) => subjectHolds(context, word));
}

/** Whether the story's headline or lead says a word: its own subject. */
function subjectHolds(context: AskContext, word: string): boolean {
  const lead = context.leadSentence;
  const leadUnit = lead === undefined ? undefined : context.units[lead];
  if (lead === undefined || leadUnit?.kind !== 'sentence') return false;
  const terms = context.termsOfWord(word);
  const held = context.termsOfUnit(lead);
  if (terms.some((term) => held.has(term))) return true;
  const title = new Set(
    words(leadUnit.sentence.source.source.title).flatMap((w) => context.termsOfWord(w)),
  );
  return terms.some((term) => title.has(term));
}

/**
 * An answer of one sentence given with the sentences after it through
 * `open.through`, in the same paragraph: its words and its quote, the
 * article's words spanning them all, verbatim.
 */
export function withSentencesAfter(
  context: AskContext,
  grounded: Grounded,
  open: OpenPointsGiven,
): Grounded {
  const first = context.units[open.unit];
  if (open.through === open.unit || first?.kind !== 'sentence') return grounded;
  const after = context.units
    .slice(open.unit + 1, open.through + 1)
    .flatMap((unit) => (unit.kind === 'sentence' ? [unit.sentence.text] : []));
  const { source, passage, text } = first.sentence;
  const passageText = source.source.passages.find((p) => p.n === passage)?.text ?? '';
  const start = passageText.indexOf(text);
  const last = after[after.length - 1] ?? text;
  const lastAt = start < 0 ? -1 : passageText.indexOf(last, start + text.length);
  if (start < 0 || lastAt < 0) return grounded;
  return {
    ...grounded,
    answer: [grounded.answer, ...after].join(' '),
    quote: context.grounding.sentenceQuote(
      source,
      passage,
      passageText.slice(start, lastAt + last.length),
    ),
  };
}
