/**
 * The shapes of Discord small talk that ask nothing of any story, whatever
 * words of it the story happens to use: a greeting or farewell to the
 * channel ("later guys"), a check on who is about ("anyone online rn"), the
 * reader's own day ("i'm going to bed", "long day at work"), a request
 * for news with no subject ("what's the news today"), talk about the
 * server ("who pays for this server"), a request that the bot make
 * something ("write me a poem"), the reader's own how-to ("how do i report
 * someone"), a sum ("whats 2+2") and an opinion ("nobody trusts the police
 * anymore"). Each is told by the shape of the whole message, so "later
 * school start times?" or "anyone know when the election was" still ask
 * about the story.
 */

import type { SmallTalkWords } from '../knowledge/general-schema.ts';
import { WEEKDAYS } from './calendar.ts';
import { isChoiceOfOtherThings } from './choice.ts';
import { PhraseSet } from './phrases.ts';
import { QUESTION_WORDS } from './stopwords.ts';

/** How the analyzer reads a word, for the shapes below. */
export interface WordSense {
  /** A stopword, a question word, a chat word or a word of the reader's clock: nothing a story is asked about. */
  isPlain(word: string): boolean;
  /** One of the most common English words ("long", "day", "bed"). */
  isEveryday(word: string): boolean;
  /** A word the story itself uses: an article about a server outage is asked about its "server". */
  inStory(word: string): boolean;
  /** A word no dictionary holds: a name ("macron", "lyon"), or a slip of one. */
  isName(word: string): boolean;
  /** A word general English reads as a news reader's ("admin" for the administration), not chat. */
  isReaderPhrase(word: string): boolean;
}

/** The question words that rule out a bare request for news: "where did this news come from" asks the story. */
const ASKING_THE_STORY: ReadonlySet<string> = new Set([
  'who',
  'whos',
  'where',
  'wheres',
  'when',
  'whens',
  'why',
  'whys',
  'how',
  'hows',
]);

/** A figure of time: "10", "7am", "5pm". */
const CLOCK_FIGURE = /^\d{1,4}(?:am|pm)?$/;

/** The days of the week, and the weekend: what a reader asks "is it … yet" of. */
const DAYS_OF_THE_WEEK: ReadonlySet<string> = new Set([...WEEKDAYS, 'weekend']);

/** Words that put a day asked of at the reader's now: "is it friday yet". */
const BY_NOW: ReadonlySet<string> = new Set(['yet', 'already', 'now', 'today', 'tomorrow', 'rn']);

/** Digits joined by a sign of arithmetic ("2+2", "3*4"), or a lone "+1". */
const SUM = /\d\s*[+*/=^×]\s*\d|(?:^|\s)\+\d/;

/** What a thing asked for is about: "a poem about…", "an example of…". */
const ABOUT: ReadonlySet<string> = new Set(['about', 'of', 'on', 'from', 'for', 'with', 'in']);

/**
 * A command to some other bot of the server ("!rank", "?daily", "/play
 * lofi", "$balance"): a sign of command right before a word, opening the
 * message. No reader types one before a question to this bot.
 */
const BOT_COMMAND = /^[!/?$%;~.]\p{L}/u;

/** A figure as typed: "42", "6:42", "41,000", "3.5", "20%". */
const FIGURE = /^\d[\d.,:]*%?$/;

/**
 * Words that stand as a remark's subject ("this is fine", "that was
 * wild"): before "is" they make a statement, not a question ("so is it
 * over" still asks).
 */
const DEMONSTRATIVES: ReadonlySet<string> = new Set([
  'this',
  'that',
  'these',
  'those',
  'it',
  'there',
]);

/** Auxiliaries of the past: "where was everyone" asks after the story's people. */
const PAST: ReadonlySet<string> = new Set([
  'was',
  'were',
  'did',
  'had',
  'wasnt',
  'werent',
  'didnt',
]);

/** Auxiliaries a question asking what someone did opens on ("how did she explain…"). */
const AUXILIARIES: ReadonlySet<string> = new Set([
  'did',
  'does',
  'do',
  'would',
  'will',
  'has',
  'had',
]);

/** Whom a lesson is asked of or for: the reader, the channel, anyone. */
const LEARNERS: ReadonlySet<string> = new Set([
  'i',
  'me',
  'we',
  'you',
  'u',
  'ya',
  'yall',
  'one',
  'someone',
  'somebody',
  'anyone',
  'anybody',
]);

