import { answerTextOf } from './answer-text.ts';
import type { AskContext } from './ask-context.ts';
import type { DecisionFeatures } from './decision-features.ts';
import { askedWords, holdsWord, type QueryTerm } from './query-terms.ts';
import { spokenText } from './said.ts';
import { sameWordIn } from './same-word.ts';
import type { RankedUnit } from './term-index.ts';
import { foldText, words } from './text.ts';
import { DECISION, SPEAKER } from './tuning.ts';

/**
 * "What did the consumer lady say customers were left in", "how did the mp
 * react to the pause", "what did strand admit took way too long": a question
 * after what someone said, felt or thought, its verb of saying right after
 * the one it asks about (a question word, then "did", "does", "is"…).
 */
const ASKS_WHAT_SOMEONE_SAID =
  /\b(?:what|how|why)\s+(?:did|does|do|has|have|had|is|was|were|are|will|would)\s+(.+)$/u;

/** "did the calder boss say the ball was hit at the player": a yes-or-no after what someone said. */
const ASKS_WHETHER_SOMEONE_SAID = /^(?:did|does|do|has|have|had|is|was|were|are)\s+(.+)$/u;

/** The most words a reader names the speaker with before the verb ("the deputy commish say"). */
const MOST_SPEAKER_WORDS = 4;

/** A speaker named by a pronoun alone ("what did she say"): the question's own fit tells who. */
const PRONOUNS: ReadonlySet<string> = new Set(['she', 'he']);

/**
 * Verbs a reader asks what someone said, thought or felt with (general
 * English, every form a reader types after "did", "does" or "is"): they
 * frame the question, and a remark of the one asked about answers them
 * whatever its own verb ("complain" of "Nobody has told us…").
 */
const SAYING_OR_FEELING: ReadonlySet<string> = new Set(
  [
    'say says said saying tell tells told think thinks thought feel feels felt',
    'reckon reckons reckoned react reacts reacted respond responds responded',
    'describe describes described complain complains complained admit admits admitted',
    'claim claims claimed argue argues argued explain explains explained',
    'warn warns warned promise promises promised urge urges urged',
    'worry worried worries scared afraid fear fears feared hope hopes hoped',
    'believe believes believed mean means meant call calls called blame blames blamed',
    'insist insists insisted comment comments commented suggest suggests suggested',
    'stress stresses stressed emphasise emphasised emphasize emphasized',
    'add adds added note notes noted want wants wanted expect expects expected',
  ]
    .join(' ')
    .split(' '),
);

/** Words left unsaid, besides the speaker's and the verb, that a remark may still answer. */
const MOST_UNSAID = 2;

/**
 * For a yes-or-no ("did the doctor say the strike was illegal"), the claim
 * asked about is the point: a remark leaving two of its words unsaid does not
 * say it.
 */
const MOST_UNSAID_OF_CLAIM = 1;

/**
 * Whether the best unit below the answer threshold is the remark of the one
 * a question asks what they said, thought or felt, and is given all the
 * same: the question names the speaker (or "she", "he", which its own fit
 * reads) right before a verb of saying or feeling, the best unit reports
 * speech with one of those words standing where its speaker does (before
 * its word of saying, `SPEAKER.wordsBefore`), it leaves at most
 * {@link MOST_UNSAID} other words of the question unsaid, it leads any other
 * fact by `DECISION.staysFirstLead`, and no other fact naming the speaker
 * holds a word of what the question asks about (nor, asked about nothing
 * more, names them at all): a speaker quoted twice on one topic is two
 * readings of the question. The reader's own verb ("complain", "react",
 * "admit") is their word for the remark, and their name for the speaker
 * is most often the article's ("the consumer lady" of "Helen Garside, who
 * chairs the consumer group"), so the usual test of words left unsaid
 * holds these back though the remark answers them. A yes-or-no after whether
 * someone said a thing ("did bluegate say they meant to go ahead") is read
 * the same way, its remark leading any other fact by
 * `DECISION.clearSentenceLead`: the remark is the deciding fact, quoted.
 */
