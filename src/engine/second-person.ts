/**
 * How a reader speaks to the bot: "you", "your", "this bot". No article is
 * about the bot, so a question about it ("who made you") is off-topic on
 * any story, while a request that it tell ("can you tell me…") or a "you"
 * that means anyone ("what happens if you appeal") asks about the story.
 */

import type { LanguageFile } from '../knowledge/general-schema.ts';

/** General English's words for it (`secondPerson` in `language.json`). */
type SecondPersonWords = LanguageFile['secondPerson'];

/** Reads the words of a message that speak to the bot or name it. */
export class SecondPerson {
  private readonly pronouns: ReadonlySet<string>;
  private readonly auxiliaries: ReadonlySet<string>;
  private readonly askingVerbs: ReadonlySet<string>;
  private readonly genericYou: ReadonlySet<string>;
  private readonly botNames: ReadonlySet<string>;
  private readonly determiners: ReadonlySet<string>;

  constructor(
    words: SecondPersonWords | undefined,
    private readonly stopwords: ReadonlySet<string>,
    private readonly baseOf: (word: string) => string,
  ) {
    this.pronouns = new Set(words?.pronouns);
    this.auxiliaries = new Set(words?.auxiliaries);
    this.askingVerbs = new Set(words?.askingVerbs);
    this.genericYou = new Set(words?.generic);
    this.botNames = new Set(words?.botNames);
    this.determiners = new Set(words?.determiners);
  }

  /** Whether a word speaks to the reader's listener ("you", "ur"). */
  isYou(word: string): boolean {
    return this.pronouns.has(word);
  }

  /** Whether word `at` of a message names the bot ("this bot", "the bot"). */
  namesTheBot(spelled: readonly string[], at: number): boolean {
    return this.botNames.has(spelled[at] ?? '') && this.determiners.has(spelled[at - 1] ?? '');
  }

  /**
   * Whether a message whose "you"s stand at `youAt` asks about the bot: none
   * of them only asks it to tell, and none means anyone.
   */
  asksAboutTheBot(spelled: readonly string[], youAt: readonly number[]): boolean {
    return (
      youAt.length > 0 &&
      !youAt.some(
        (at) => this.isRequestToTell(spelled, at) || this.genericYou.has(spelled[at - 1] ?? ''),
      )
    );
  }

  /**
   * Whether the "you" at word `at` only asks the bot to tell something: an
   * auxiliary just before it and a verb of telling or knowing after it,
   * stopwords and one other word between ("can you please tell", "do you
   * guys know", "are you able to tell").
   */
  private isRequestToTell(spelled: readonly string[], at: number): boolean {
    if (!this.auxiliaries.has(spelled[at - 1] ?? '')) return false;
    let between = 0;
    for (let i = at + 1; i < spelled.length; i++) {
      const word = spelled[i] ?? '';
      if (this.askingVerbs.has(word) || this.askingVerbs.has(this.baseOf(word))) return true;
      if (!this.stopwords.has(word) && ++between > 1) return false;
    }
    return false;
  }
}