/**
 * Whether the words before a lesson verb ask what someone else explained:
 * a question word, an auxiliary, then one who is not the reader nor anyone
 * ("how did strachan explain…", "how does the firm explain…"), not a lesson
 * asked for ("how do i explain…", "can someone explain…").
 */
function asksWhatOneExplained(before: readonly string[]): boolean {
  const asked = before.findIndex((word) => QUESTION_WORDS.has(word));
  if (asked < 0 || !AUXILIARIES.has(before[asked + 1] ?? '')) return false;
  const doer = before.slice(asked + 2);
  return doer.length > 0 && !doer.some((word) => LEARNERS.has(word));
}

/** The articles that make a noun any one of its kind: "how a power plant works". */
const ANY_ONE: ReadonlySet<string> = new Set(['a', 'an']);

/** The words that ask after how things are: "how's everyone doing", "hows it going". */
const HOW: ReadonlySet<string> = new Set(['how', 'hows']);

/** What a countdown asks ("how long until…", "how many hours till…"). */
const COUNTING_DOWN: ReadonlySet<string> = new Set([...HOW, 'long', 'many', 'much']);

/** Auxiliaries a reader asks what they themselves should do by: "should i", "do we". */
const READERS_AUXILIARIES: ReadonlySet<string> = new Set(['should', 'do', 'can', 'must', 'shall']);

/** Who the reader's own habit is: "i", "we". */
const THE_READER: ReadonlySet<string> = new Set(['i', 'we']);

/** The spans a habit is counted in: "a day", "per week", "every night". */
const HABIT_SPANS: ReadonlySet<string> = new Set(['day', 'night', 'week', 'month', 'year']);

/** What a habit's amount is asked by, after "how". */
const HOW_MUCH: ReadonlySet<string> = new Set(['much', 'many', 'often']);

/** What counts a habit in each span: "a day", "per week", "every night", "each morning". */
const EACH: ReadonlySet<string> = new Set(['a', 'an', 'per', 'every', 'each']);

/**
 * "how much water should i drink a day", "how many hours a night do we
 * need": the reader asking how much of something to do in each span of
 * their own life, which no news story is written to say, whatever words of
 * it the story uses ("water", "drink"). "How many trips a day were
 * affected" asks after the story's own, and "how much should i boil the
 * water" names no span.
 */
function isReadersHabit(spelled: readonly string[]): boolean {
  const how = spelled.indexOf('how');
  if (how < 0 || !HOW_MUCH.has(spelled[how + 1] ?? '')) return false;
  const asksOwn = spelled.some(
    (word, at) =>
      at > how && READERS_AUXILIARIES.has(word) && THE_READER.has(spelled[at + 1] ?? ''),
  );
  return (
    asksOwn &&
    spelled.some((word, at) => at > how && EACH.has(word) && HABIT_SPANS.has(spelled[at + 1] ?? ''))
  );
}

