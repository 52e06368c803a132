import type { GeneralLanguage } from '../knowledge/general-schema.ts';
import { COMMON_ENGLISH_WORDS } from './common-words.ts';
import { QUOTATION } from './small-talk.ts';
import { QUESTION_WORDS, STOPWORDS } from './stopwords.ts';
import { endOfLastQuote, firstWordOf, words } from './text.ts';

/**
 * General English's words that, wherever they stand after a question, turn
 * from it to the reader, the bot or the chat: see `language.json`.
 */
export interface ClosingWords {
  /** Chat and Discord talk (`chatFiller`): "lmk", "help", "thx in advance". */
  chatFiller?: readonly string[];
  /** The reader speaking of themselves (`smallTalk.firstPerson`): "i", "im", "my". */
  firstPerson?: readonly string[];
  /** Determiners, which open a noun phrase rather than a clause (`determiners`): "my", "the". */
  determiners?: readonly string[];
  /** A question word typed with its verb as one (`smallTalk.questionForms`): "whats". */
  questionForms?: readonly string[];
  /** An auxiliary, which may open a question (`smallTalk.questionOpeners`): "is", "should". */
  auxiliaries?: readonly string[];
  /** Words that join one clause to the next (`openers.common`, "or", "because" as typed): "and", "bc". */
  connectors?: readonly string[];
  /** Words before "you" for anyone, not the bot (`secondPerson.generic`): "if", "unless". */
  generic?: readonly string[];
  /** The bot spoken to (`secondPerson.pronouns`, `secondPerson.botNames`): "u", "you", "bot". */
  secondPerson?: readonly string[];
}

/** The closing words of general English as loaded, if it is. */
export function closingWordsOf(
  general:
    | Pick<
        GeneralLanguage,
        'chatFiller' | 'smallTalk' | 'determiners' | 'openers' | 'secondPerson' | 'readerPhrases'
      >
    | undefined,
): ClosingWords {
  if (general === undefined) return {};
  return {
    chatFiller: general.chatFiller,
    firstPerson: general.smallTalk.firstPerson,
    determiners: [...general.determiners.common, ...general.determiners.personal],
    questionForms: general.smallTalk.questionForms,
    auxiliaries: general.smallTalk.questionOpeners,
    // "or am i trippin", "bc im lost": a clause joined as the first ones are.
    connectors: [
      ...general.openers.common,
      'or',
      'because',
      ...Object.keys(general.readerPhrases).filter(
        (phrase) => general.readerPhrases[phrase] === 'because',
      ),
    ],
    generic: general.secondPerson.generic,
    secondPerson: [...general.secondPerson.pronouns, ...general.secondPerson.botNames],
  };
}

/** A word of a message as folded, and where it starts in the text as typed. */
interface Token {
  word: string;
  start: number;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;
/** Where one sentence of a message ends and the next begins. */
const SENTENCE_END = /[?!]+\s+/u;
/** A word of digits alone. */
const FIGURE = /^\p{N}+$/u;
/**
 * Whether a chat word turns away from the question wherever it stands:
 * "server", "help", "you", "any help" may be what is asked ("when is the
 * next server movie night", "are shops getting any help"), so only chat
 * some word of which is no English word's spelling turns away.
 */
function isChatOnly(word: string): boolean {
  return !COMMON_ENGLISH_WORDS.has(word);
}

/** How many words that weigh the question must hold, chat set aside, unless one is the story's. */
const MIN_WORDS_LEFT = 2;

/**
 * Chat a reader types after the question itself ("who is the mayor lol i
 * mean", "how much was the fine bc im lost", "when does it open lmk",
 * "what happened pls explain like im 5"). Each word of it the story never
 * uses weighs against every answer as a word the article does not say, so a
 * question the story answers is refused. The question is read up to where
 * the reader turns to themselves ("im lost", "or am i trippin"), whatever
 * words of the story their own clause repeats, or to the bot or the chat
 * ("lmk", "u", "thx in advance", a chat word stretched as "tyy") when
 * everything from there on is chat or filler, none of it a word of the
 * story's, a question word or an auxiliary (what follows then asks nothing
 * the story could answer). Only so when something cut weighs, and the last
 * sentence left still reads as a question that names something of the
 * story's or holds two words that weigh.
 */
export class TrailingChat {
  private readonly turningWords: ReadonlySet<string>;
  private readonly determiners: ReadonlySet<string>;
  private readonly questionForms: ReadonlySet<string>;
  private readonly auxiliaries: ReadonlySet<string>;
  private readonly connectors: ReadonlySet<string>;
  /** Words whose clause a first-person subject after them belongs to: "when", "if". */
  private readonly governs: ReadonlySet<string>;
  private readonly readersOwn: ReadonlySet<string>;
  private readonly chatWords: ReadonlySet<string>;
  /** Chat phrases by their first word: most words of a message open none. */
  private readonly chatPhrases: ReadonlyMap<string, readonly (readonly string[])[]>;
  /**
   * Every word without which the reader cannot turn from the question, to
   * the bot, the chat or themselves, other than a chat word stretched: most
   * messages hold none.
   */
  private readonly turnsNeedOneOf: ReadonlySet<string>;

