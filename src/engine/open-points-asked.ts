/**
 * Reading a question that asks what a story leaves open ("what's still
 * unclear", "what don't we know yet"), from general English's own words of
 * not knowing. What the article states open, and which statement answers,
 * is `open-points.ts`'s.
 */
import type { LanguageFile } from '../knowledge/general-schema.ts';
import { QUESTION_WORDS } from './stopwords.ts';
import { foldText, words } from './text.ts';

/** General English an open-points question is read with (`language.json`): its `cues`. */
export type OpenPointsWords =
  | { cues: Pick<LanguageFile['cues'], 'notKnown' | 'saying'> }
  | undefined;

/**
 * Words that negate the reader's "know", "confirmed", "decided"…, as folded
 * with the apostrophe dropped ("don't" reads "dont"): "what don't we know",
 * "whats not been confirmed".
 */
const NEGATIONS: ReadonlySet<string> = new Set([
  'not',
  'never',
  'dont',
  'didnt',
  'doesnt',
  'hasnt',
  'havent',
  'hadnt',
  'isnt',
  'arent',
  'wasnt',
  'werent',
  'wont',
  'cant',
  'couldnt',
  'wouldnt',
]);

/** Words before "to be" that leave it to come: "what's still to be decided", "yet to be confirmed". */
const STILL_TO_BE: ReadonlySet<string> = new Set(['still', 'yet', 'remain', 'remains', 'left']);

/**
 * Words a reader sets an open point with, beside "question": "open
 * questions", "what questions are still outstanding", "questions that
 * remain", "what's left".
 */
const QUESTION_LEFT: ReadonlySet<string> = new Set([
  'open',
  'outstanding',
  'remain',
  'remains',
  'remaining',
  'left',
  'unanswered',
  'unresolved',
]);
/** The nouns a reader calls an open point by. */
const QUESTION_NOUNS: ReadonlySet<string> = new Set(['question', 'questions', 'unknowns']);

/**
 * Words that frame a question after what is left open and name nothing
 * the article tells of: "still", "so far", "the biggest", "according to the
 * article", "the main points".
 */
export const FRAMING: ReadonlySet<string> = new Set([
  'still',
  'yet',
  'far',
  'now',
  'currently',
  'remain',
  'remains',
  'remaining',
  'left',
  'biggest',
  'main',
  'key',
  'big',
  'major',
  'outstanding',
  'open',
  'article',
  'story',
  'piece',
  'report',
  'points',
  'issues',
  'details',
  'bits',
  'stuff',
  'exactly',
  'really',
  'actually',
]);

/**
 * Words by which a cue of not knowing reports someone not telling ("has not
 * decided", "did not name", "gave no", "refused to confirm"), beside the
 * words of saying (`cues.saying`).
 */
const REPORTING: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'did',
  'would',
  'declined',
  'refused',
  'gave',
]);

/** Question words asking for one fact, not for what is left open: "why is it unclear", "when will it be decided". */
const ONE_FACT_ASKED: ReadonlySet<string> = new Set(
  [...QUESTION_WORDS, 'whom', 'whose', 'whether', 'if'].filter(
    (word) => word !== 'what' && word !== 'which',
  ),
);

/**
 * Reads questions asking what a story leaves open, in general or about
 * one thing: "what's still unclear", "what don't we know yet", "anything
 * still unknown?", "whats not been confirmed", "what's still to be
 * decided", "what open questions remain", "what is unclear about the
 * repairs". The words asking it are general English's own words of not
 * knowing (`cues.notKnown`: "unclear", "not known", "remains to be seen"),
 * the reader's negated form of their verbs ("not been confirmed", "don't
 * we know", "still to be decided") or with "un-" ("unknown",
 * "unconfirmed"), and "questions" left open.
 *
 * Never a question after one fact ("who will pay", "when will it reopen",
 * "is it known whether…"), which names what it asks: its answer, or that
 * the article does not say, is for the rest of the engine to give.
 */
export class OpenPointsQuestions {
  private readonly cues: readonly (readonly string[])[];
  /** The words the cues negate, last in them ("not known", "has not confirmed", "would not say"). */
  private readonly knowing: readonly string[];
  private readonly saying: ReadonlySet<string>;

