import type { LanguageFile } from '../knowledge/general-schema.ts';
import type { FutureQuestions } from './future.ts';
import { pastOpeners } from './openers.ts';
import { askedWords, holdsWord, type QueryTerm } from './query-terms.ts';
import type { UnitFit } from './term-index.ts';
import { alternation, foldText, words } from './text.ts';
import { UNTOLD } from './tuning.ts';

/** General English a question whether something is so is read with (`language.json`): its openers. */
export type WhetherWords = Pick<LanguageFile, 'openers'> | undefined;

/**
 * Reads questions that a "not known" can answer: one asking whether
 * something is so ("will he play again", "is the firm gonna appeal or nah",
 * "did they give a date"), or what is still to come, rather than for the
 * fact itself ("whats wrong with the striker", "which court would hear an
 * appeal").
 */
export class WhetherQuestions {
  private readonly asksWhether: RegExp;
  private readonly future: FutureQuestions;

  /** @param future how the story reads a question about what is still to come */
  constructor(words: WhetherWords, future: FutureQuestions) {
    this.asksWhether = new RegExp(
      `${pastOpeners(words, 'whether')}(?:will|would|is|are|was|were|did|does|do|has|have|had|can|could|should|any|r|isnt|arent|wasnt|didnt|doesnt|dont|hasnt|havent|wont|cant)\\b|\\b(?:whether|if|or not|or nah|yes or no|y\\/n)\\b`,
    );
    this.future = future;
  }

  /** Whether a question asks whether something is so, or what is still to come. */
  asks(question: string): boolean {
    return this.asksYesOrNo(question) || this.future.asks(question);
  }

  /** Whether a question asks whether something is so ("did he plead guilty", "is it over or nah"). */
  asksYesOrNo(question: string): boolean {
    return this.asksWhether.test(foldText(question).replace(/'/g, ''));
  }
}

/** General English a "not known" is read with (`language.json`): its `cues.notKnown`. */
export type NotKnownWords = { cues: Pick<LanguageFile['cues'], 'notKnown'> } | undefined;

/**
 * Reads whether a text only says a fact is not known, or was not told: a
 * short sentence saying so. A longer one most often tells other facts
 * beside it ("It remains unclear what will become of the works, including
 * the clearing of six hectares of scrub…"). Absent general English, no
 * text says so.
 */
export function notKnownReader(language: NotKnownWords): (text: string) => boolean {
  const saysNotKnown = new RegExp(`\\b${alternation(language?.cues.notKnown ?? [])}\\b`);
  return (text) => saysNotKnown.test(foldText(text)) && words(text).length <= UNTOLD.maxWords;
}

/**
 * Reads whether a text tells, anywhere in it, that a fact is not known or
 * was not told (`cues.notKnown`: "unclear", "declined to say"), however much
 * else it says: what a question whether someone knows wants
 * (`knowing-asked.ts`). Absent general English, no text tells so.
 */
export function notKnownTeller(language: NotKnownWords): (text: string) => boolean {
  const saysNotKnown = new RegExp(`\\b${alternation(language?.cues.notKnown ?? [])}\\b`);
  return (text) => saysNotKnown.test(foldText(text));
}

/**
 * Reads what a text tells is not known or was not told: its folded words
 * after the first cue of `cues.notKnown` ("whether the driver was using a
 * satnav" of "It remains unclear whether the driver was using a satnav").
 * Null for a text telling nothing so, and for every text absent general
 * English.
 */
export function notKnownPartReader(language: NotKnownWords): (text: string) => string | null {
  const cue = new RegExp(`\\b${alternation(language?.cues.notKnown ?? [])}\\b`);
  return (text) => {
    const folded = foldText(text);
    const found = cue.exec(folded);
    return found === null ? null : folded.slice(found.index + found[0].length);
  };
}

/**
 * Reads whether a text tells that a fact was not told, or is not known, in
 * the very words a reader asked it by: a cue of `cues.notKnown` and, within
 * three words after it, the question words given ("did not say how many
 * passenger flights", "It remains unclear how long the current strike will
 * last", "has not said when the panel will report"). Absent general
 * English, no text tells so.
 */
export function notToldEchoer(language: NotKnownWords): (text: string, asked: string) => boolean {
  const cue = alternation(language?.cues.notKnown ?? []);
  const echoes = new Map<string, RegExp>();
  return (text, asked) => {
    let echo = echoes.get(asked);
    if (echo === undefined) {
      echo = new RegExp(`\\b${cue}(?:\\s+\\S+){0,3}?\\s+${asked}\\b`);
      echoes.set(asked, echo);
    }
    return echo.test(foldText(text));
  };
}

/**
 * A question after a fact ("whats wrong with varga") is not answered by
 * a sentence saying some other fact is not known ("Whether Varga will
 * play again this season remains unclear"): it shares a word of the
 * question and tells nothing of what was asked. One saying that the very
 * fact asked is not known ("How many homes were damaged?": "It is not yet
 * clear how many homes were damaged") holds every word of the question and
 * answers it, as does one answering a question whether something is so, or
 * will be ("will he play again": nobody knows yet). Null when the question
 * asks whether, or asks no word of its own.
 *
 * @param saysNotKnown whether a unit's answer only says a fact is not known
 *   ({@link notKnownReader}); false for an answer trusted to meet its
 *   questions (a curated pair, written for them, or a gap). Read once per
 *   unit by the caller: every question asks it of every unit it matched.
 * @param termsOfUnit the terms of a unit's body, as the index reads them
 * @param whether how the story reads a question whether something is so
 * @param isName whether a term is only ever a name in the story ("castellan"):
 *   a question asking nothing but a name ("what happened to Castellan") asks
 *   no fact a sentence could say is not known, so holding the name is not enough
 * @param namesOf the terms of the names of the thing a unit is the card of;
 *   null for any other unit. Asked nothing but a name ("What is Kelbrook?",
 *   its own offered title), the card of that very thing answers whatever its
 *   text says: it tells what the article says of the thing, not some other
 *   fact of it. Whether a card answers the question's shape at all ("what
 *   happened to…") is `cardFit`'s to say.
 */
export function untoldFit(
  question: string,
  terms: readonly QueryTerm[],
  saysNotKnown: (unit: number) => boolean,
  termsOfUnit: (unit: number) => ReadonlySet<string>,
  whether: WhetherQuestions,
  isName: (term: string) => boolean = () => false,
  namesOf: (unit: number) => ReadonlySet<string> | null = () => null,
): UnitFit {
  if (whether.asks(question)) return null;
  const asked = askedWords(terms);
  if (asked.length === 0) return null;
  const onlyNames = asked.every((group) => group.every((t) => isName(t.term)));
  return (unit) => {
    if (!saysNotKnown(unit)) return true;
    if (onlyNames) {
      const names = namesOf(unit);
      return names !== null && asked.every((group) => holdsWord(names, group));
    }
    const own = termsOfUnit(unit);
    return asked.every((group) => holdsWord(own, group));
  };
}