export function isSpeakersOwnWord(
  context: AskContext,
  question: string,
  ranked: readonly RankedUnit[],
  terms: readonly QueryTerm[],
  f: DecisionFeatures,
  fitsAll: (unit: number) => boolean,
): boolean {
  const best = ranked[0];
  // Open questions only: a "when" or "how many" wants its own kind of fact.
  if (f.need !== null && f.need !== 'reason') return false;
  if (!best || !f.fitsAll) return false;
  if (f.score < DECISION.clearSentenceLowFloor || f.lead < DECISION.staysFirstLead) return false;
  // Asked whether someone said a thing, the remark must stand clear of any
  // other fact: a speaker's other remark close behind is most often the one
  // saying it, or saying otherwise.
  if (!f.asksWh && f.lead < DECISION.clearSentenceLead) return false;
  const found = (f.asksWh ? ASKS_WHAT_SOMEONE_SAID : ASKS_WHETHER_SOMEONE_SAID).exec(
    foldText(question),
  );
  if (!found) return false;
  const rest = words(found[1] ?? '');
  const verbAt = rest.findIndex((word) => SAYING_OR_FEELING.has(word));
  if (verbAt < 1 || verbAt > MOST_SPEAKER_WORDS) return false;
  const speaker = rest.slice(0, verbAt);
  const unit = context.units[best.unit];
  if (!unit) return false;
  const text = answerTextOf(unit);
  if (!context.answerTypes.reportsSpeech(text)) return false;
  const sameWord = (a: string, b: string) => sameWordIn(context, a, b);
  const speaks = speakerOf(context, text, sameWord);
  const named = speaker.filter((word) => !context.isFiller(word) && !PRONOUNS.has(word));
  if (!speaker.some((word) => PRONOUNS.has(word)) && !named.some(speaks)) return false;
  // The speaker and the verb frame the question; the rest is what it asks about.
  const framing = new Set(rest.slice(0, verbAt + 1).flatMap((word) => context.termsOfWord(word)));
  const held = context.termsOfUnit(best.unit);
  const asked = askedWords(terms).filter((group) => !group.some((t) => framing.has(t.term)));
  const mostUnsaid = f.asksWh ? MOST_UNSAID : MOST_UNSAID_OF_CLAIM;
  if (asked.filter((group) => !holdsWord(held, group)).length > mostUnsaid) return false;
  const topic = asked.filter((group) => holdsWord(held, group));
  return !anotherRemark(context, ranked, named, topic, fitsAll, sameWord);
}

/**
 * Whether another fact ranked for the question names the speaker (for a
 * "she" or "he", meets the question's every condition) and holds a word of
 * the topic asked about in what it answers with; asked about no topic, any
 * such fact. Where the question names the speaker, a remark of theirs
 * holding only some of the topic's words the best unit holds is no rival
 * reading: "what did garside reckon customers could have done if they'd
 * been told sooner" is her remark on what customers could have done, not
 * another of hers that speaks of customers alone. A "she" or "he" reaches
 * any fact meeting the question's conditions, and any word of the topic
 * such a fact holds still makes it a rival.
 */
function anotherRemark(
  context: AskContext,
  ranked: readonly RankedUnit[],
  named: readonly string[],
  topic: readonly (readonly QueryTerm[])[],
  fitsAll: (unit: number) => boolean,
  sameWord: (a: string, b: string) => boolean,
): boolean {
  const [best, ...rest] = ranked;
  if (!best) return false;
  const shown = new Set(context.shown.of(best.unit));
  return rest.some(({ unit }) => {
    if (context.shown.of(unit).some((key) => shown.has(key))) return false;
    const other = context.units[unit];
    if (!other) return false;
    const otherWords = words(foldText(answerTextOf(other)));
    const namesSpeaker =
      named.length === 0
        ? fitsAll(unit)
        : named.some((word) => otherWords.some((w) => sameWord(w, word)));
    if (!namesSpeaker) return false;
    const own = context.termsOfAnswer(unit);
    if (topic.length === 0) return true;
    return named.length === 0
      ? topic.some((group) => holdsWord(own, group))
      : topic.every((group) => holdsWord(own, group));
  });
}

/**
 * Whether a word of the question stands where a text's speaker does: before
 * one of its words of saying, outside what it quotes ("Helen Garside, who
 * chairs the consumer group Shoppers' Voice, said: …" for "consumer").
 */
function speakerOf(
  context: AskContext,
  text: string,
  sameWord: (a: string, b: string) => boolean,
): (word: string) => boolean {
  const { own, saying } = spokenText(text, context.answerTypes);
  return (word) =>
    own.some(
      (w, at) => sameWord(w, word) && saying.some((s) => s - SPEAKER.wordsBefore <= at && at < s),
    );
}