  /**
   * @param english general English's words that turn to the reader, the bot or the chat
   * @param storySays whether the story says a folded word, in any form, or a slip of one of its words
   * @param weighs whether a folded word weighs at all: neither a stopword nor chat
   */
  constructor(
    english: ClosingWords,
    private readonly storySays: (word: string) => boolean,
    private readonly weighs: (word: string) => boolean,
  ) {
    const filler = english.chatFiller ?? [];
    this.chatWords = new Set(filler.filter((phrase) => !phrase.includes(' ')));
    const phrases = new Map<string, (readonly string[])[]>();
    for (const phrase of filler.filter((each) => each.includes(' '))) {
      const phraseWords = phrase.split(' ');
      const first = phraseWords[0] ?? '';
      phrases.set(first, [...(phrases.get(first) ?? []), phraseWords]);
    }
    this.chatPhrases = phrases;
    this.determiners = new Set(english.determiners ?? []);
    this.questionForms = new Set(english.questionForms ?? []);
    this.auxiliaries = new Set(english.auxiliaries ?? []);
    this.connectors = new Set(english.connectors ?? []);
    this.governs = new Set([...QUESTION_WORDS, ...this.questionForms, ...(english.generic ?? [])]);
    // "my area" goes on naming what is asked; "im lost" is a clause of the reader's own.
    // "ill" and "id" may be English's own ("who fell ill", "free ID monitoring").
    this.readersOwn = new Set(
      (english.firstPerson ?? []).filter(
        (word) => !this.determiners.has(word) && !COMMON_ENGLISH_WORDS.has(word),
      ),
    );
    this.turningWords = new Set([...this.chatWords, ...(english.secondPerson ?? [])]);
    // A chat phrase turns away only where one of its words is chat alone.
    this.turnsNeedOneOf = new Set([
      ...[...this.turningWords].filter(isChatOnly),
      ...this.readersOwn,
      ...[...phrases.values()].flat().flatMap((phrase) => phrase.filter(isChatOnly)),
    ]);
  }

  /**
   * The message up to the chat it ends with, or as it is. Words the reader
   * quotes are left alone: "who said 'be honest, im lost'" quotes its words.
   */
  questionOf(message: string): string {
    // Read word by word only where the reader may turn, never at the first
    // word ("I read that…"): the message as a whole is folded once, as the
    // rest of the engine reads it.
    const mayTurn = (word: string, at: number) =>
      at > 0 && (this.turnsNeedOneOf.has(word) || this.isStretchedChat(word));
    if (!words(message).some(mayTurn)) {
      return message;
    }
    const quoted = endOfLastQuote(message);
    if (QUOTATION.test(message.slice(quoted))) return message;
    const tokens = [...message.matchAll(TOKEN)].map((match) => ({
      word: firstWordOf(match[0]),
      start: match.index,
    }));
    const inPhrase = this.inChatPhrase(tokens);
    // A figure after the question is the reader's own ("explain like im 5"),
    // whatever the story counts, and a chat phrase's words are chat ("thx in
    // advance"), whatever the story says of an advance.
    // Read on first use, from the message's end: most messages end on no chat.
    const saidRead: (boolean | undefined)[] = [];
    const said = (at: number): boolean => {
      let says = saidRead[at];
      if (says === undefined) {
        const word = tokens[at]?.word ?? '';
        says = !inPhrase[at] && !FIGURE.test(word) && this.storySays(word);
        saidRead[at] = says;
      }
      return says;
    };
    // Chat after the question is chat and filler only: it names nothing the
    // story says, asks nothing, and opens no question of its own with an
    // auxiliary ("yo bot are you sentient"); "bot tell me a joke" is a request.
    const isChat = (at: number) => {
      const word = tokens[at]?.word ?? '';
      if (said(at) || this.asks(tokens[at]) || this.auxiliaries.has(word)) return false;
      const chat = this.chatWords.has(word) || this.isStretchedChat(word) || inPhrase[at];
      return chat === true || !this.weighs(word);
    };
    let chatFrom = tokens.length;
    while (chatFrom > 1 && isChat(chatFrom - 1)) chatFrom--;
    let askedTo = tokens.length;
    while (askedTo > 1 && !this.asks(tokens[askedTo - 1])) askedTo--;
    for (let at = 1; at < tokens.length; at++) {
      const token = tokens[at];
      if (token === undefined || token.start < quoted) continue;
      const turns =
        (at >= chatFrom && this.turnsAway(tokens, at)) ||
        (at >= askedTo && this.opensReadersOwn(tokens, said, at));
      if (!turns) continue;
      // Filler alone weighs against nothing: the message is left as typed.
      if (!tokens.slice(at).some((next) => this.weighs(next.word))) return message;
      const question = message.slice(0, token.start).trimEnd();
      if (this.stillAsks(question)) return question;
    }
    return message;
  }