/** A quotation mark: the message quotes someone's words. */
export const QUOTATION = /["“”«»]/;

/** A word list of small talk, by its name in `language.json`. */
type ListName = Exclude<keyof SmallTalkWords, 'salutations'>;

/**
 * One bit per word list: a word's lists are one number, found with one
 * lookup. The shapes ask some twenty lists about every word of a message,
 * and a lookup per list and word was a tenth of reading a long question.
 */
const LIST_BITS: Readonly<Record<ListName, number>> = {
  questionForms: 1 << 0,
  questionOpeners: 1 << 1,
  firstPerson: 1 << 2,
  knowing: 1 << 3,
  vocatives: 1 << 4,
  channelPeople: 1 << 5,
  presence: 1 << 6,
  serverWords: 1 << 7,
  news: 1 << 8,
  readerDay: 1 << 9,
  articleWords: 1 << 10,
  requestVerbs: 1 << 11,
  indefinites: 1 << 12,
  determiners: 1 << 13,
  assertions: 1 << 14,
  questionTags: 1 << 15,
  weather: 1 << 16,
  botActions: 1 << 17,
  lessonVerbs: 1 << 18,
  wellbeing: 1 << 19,
  thirdPerson: 1 << 20,
  until: 1 << 21,
};

/** Reads a message's shape: whether it is small talk and nothing else. */
export class SmallTalk {
  /** For each word of general English's lists (`smallTalk` in `language.json`), the bits of its lists. */
  private readonly listsOf: ReadonlyMap<string, number>;
  /** Greetings and farewells to the channel ("later", "see ya"). */
  private readonly salutations: PhraseSet;

  constructor(
    words: SmallTalkWords | undefined,
    private readonly baseOf: (word: string) => string,
  ) {
    const listsOf = new Map<string, number>();
    for (const [name, bit] of Object.entries(LIST_BITS) as [ListName, number][]) {
      for (const word of words?.[name] ?? []) listsOf.set(word, (listsOf.get(word) ?? 0) | bit);
    }
    this.listsOf = listsOf;
    this.salutations = new PhraseSet(words?.salutations ?? []);
  }

  /** Whether a word is on one of the lists; none is, without general English. */
  private isIn(list: Exclude<keyof SmallTalkWords, 'salutations'>, word: string): boolean {
    return ((this.listsOf.get(word) ?? 0) & LIST_BITS[list]) !== 0;
  }

  /** Whether a word is a question word run together with its verb or slipped ("whos", "wat"). */
  isQuestionForm(word: string): boolean {
    return this.isIn('questionForms', word);
  }

  /** Whether a word is an auxiliary that opens a yes-or-no question ("is", "did", "can"). */
  isQuestionOpener(word: string): boolean {
    return this.isIn('questionOpeners', word);
  }

  /**
   * Whether a message is small talk of one of the shapes above.
   *
   * @param spelled the message's words as the reader meant them
   * @param text the message as typed, for its question mark
   * @param sense how the analyzer reads its words, on this story
   */
  isSmallTalk(spelled: readonly string[], text: string, sense: WordSense): boolean {
    // Quoted words are someone else's ("more on “we never said…”"), not the reader's talk.
    if (spelled.length === 0 || QUOTATION.test(text)) return false;
    const asking = this.isQuestion(spelled, text, sense);
    const { rest, saluted } = this.withoutSalutations(spelled, sense);
    // Most shapes need a word of one list ("online", "server", "remind"):
    // the message's words are looked up once, and a shape none of whose
    // words the message holds is not read. A long question holds few, and
    // reading every shape word by word was a twentieth of asking it.
    const lists = this.listsOfWords(spelled);
    const holds = (list: ListName) => (lists & LIST_BITS[list]) !== 0;
    return (
      (!asking && this.isGreeting(rest, saluted)) ||
      (!asking && holds('firstPerson') && this.isReaderStatus(spelled, rest, sense)) ||
      (!asking && this.isReaderDay(spelled, rest)) ||
      ((holds('presence') || holds('serverWords')) && this.isPresenceCheck(spelled, rest, sense)) ||
      (holds('news') && this.isNewsRequest(spelled, rest)) ||
      (!asking && holds('assertions') && this.isOpinion(spelled, rest, sense)) ||
      (holds('serverWords') && this.isAboutTheServer(spelled, rest, sense)) ||
      (holds('requestVerbs') && this.isRequestToMake(spelled, sense)) ||
      this.isHowTo(spelled, rest, sense) ||
      isReadersHabit(spelled) ||
      this.isSum(spelled, text, sense) ||
      (holds('weather') && this.isWeather(rest, sense)) ||
      (holds('botActions') && this.isBotAction(spelled, sense)) ||
      (holds('lessonVerbs') && this.isLesson(spelled, sense)) ||
      this.isBotCommand(spelled, text) ||
      (!asking && this.isBareFigure(spelled, sense)) ||
      (!asking && this.isEverydayRemark(spelled, rest, sense)) ||
      this.isWellbeingCheck(spelled, rest) ||
      (asking && this.isReaderDayAsked(spelled, rest)) ||
      this.isEverydayWordDefined(spelled, sense) ||
      (holds('channelPeople') && this.isAboutTheChannel(spelled, rest)) ||
      (holds('until') && this.isCountdown(spelled, sense)) ||
      this.isClockCheck(spelled, sense) ||
      isChoiceOfOtherThings(spelled, sense, (word) => this.isQuestionOpener(word))
    );
  }

  /** The bits of every list any of the words is on (see {@link LIST_BITS}). */
  private listsOfWords(words: readonly string[]): number {
    let lists = 0;
    for (const word of words) lists |= this.listsOf.get(word) ?? 0;
    return lists;
  }

  /**
   * "!rank", "?daily", "/play lofi": a command to some other bot, unless
   * the word after the sign asks ("?who wrote this" is a slip of the key).
   */
  private isBotCommand(spelled: readonly string[], text: string): boolean {
    const first = spelled[0] ?? '';
    return (
      BOT_COMMAND.test(text) &&
      !QUESTION_WORDS.has(first) &&
      !this.isIn('questionForms', first) &&
      !this.isIn('questionOpeners', first)
    );
  }

  /**
   * "shut up bot", "i got a raise!!", "nice one mate": a remark naming one
   * word, and that word everyday English, asks nothing, whatever sentence
   * of the story happens to use it ("shut", "raised"). A reader asking the
   * story asks ("schools closed?"), names a word of it that is not everyday
   * English ("lease terminated") or names a subject alone ("water").
   */
  private isEverydayRemark(
    spelled: readonly string[],
    rest: readonly string[],
    sense: WordSense,
  ): boolean {
    const [word, ...more] = rest;
    // A word alone ("water", "schools") is a reader naming a subject.
    return (
      spelled.length > 1 &&
      word !== undefined &&
      more.length === 0 &&
      sense.isEveryday(word) &&
      // "tell me something about the bases", "i need the timeline" ask.
      !spelled.some(
        (w) =>
          this.isIn('articleWords', w) ||
          this.isIn('knowing', w) ||
          this.isIn('requestVerbs', w) ||
          this.isIn('lessonVerbs', w),
      )
    );
  }

  /**
   * "42", "69 nice", "100 lol": a figure alone, asking nothing, is a count,
   * a score or a joke in the channel; "41,000?" and "what happened in 2015"
   * still ask what the story's figure is.
   */
  private isBareFigure(spelled: readonly string[], sense: WordSense): boolean {
    return (
      spelled.some((word) => FIGURE.test(word)) &&
      spelled.every((word) => FIGURE.test(word) || sense.isPlain(word))
    );
  }

  /**
   * "how's everyone doing", "how are you all", "hows it going", "how's
   * life": the channel asked how it is, nothing else named. "how are they
   * doing" asks after people the story spoke of, and "how are the families
   * doing" names them.
   */
  private isWellbeingCheck(spelled: readonly string[], rest: readonly string[]): boolean {
    if (!spelled.some((word) => HOW.has(word))) return false;
    if (spelled.some((word) => this.isIn('thirdPerson', word))) return false;
    return rest.every(
      (word) =>
        this.isIn('wellbeing', word) ||
        this.isIn('vocatives', word) ||
        this.isIn('channelPeople', word),
    );
  }

  /**
   * "how long until the weekend", "how many hours till 5pm": a countdown
   * to the reader's own time, nothing else named. "how long until the
   * advisory is lifted" asks the story.
   */
  private isCountdown(spelled: readonly string[], sense: WordSense): boolean {
    const at = spelled.findIndex((word) => this.isIn('until', word));
    if (at < 0 || !spelled.slice(0, at).some((word) => HOW.has(word))) return false;
    const until = spelled.slice(at + 1);
    return (
      until.some((word) => !sense.isPlain(word)) &&
      spelled.every(
        (word, i) => i === at || COUNTING_DOWN.has(word) || this.isTimeWord(word, sense),
      )
    );
  }

  /**
   * "is it friday yet", "is it the weekend already", "is it 5pm": the reader
   * asking what day or hour it is now, whatever day the story happened on.
   * "was it friday" or "is it friday they reopen" ask the story.
   */
  private isClockCheck(spelled: readonly string[], sense: WordSense): boolean {
    if (spelled[0] !== 'is' || spelled[1] !== 'it') return false;
    const rest = spelled.slice(2);
    return (
      rest.some((word) => DAYS_OF_THE_WEEK.has(word) || CLOCK_FIGURE.test(word)) &&
      rest.every(
        (word) => DAYS_OF_THE_WEEK.has(word) || BY_NOW.has(word) || this.isTimeWord(word, sense),
      )
    );
  }

  /**
   * Whether a message's words name something of the story: a word for the
   * article itself ("byline", "article"), a word of the story's that is not
   * everyday English ("recount", "turnout"), or two words or more that are all
   * the story's ("how do i boil the water"). One everyday word the story
   * happens to use ("report", "match", "first") is no subject.
   */
  private namesTheStory(
    spelled: readonly string[],
    rest: readonly string[],
    sense: WordSense,
  ): boolean {
    if (spelled.some((word) => this.isIn('articleWords', word))) return true;
    if (rest.some((word) => sense.inStory(word) && !sense.isEveryday(word))) return true;
    return rest.length > 1 && rest.every((word) => sense.inStory(word));
  }

  /**
   * "the media is biased", "voting doesnt change anything", "nobody trusts
   * the police anymore": an opinion, said with no question, of nothing the
   * reader heard or wants to know ("i heard the mayor is resigning" asks),
   * naming no word of the story that is not everyday English ("so the
   * lease is terminated" asks).
   */
  private isOpinion(
    spelled: readonly string[],
    rest: readonly string[],
    sense: WordSense,
  ): boolean {
    if (!spelled.some((word) => this.isIn('assertions', word))) return false;
    // "so nothing is decided yet right": a remark closed by a tag asks.
    if (this.isIn('questionTags', spelled.at(-1) ?? '')) return false;
    if (
      spelled.some((word) => this.isIn('knowing', word) || this.isIn('knowing', this.baseOf(word)))
    ) {
      return false;
    }
    if (spelled.some((word) => this.isIn('articleWords', word))) return false;
    return !rest.some((word) => sense.inStory(word) && !sense.isEveryday(word));
  }

  /**
   * "who runs this server", "where's the rules channel", "how do i change
   * my nickname": the server, its channels and its people, where the story
   * never speaks of them, and nothing of the story named.
   */
  private isAboutTheServer(
    spelled: readonly string[],
    rest: readonly string[],
    sense: WordSense,
  ): boolean {
    // "admin" may be the administration, "the charity's admin" its staff.
    // The server spoken of ("this server", "the rules channel"), one word
    // between at most: "yo server question: …" only tags the question.
    const aboutServer = spelled.some(
      (word, at) =>
        this.isIn('serverWords', word) &&
        !sense.inStory(word) &&
        !sense.isReaderPhrase(word) &&
        (this.isIn('determiners', spelled[at - 1] ?? '') ||
          this.isIn('determiners', spelled[at - 2] ?? '')),
    );
    if (!aboutServer) return false;
    const named = rest.filter((word) => !this.isIn('serverWords', word));
    return !this.namesTheStory(spelled, named, sense);
  }

  /**
   * "write me a poem", "tell me a joke", "bot say something funny", "give
   * me a pickup line": the bot asked to make something new, which no
   * article holds. "give me the gist" and "give me an example of the
   * council cutting costs" ask for the story's.
   */
  private isRequestToMake(spelled: readonly string[], sense: WordSense): boolean {
    // An imperative: the verb as typed, nothing but filler, chat and the bot
    // before it ("bot say something funny", "can you write me a poem");
    // "the mayor said some people…" reports.
    const at = spelled.findIndex((word) => !sense.isPlain(word) || this.isIn('requestVerbs', word));
    if (at < 0 || !this.isIn('requestVerbs', spelled[at] ?? '')) return false;
    // The thing asked for follows the verb, after "me" or "us" at most.
    let object = at + 1;
    if (spelled[object] === 'me' || spelled[object] === 'us') object++;
    if (!this.isIn('indefinites', spelled[object] ?? '')) return false;
    if (spelled.some((word) => this.isIn('articleWords', word))) return false;
    // What the thing is about ("an example of the council cutting…", "a poem
    // about the flood") may be the story's; the thing itself ("a pickup
    // line") is new, whatever words of the story it shares.
    const about = spelled.findIndex((word, i) => i > object && ABOUT.has(word));
    return (
      about < 0 ||
      !spelled.slice(about + 1).some((word) => !sense.isPlain(word) && sense.inStory(word))
    );
  }

  /**
   * "how do i report someone", "how can i get better at chess", "how to
   * fix my wifi": the reader asking how to do something of their own,
   * naming nothing of the story.
   */
  private isHowTo(spelled: readonly string[], rest: readonly string[], sense: WordSense): boolean {
    const at = spelled.indexOf('how');
    if (at < 0) return false;
    const next = spelled[at + 1];
    const reader =
      next === 'to' ||
      (next !== undefined && this.isIn('questionOpeners', next) && spelled[at + 2] === 'i');
    return reader && !this.namesTheStory(spelled, rest, sense);
  }

  /**
   * "what's the weather like today", "so cold outside rn", "is it gonna
   * rain": the reader's weather and nothing else, in words the story never
   * uses. A flood report's "rain" or a weather satellite's "weather" is the
   * story's own.
   */
  private isWeather(rest: readonly string[], sense: WordSense): boolean {
    const readersWeather = (word: string) => this.isIn('weather', word) && !sense.inStory(word);
    return (
      rest.some(readersWeather) &&
      rest.every(
        (word) =>
          readersWeather(word) || this.isIn('readerDay', word) || this.isIn('vocatives', word),
      )
    );
  }

  /**
   * "remind me in 10 minutes", "can you wake me at 7am", "ping me later":
   * the bot asked to do something for the reader at a time, nothing else
   * named. "remind me what the mayor said" asks the story.
   */
  private isBotAction(spelled: readonly string[], sense: WordSense): boolean {
    const at = spelled.findIndex((word) => this.isIn('botActions', word));
    if (at < 0 || (spelled[at + 1] !== 'me' && spelled[at + 1] !== 'us')) return false;
    // Only filler, chat and the bot before the verb ("pls", "can you", "bot").
    if (!spelled.slice(0, at).every((word) => sense.isPlain(word))) return false;
    // After it, only a time: "in 10 minutes", "at 7am", "tomorrow", "later".
    return spelled.slice(at + 2).every((word) => this.isTimeWord(word, sense));
  }

  /** A word of the reader's clock, plain or plural ("minutes"), a figure of time ("10", "7am"), or filler. */
  private isTimeWord(word: string, sense: WordSense): boolean {
    return (
      sense.isPlain(word) ||
      sense.isPlain(word.replace(/s$/, '')) ||
      CLOCK_FIGURE.test(word) ||
      this.isIn('readerDay', word)
    );
  }

  /**
   * "can someone explain long division", "teach me chess": a lesson asked
   * for about something the story names nothing of. "explain the fare cap"
   * or "can someone explain what happened" (a question word after the verb)
   * ask the story; "explain how a power plant generates electricity" (the
   * question word before "a" or "an", any one of a kind) asks a lesson still.
   */
  private isLesson(spelled: readonly string[], sense: WordSense): boolean {
    const at = spelled.findIndex((word) => this.isIn('lessonVerbs', word));
    if (at < 0) return false;
    if (asksWhatOneExplained(spelled.slice(0, at))) return false;
    const after = spelled.slice(at + 1);
    if (
      after.some(
        (word, i) =>
          (QUESTION_WORDS.has(word) || this.isIn('questionForms', word)) &&
          !ANY_ONE.has(after[i + 1] ?? ''),
      )
    ) {
      return false;
    }
    const subject = after.filter((word) => !sense.isPlain(word));
    return (
      subject.length > 0 &&
      subject.some((word) => !sense.inStory(word)) &&
      !this.namesTheStory(spelled, subject, sense)
    );
  }

  /** "whats 2+2", "+1": a sum to work out or a vote, no word of anything. */
  private isSum(spelled: readonly string[], text: string, sense: WordSense): boolean {
    return SUM.test(text) && spelled.every((word) => sense.isPlain(word) || /^\d+$/.test(word));
  }

  /**
   * Whether a message asks: a question mark, a question word ("whats"
   * included) or an auxiliary opening it ("is the study online").
   */
  private isQuestion(spelled: readonly string[], text: string, sense: WordSense): boolean {
    if (text.includes('?')) return true;
    if (spelled.some((word) => QUESTION_WORDS.has(word) || this.isIn('questionForms', word))) {
      return true;
    }
    const first = spelled.find(
      (word) => !this.isIn('vocatives', word) && !this.isInterjection(word, sense),
    );
    return first !== undefined && this.isIn('questionOpeners', first);
  }

  /**
   * Where a message opening on the reader ("i need…", "ok so i really want…",
   * "i heard…") says what the reader wants, knows or heard: the position of
   * that verb (general English's `knowing`), or -1. The verb tells of the
   * reader, not of the story, whatever sentence of it happens to use the
   * word ("would need planning permission"). A question asking whether the
   * reader must do something ("do i need to boil water") opens on its
   * auxiliary, not on the reader, and is not read so.
   */
  readersOwnVerbAt(spelled: readonly string[], sense: WordSense): number {
    const reader = spelled.findIndex((word) => !this.isInterjection(word, sense));
    if (
      reader < 0 ||
      !this.isIn('firstPerson', spelled[reader] ?? '') ||
      spelled[reader] === 'my'
    ) {
      return -1;
    }
    for (let at = reader + 1; at < spelled.length; at++) {
      const word = spelled[at] ?? '';
      if (this.isIn('knowing', word) || this.isIn('knowing', this.baseOf(word))) return at;
      // "i really need": a plain word between the reader and their verb.
      if (!this.isInterjection(word, sense)) return -1;
    }
    return -1;
  }

  /** "ok", "wait", "so", "lol" before a question: stopwords that are neither openers nor pronouns. */
  private isInterjection(word: string, sense: WordSense): boolean {
    return (
      sense.isPlain(word) &&
      !this.isIn('questionOpeners', word) &&
      !this.isIn('firstPerson', word) &&
      !this.isIn('thirdPerson', word) &&
      !DEMONSTRATIVES.has(word) &&
      !this.isIn('channelPeople', word) &&
      !QUESTION_WORDS.has(word) &&
      !this.isIn('questionForms', word)
    );
  }

  /**
   * The message's words that name something, salutations ("later", "see
   * ya", "take care") taken out, and whether there was one.
   */
  private withoutSalutations(
    spelled: readonly string[],
    sense: WordSense,
  ): { rest: string[]; saluted: boolean } {
    const { outside, found } = this.salutations.split(spelled);
    return { rest: outside.filter((word) => !sense.isPlain(word)), saluted: found > 0 };
  }

  /** "later guys", "night night", "take care yall", "hey people": a salutation to the channel, nothing else. */
  private isGreeting(rest: readonly string[], saluted: boolean): boolean {
    return saluted && rest.every((word) => this.isIn('vocatives', word));
  }

  /**
   * "i'm going to bed", "i have an exam tomorrow", "my internet is so
   * slow": the reader telling of themself in everyday words, or of their
   * own things ("my rent went up again"), asking nothing and saying nothing
   * they heard or want to know ("i heard the mayor resigned", "i need the
   * byline").
   */
  private isReaderStatus(
    spelled: readonly string[],
    rest: readonly string[],
    sense: WordSense,
  ): boolean {
    if (!spelled.some((word) => this.isIn('firstPerson', word))) return false;
    if (
      spelled.some((word) => this.isIn('knowing', word) || this.isIn('knowing', this.baseOf(word)))
    ) {
      return false;
    }
    if (spelled.some((word) => this.isIn('articleWords', word))) return false;
    // "my school is closed for snow", "ugh my boss got fired": opening on
    // "my", the reader's own thing is what the remark is about, whatever
    // English words of the story it uses; "my uncle says <a name of the
    // story> fled…" names the story's people.
    const opening = spelled.find((word) => !this.isInterjection(word, sense));
    if (opening === 'my' && !rest.some((word) => sense.isName(word))) return true;
    return rest.every((word) => sense.isEveryday(word) || this.isIn('readerDay', word));
  }

  /**
   * "long day at work", "just woke up", "brb making tea": a remark of
   * nothing but the words of the reader's own day.
   */
  private isReaderDay(spelled: readonly string[], rest: readonly string[]): boolean {
    const ofTheDay = (word: string) =>
      this.isIn('readerDay', word) || this.isIn('readerDay', this.baseOf(word));
    // A word alone ("sleep", "work") is a reader naming a subject, not telling of their day.
    return (
      spelled.length > 1 &&
      rest.some(ofTheDay) &&
      rest.every((word) => ofTheDay(word) || this.isIn('vocatives', word))
    );
  }

  /**
   * "whats for lunch", "any plans for the weekend", "what should i eat for
   * dinner": the channel asked what the reader's own day holds, each word
   * one of that day's, the last of them the time or meal it is "for". A
   * question on the story names more than the day ("is school closed for
   * the week", "what about lunch for the kids" name the story's people or
   * deeds), which is why an asked reader's day must close on its "for",
   * and speak of no one else ("what did he do for work").
   */
  private isReaderDayAsked(spelled: readonly string[], rest: readonly string[]): boolean {
    const at = spelled.lastIndexOf('for');
    const last = rest.at(-1);
    if (at < 0 || last === undefined || spelled.lastIndexOf(last) <= at) return false;
    // "what did he do for work" asks after the story's people.
    if (spelled.some((word) => this.isIn('thirdPerson', word))) return false;
    const between = spelled.slice(at + 1, spelled.lastIndexOf(last));
    return (
      between.every((word) => this.isIn('determiners', word)) && this.isReaderDay(spelled, rest)
    );
  }

  /**
   * "what is love", "what is a briefcase": an everyday English word asked
   * to be defined, bare, which no news story is written to say. A word of
   * the story's own subject ("what is furlough", "whats NASH") or a name
   * ("what's kelsby") asks what the article means by it; "what is the
   * offer" asks after the story's own thing.
   */
  private isEverydayWordDefined(spelled: readonly string[], sense: WordSense): boolean {
    // Chat before it ("ok so what is love") is no part of what is asked.
    const opens = spelled.findIndex((word) => !this.isInterjection(word, sense));
    const [asks, ...after] = opens < 0 ? [] : spelled.slice(opens);
    if (asks !== 'what' && asks !== 'whats' && asks !== 'wat') return false;
    const defined = after.filter((word) => word !== 'is' && word !== 'a' && word !== 'an');
    if (asks !== 'whats' && after[0] !== 'is') return false;
    const [word] = defined;
    return (
      defined.length === 1 &&
      word !== undefined &&
      !sense.isPlain(word) &&
      sense.isEveryday(word) &&
      !this.isIn('articleWords', word)
    );
  }

  /**
   * "is anyone awake", "which mods are online rn", "who is still up", "how
   * many people are in this server": who is about on the server, asked of
   * its people or about the server itself. "anyone know when the election
   * was" asks more.
   */
  private isPresenceCheck(
    spelled: readonly string[],
    rest: readonly string[],
    sense: WordSense,
  ): boolean {
    // "how much did he nick": a news reader's word ("nicked") is a nickname
    // only as one's own ("whats my nick").
    const aboutServer = spelled.some(
      (word, at) =>
        this.isIn('serverWords', word) &&
        !sense.inStory(word) &&
        (!sense.isReaderPhrase(word) || this.isIn('determiners', spelled[at - 1] ?? '')),
    );
    const present = spelled.some((word) => this.isIn('presence', word));
    if (!aboutServer && !present) return false;
    const subject =
      aboutServer ||
      spelled.some((word) => this.isIn('channelPeople', word)) ||
      this.asksWhoIs(spelled);
    return (
      subject &&
      rest.every(
        (word) =>
          this.isIn('presence', word) ||
          this.isIn('channelPeople', word) ||
          this.isIn('vocatives', word) ||
          this.isIn('serverWords', word),
      )
    );
  }

  /**
   * "where is everyone from", "what is everyone up to": the channel's
   * people asked after now, nothing else named. "where is everyone
   * staying" names more.
   */
  private isAboutTheChannel(spelled: readonly string[], rest: readonly string[]): boolean {
    // "was everyone ok", "did anyone get out" ask after the story's people;
    // "is everyone ok" may too, where no question word asks the channel.
    const asksNow =
      spelled.some((word) => QUESTION_WORDS.has(word) || this.isIn('questionForms', word)) &&
      !spelled.some((word) => PAST.has(word));
    return (
      asksNow &&
      rest.length > 0 &&
      rest.some((word) => this.isIn('channelPeople', word)) &&
      rest.every(
        (word) =>
          this.isIn('channelPeople', word) ||
          this.isIn('vocatives', word) ||
          this.isIn('presence', word),
      )
    );
  }

  /**
   * "who is", "who all is", "who's around" (read as "who around"): who is
   * about now, not who was ("who was awake" asks the story).
   */
  private asksWhoIs(spelled: readonly string[]): boolean {
    const at = spelled.findIndex((word) => word === 'who' || word === 'whos');
    if (at < 0) return false;
    if (spelled[at] === 'whos') return true;
    const next = spelled[at + 1] === 'all' ? spelled[at + 2] : spelled[at + 1];
    return next === 'is' || next === 'are' || (next !== undefined && this.isIn('presence', next));
  }

  /**
   * "what's the news today", "any updates?", "give me the latest news":
   * news asked for with no subject. "where did this news come from" asks
   * about the story's.
   */
  private isNewsRequest(spelled: readonly string[], rest: readonly string[]): boolean {
    if (spelled.some((word) => ASKING_THE_STORY.has(word))) return false;
    return (
      rest.some((word) => this.isIn('news', word)) &&
      rest.every((word) => this.isIn('news', word) || this.isIn('vocatives', word))
    );
  }
}
