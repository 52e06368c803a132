import { QUOTATION } from './small-talk.ts';
import { QUESTION_WORDS } from './stopwords.ts';
import { firstWordOf, quotedSpans, words } from './text.ts';

/** General English's words that open a question: see `smallTalk` in `language.json`. */
export interface QuestionOpeners {
  /** A question word typed with its verb as one ("whats", "whos"). */
  questionForms?: readonly string[];
  /** An auxiliary that opens a yes-or-no question ("is", "did", "can"). */
  questionOpeners?: readonly string[];
}

/** General English's words that join chat to what follows: see `openers.common` in `language.json`. */
export interface Connectors {
  common?: readonly string[];
}

/** A word of a message as folded, and where it stands in the text as typed. */
interface Token {
  word: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;
/** What may stand between chat and the question: punctuation, a dash, an emoji. */
const BREAK = /[^\s\p{L}\p{N}]/u;
/** How many words that weigh the question must hold, chat set aside. */
const MIN_WORDS_LEFT = 2;

/**
 * Chat a reader types before the question itself ("sorry if dumb q but who
 * is…", "okok when did…", "hey storybot, where…"). Lists of filler cannot
 * hold every reader's "alr", "idek how to word this" or name for the bot,
 * and each such word, unknown to the story, weighs against every answer as
 * a word the article never says. So the question is read from its opening
 * word on when nothing before that word is a word the story says or a
 * question word (what leads up to the question then names nothing the story
 * could answer), something before it weighs, and the question left still
 * holds two words that weigh.
 */
export class LeadingChat {
  private readonly questionForms: ReadonlySet<string>;
  private readonly auxiliaries: ReadonlySet<string>;
  private readonly connectors: ReadonlySet<string>;

  /**
   * @param english general English's question openers
   * @param connectors general English's joining words
   * @param storySays whether the story says a folded word, in any form, or a slip of one of its words
   * @param weighs whether a folded word weighs at all: neither a stopword nor chat
   */
  constructor(
    english: QuestionOpeners | undefined,
    connectors: Connectors | undefined,
    private readonly storySays: (word: string) => boolean,
    private readonly weighs: (word: string) => boolean,
  ) {
    this.questionForms = new Set(english?.questionForms ?? []);
    this.auxiliaries = new Set(english?.questionOpeners ?? []);
    this.connectors = new Set(connectors?.common ?? []);
  }
  /** Whether a folded word is a question word typed with its verb as one ("whats", "whos"). */
  isQuestionForm(word: string): boolean {
    return this.questionForms.has(word);
  }

  /**
   * The message from the last opening word only chat leads up to, or as it
   * is. Words the reader quotes are left alone: "who said 'honestly, is it
   * over'" quotes its question.
   */
  questionOf(message: string): string {
    if (QUOTATION.test(message) || quotedSpans(message).length > 0) return message;
    let start = 0;
    let previous: Token | null = null;
    for (const match of message.matchAll(TOKEN)) {
      const token = {
        word: firstWordOf(match[0]),
        start: match.index,
        end: match.index + match[0].length,
      };
      if (previous !== null && this.opensQuestion(message, previous, token)) start = token.start;
      if (this.asksOrNames(token.word)) break;
      previous = token;
    }
    // Filler alone weighs against nothing, and may be part of what is asked
    // ("by how much did…").
    if (start === 0 || !words(message.slice(0, start)).some(this.weighs)) return message;
    // "first base, second base, who's on third": a question of one word left
    // may be asking about what the words before it name.
    const question = message.slice(start);
    const weighing = words(question).filter(
      (word) => this.weighs(word) && !QUESTION_WORDS.has(word),
    );
    return weighing.length >= MIN_WORDS_LEFT ? question : message;
  }

  /**
   * A question word opens a question wherever it stands. An auxiliary does
   * only after a break or a joining word ("ok random thought but is it…",
   * "alr: did they…"): after a plain word it is mostly a statement's verb
   * ("today was rough", "the bot is broken").
   */
  private opensQuestion(message: string, previous: Token, token: Token): boolean {
    if (QUESTION_WORDS.has(token.word) || this.questionForms.has(token.word)) return true;
    if (!this.auxiliaries.has(token.word)) return false;
    return (
      this.connectors.has(previous.word) || BREAK.test(message.slice(previous.end, token.start))
    );
  }

  /** A question word, or a word of the story's: chat holds neither. */
  private asksOrNames(word: string): boolean {
    return QUESTION_WORDS.has(word) || this.questionForms.has(word) || this.storySays(word);
  }
}
