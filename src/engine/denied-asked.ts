import type { DecisionFeatures } from './decision-features.ts';
import { DECISION } from './tuning.ts';

/**
 * Whether a yes-or-no is answered below the answer threshold by one of the
 * article's sentences that denies what it asks ({@link deniesAskedWord}):
 * "has anyone been badly injured" of "So far nobody has been seriously
 * hurt", "are they ordering a new satellite" of "The agency has not
 * decided whether to order a replacement satellite". A news sentence tells
 * what did not happen only when readers would ask whether it did, so a
 * sentence denying the very event of the question, meeting every
 * condition it sets and leaving at most `DECISION.deniedMostUnexplained`
 * word of its clause unsaid (most often the reader's adverb: "badly",
 * "actually"), answers it, down to `DECISION.deniedFloor` and
 * `DECISION.deniedLead` ahead of any other fact.
 */
export function answersByDenial(f: DecisionFeatures): boolean {
  // The cheap readings first: most questions are settled before the sentence is read word by word.
  return (
    f.score >= DECISION.deniedFloor &&
    !f.asksWh &&
    f.showsOneSentence &&
    f.lead >= DECISION.deniedLead &&
    f.fitsAll &&
    f.deniesAsked &&
    f.clauseUnexplained <= DECISION.deniedMostUnexplained
  );
}

/**
 * The denials that answer a question asking after "any" one: "has anyone
 * been hurt" of "No one was hurt", "were any cases confirmed" of "None has
 * been confirmed". English asks a yes-or-no of an indefinite with "any",
 * and a sentence answers it "no" with these.
 */
const NONE_OF_ANY = ['no', 'nobody', 'none', 'nothing'];

/**
 * Words by which a news sentence denies what follows: "No one was
 * injured", "nobody has been seriously hurt", "no confirmed cases of
 * illness", "did not respond to requests for comment", "has not decided
 * whether to order…", "None has been confirmed". The "t" is that of a
 * "didn't" split at its apostrophe.
 */
const DENIALS: ReadonlySet<string> = new Set(['not', 'never', 't', 'cannot', ...NONE_OF_ANY]);

/** A clause asking about the reader or the bot: its subject is "i", "we", "you". */
const ASKS_OF_READER = /^\S+\s+(?:i|we|you|u|ya)\b/;

/** A question asking after "any" one: "has anyone been hurt", "did they find anything". */
const ASKS_ANY = /\b(?:any|anyone|anybody|anything)\b/;

/**
 * Words that go with a denial rather than say what it denies: "not yet
 * known", "never even asked", "has not been". The reader's "yet" ("is it
 * over yet") is no word a "not yet" denies.
 */
const WITH_DENIAL: ReadonlySet<string> = new Set([
  'yet',
  'ever',
  'even',
  'really',
  'actually',
  'always',
  'so',
  'far',
  'only',
  'be',
  'been',
  'being',
  'have',
  'has',
  'had',
]);

/**
 * How many words after a denial the word it denies may stand: "has not
 * decided whether to order" reaches "order"; further, the word most often
 * belongs to another clause.
 */
const DENIAL_REACH = 4;

/**
 * Whether a sentence denies what a yes-or-no asks: a word of its clause
 * stands within {@link DENIAL_REACH} words after a denial. Such a sentence
 * answers the question "no" in the article's own words, or says it is not
 * decided ("are they ordering a new satellite" of "has not decided whether
 * to order a replacement satellite"). A clause asking after "any" one is
 * answered so by "no", "nobody", "none" ("has anyone died" of "No deaths
 * have been reported"); any other denial ("not", "never") must come in a
 * sentence holding two of the clause's words, its subject beside what is
 * denied of it ("did verhaegen comment" of "Mr Verhaegen… did not respond
 * to requests for comment"): one word alone is most often said of
 * something else.
 *
 * @param clause the clause asked ({@link AskedClauses.of})
 * @param sentenceWords the sentence's words, as `words` splits them
 * @param saysAsked whether a word of the sentence is one of the clause's
 *   words, or a stand-in for one
 * @param clauseWordsHeld how many of the clause's words the sentence holds
 */
export function deniesAskedWord(
  clause: string,
  sentenceWords: readonly string[],
  saysAsked: (word: string) => boolean,
  clauseWordsHeld: number,
): boolean {
  // "Do i need a permit": a sentence denying something of the article's
  // people denies nothing of the reader, nor of the bot.
  if (ASKS_OF_READER.test(clause)) return false;
  const asksAny = ASKS_ANY.test(clause);
  if (!asksAny && clauseWordsHeld < 2) return false;
  for (let at = 0; at < sentenceWords.length; at++) {
    const denial = sentenceWords[at] as string;
    if (!DENIALS.has(denial) || (clauseWordsHeld < 2 && !NONE_OF_ANY.includes(denial))) continue;
    const reach = Math.min(sentenceWords.length, at + 1 + DENIAL_REACH);
    for (let next = at + 1; next < reach; next++) {
      const word = sentenceWords[next] as string;
      if (!WITH_DENIAL.has(word) && saysAsked(word)) return true;
    }
  }
  return false;
}