  /** @param language general English; absent it, no question asks so */
  constructor(language: OpenPointsWords) {
    const cues = language?.cues.notKnown ?? [];
    this.cues = cues.map((cue) => words(cue)).filter((cue) => cue.length > 0);
    this.knowing = [
      ...new Set(
        // "not known", "has not confirmed", "would not say": the word negated.
        this.cues
          .filter((cue) => cue.some((word) => NEGATIONS.has(word)))
          .map((cue) => cue[cue.length - 1] ?? ''),
      ),
    ];
    this.saying = new Set((language?.cues.saying ?? []).flatMap((cue) => words(cue)));
  }

  /**
   * What a question asking what the story leaves open says: the words
   * naming what it asks about ("the repairs" of "what is unclear about the
   * repairs"; none for "what's still unclear") and those asking it
   * ("unclear", "confirmed"); null for any other question.
   *
   * @param stemOf a word's stem as the index reads it, irregular forms
   *   read as their base: "known" is "know", "said" is "say"
   * @param isFiller whether a word is filler to the story
   */
  topicOf(
    question: string,
    stemOf: (word: string) => string,
    isFiller: (word: string) => boolean,
  ): OpenPointsAsked | null {
    const said = words(foldText(question).replace(/'/g, ''));
    if (said.some((word) => ONE_FACT_ASKED.has(word))) return null;
    const asking = new Set<number>();
    this.markCues(said, asking);
    this.markNegatedKnowing(said, asking, stemOf);
    if (said.some((word) => QUESTION_NOUNS.has(word))) {
      said.forEach((word, i) => {
        if (QUESTION_LEFT.has(word)) asking.add(i);
      });
    }
    if (asking.size === 0) return null;
    const topic = said.filter(
      (word, i) =>
        !asking.has(i) &&
        !QUESTION_WORDS.has(word) &&
        !NEGATIONS.has(word) &&
        !FRAMING.has(word) &&
        !this.saying.has(word) &&
        !isFiller(word),
    );
    return { topic, asking: said.filter((word, i) => asking.has(i) && !NEGATIONS.has(word)) };
  }

  /**
   * Whether a text tells something open in the article's own voice ("It
   * remains unclear…", "Questions remain over…", "It is not yet known…"),
   * by a cue reporting no one declining or failing to say ("Police have not
   * said…", "refused to say", "gave no date").
   */
  tellsInOwnVoice(text: string): boolean {
    const said = words(foldText(text));
    const own = this.cues.filter(
      (cue) => !cue.some((word) => this.saying.has(word) || REPORTING.has(word)),
    );
    return said.some((_, i) => own.some((cue) => cue.every((word, k) => said[i + k] === word)));
  }

  /** Where a text's words say a cue of not knowing ("unclear", "not yet known"): their places. */
  cueWordsIn(said: readonly string[]): ReadonlySet<number> {
    const asking = new Set<number>();
    this.markCues(said, asking);
    return asking;
  }

  /** Marks the words of every cue of not knowing the question says ("unclear", "not yet known"). */
  private markCues(said: readonly string[], asking: Set<number>): void {
    for (let i = 0; i < said.length; i++) {
      for (const cue of this.cues) {
        if (cue.every((word, k) => said[i + k] === word)) {
          for (let k = 0; k < cue.length; k++) asking.add(i + k);
        }
      }
    }
  }

  /**
   * Marks a negation and the verb of knowing it governs within three words
   * ("dont we know", "not been confirmed", "still to be decided"), and a
   * verb of knowing with "un-" ("unknown", "unconfirmed").
   */
  private markNegatedKnowing(
    said: readonly string[],
    asking: Set<number>,
    stemOf: (word: string) => string,
  ): void {
    const knowing = new Set(this.knowing.map(stemOf));
    const knows = (word: string) => knowing.has(stemOf(word));
    said.forEach((word, i) => {
      if (word.startsWith('un') && word.length > 4 && knows(word.slice(2))) asking.add(i);
      const negates =
        NEGATIONS.has(word) ||
        (word === 'to' && said[i + 1] === 'be' && STILL_TO_BE.has(said[i - 1] ?? ''));
      if (!negates) return;
      for (let k = i + 1; k <= i + 3 && k < said.length; k++) {
        if (knows(said[k] ?? '')) {
          for (let m = i; m <= k; m++) asking.add(m);
          break;
        }
      }
    });
  }
}

/** What a question asking what the story leaves open says (`OpenPointsQuestions.topicOf`). */
export interface OpenPointsAsked {
  /** The words naming what it asks about: "repairs" of "what is unclear about the repairs". */
  topic: string[];
  /** The words asking what is left open: "unclear", "confirmed", "unanswered". */
  asking: string[];
}