  /** Whether each word is one of a chat phrase's ("thx in advance"). */
  private inChatPhrase(tokens: readonly Token[]): boolean[] {
    const typed = tokens.map(({ word }) => word);
    const inPhrase = typed.map(() => false);
    for (let at = 0; at < typed.length; at++) {
      for (const phrase of this.chatPhrases.get(typed[at] ?? '') ?? []) {
        if (phrase.every((word, i) => typed[at + i] === word)) {
          inPhrase.fill(true, at, at + phrase.length);
        }
      }
    }
    return inPhrase;
  }

  /**
   * Whether the reader turns to themselves at the word at `at`, or at the
   * joining word before it ("bc im lost", "or am i trippin"). After
   * an auxiliary alone, "i" is what the question asks about ("how much water
   * should i drink"); after a question word or "if", the subject of a clause
   * of the question's ("fled when i started singing", "is it safe if i boil it").
   */
  private opensReadersOwn(
    tokens: readonly Token[],
    said: (at: number) => boolean,
    at: number,
  ): boolean {
    const own = (word: string | undefined, i: number) =>
      word !== undefined && this.readersOwn.has(word) && !said(i);
    const word = tokens[at]?.word ?? '';
    const next = tokens[at + 1]?.word;
    if (this.connectors.has(word)) {
      const subject = this.auxiliaries.has(next ?? '') ? at + 2 : at + 1;
      return own(tokens[subject]?.word, subject);
    }
    const before = tokens[at - 1]?.word ?? '';
    return own(word, at) && !this.auxiliaries.has(before) && !this.governs.has(before);
  }

  /** Whether the reader turns from the question at the word at `at`, to the bot or the chat. */
  private turnsAway(tokens: readonly Token[], at: number): boolean {
    const token = tokens[at];
    if (token === undefined) return false;
    if (this.turningWords.has(token.word) && isChatOnly(token.word)) return true;
    if (this.isStretchedChat(token.word)) return true;
    const following = tokens.slice(at).map((next) => next.word);
    return (this.chatPhrases.get(token.word) ?? []).some(
      (phrase) => phrase.some(isChatOnly) && phrase.every((word, i) => following[i] === word),
    );
  }

  /**
   * Whether what is left of the message still asks: a question word or an
   * auxiliary asks, it ends no clause half-said (a determiner without its
   * noun, "the last of the"; a joining word, "idk if u can answer this but";
   * an auxiliary or "when" without their clause), and it names the story's,
   * or two words weigh.
   */
  private stillAsks(question: string): boolean {
    // The question chat follows is the last sentence before it: in "can I
    // ask something? ngl" it is "ngl".
    const sentences = question.split(SENTENCE_END).filter((sentence) => words(sentence).length > 0);
    const typed = words(sentences.at(-1) ?? '');
    const last = typed.at(-1) ?? '';
    if (
      [this.determiners, this.connectors, this.auxiliaries, this.governs].some((set) =>
        set.has(last),
      )
    )
      return false;
    const asks = typed.some(
      (word) =>
        QUESTION_WORDS.has(word) || this.questionForms.has(word) || this.auxiliaries.has(word),
    );
    if (!asks) return false;
    const weighing = typed.filter((word) => this.weighs(word) && !QUESTION_WORDS.has(word));
    return weighing.length >= MIN_WORDS_LEFT || weighing.some((word) => this.storySays(word));
  }

  /**
   * "tyy", "plss": a chat word or filler with its last letter doubled, as
   * chat drags it out, when no English word is so spelled ("off", "inn").
   */
  private isStretchedChat(word: string): boolean {
    const length = word.length;
    if (length < 3 || word[length - 1] !== word[length - 2]) return false;
    if (COMMON_ENGLISH_WORDS.has(word)) return false;
    const plain = word.slice(0, -1);
    return STOPWORDS.has(plain) || this.chatWords.has(plain);
  }

  /** A question word, or one typed with its verb ("whats"): chat asks nothing. */
  private asks(token: Token | undefined): boolean {
    return (
      token !== undefined && (QUESTION_WORDS.has(token.word) || this.questionForms.has(token.word))
    );
  }
}
