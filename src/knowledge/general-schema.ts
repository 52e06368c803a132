/**
 * Zod schema for the general English resources in `resources/english/`:
 * knowledge about the language, not about any one story, reviewed like code.
 */
import { z } from 'zod';
import type { ListedBy } from '../engine/listed-by.ts';
import type { WordVectors } from '../engine/word-vectors.ts';

const Word = z.string().regex(/^[a-z]+$/, 'must be one lowercase word');
/** A list of single words, never empty: an empty list would switch its rule off unseen. */
const WordList = z.array(Word).min(1);
const Words = z.string().regex(/^[a-z0-9]+( [a-z0-9]+)*$/, 'must be lowercase words');
const Phrase = z
  .string()
  .regex(/^[a-z0-9]+(?: [a-z0-9]+){0,2}$/, 'must be one to three lowercase words');

/** Chat phrases run longer than reader phrases: "asking for a friend". */
const ChatPhrase = z
  .string()
  .regex(/^[a-z0-9]+(?: [a-z0-9]+){0,3}$/, 'must be one to four lowercase words');

/**
 * The words of small talk's shapes, which ask nothing of any story
 * whatever words of it they share (`src/engine/small-talk.ts`).
 */
export const SmallTalkWordsSchema = z.strictObject({
  /** Question words as readers contract them ("whats", "whos"), beside "what" and "who". */
  questionForms: WordList,
  /** Auxiliaries that open a yes/no question ("is the study online", "did labour lose"). */
  questionOpeners: WordList,
  /** The reader speaking of themself ("i", "im", "my", "we"). */
  firstPerson: WordList,
  /** Verbs that make a reader's remark about the story a question ("i heard…", "i need…", "i wonder…"). */
  knowing: WordList,
  /** Greetings and farewells to the channel ("later", "see ya", "take care", "welcome back"). */
  salutations: z.array(ChatPhrase).min(1),
  /** How readers address the channel ("guys", "all", "yall", "folks", "chat"). */
  vocatives: WordList,
  /** The server's people, asked after ("anyone", "somebody", "mods"). */
  channelPeople: WordList,
  /** Being about on the server ("online", "awake", "around", "up"). */
  presence: WordList,
  /** The server itself ("server", "channel", "vc"), where the story does not use the word. */
  serverWords: WordList,
  /** News asked for with no subject ("news", "headlines", "updates", "latest"). */
  news: WordList,
  /** The reader's own day ("bed", "work", "nap", "woke", "tired", "traffic"). */
  readerDay: WordList,
  /**
   * Words naming the article itself ("article", "story", "byline"): a
   * message about the server or a request of the bot that names them
   * still asks about the story ("a timeline for our server: what dates
   * does the article give").
   */
  articleWords: WordList,
  /**
   * Verbs asking the bot to make or hand over something ("write", "give",
   * "tell", "recommend"): with something new to make ("write me a poem",
   * "tell me a joke") rather than something of the story ("give me the
   * gist"), a request no article answers.
   */
  requestVerbs: WordList,
  /** What such a request asks to be made: "a", "an", "some", "something". */
  indefinites: WordList,
  /**
   * Words that make a server word the thing spoken of ("this server", "the
   * rules channel", "what channel"), not a tag on a question ("yo server
   * question: where are the bases").
   */
  determiners: WordList,
  /**
   * Words that make a remark an opinion ("the media is biased", "voting
   * doesnt change anything", "nobody trusts the police anymore"): said
   * with no question, nothing they heard or want to know, and no word of
   * the story that is not everyday English, the reader is talking, not asking.
   */
  assertions: WordList,
  /** Words closing a remark that make it a question ("so nothing is decided yet right"). */
  questionTags: WordList,
  /**
   * The reader's weather ("weather", "rain", "freezing", "outside"): asked
   * or told of with nothing else, where the story never uses the word
   * ("what's the weather like today"), small talk; a flood report's "rain"
   * is its own.
   */
  weather: WordList,
  /**
   * Things the bot is asked to do for the reader ("remind me in 10
   * minutes", "wake me at 7", "ping me later"): no article answers them.
   */
  botActions: WordList,
  /**
   * Verbs asking for a lesson ("can someone explain long division", "teach
   * me chess"): about something no word of the story names, small talk.
   */
  lessonVerbs: WordList,
  /**
   * Asking after someone's state ("doing", "going", "holding", "things"):
   * "how's everyone doing", "how are you all", "hows it going", asked of
   * the channel and naming nothing else, small talk.
   */
  wellbeing: WordList,
  /**
   * Pronouns for people already spoken of ("he", "she", "they"): "how are
   * they doing" asks after people of the story, not the channel.
   */
  thirdPerson: WordList,
  /** Words reading "till" a time ("until", "till", "til"): "how long until the weekend" counts down. */
  until: WordList,
});

/** General English's words for small talk (`smallTalk` in `language.json`). */
export type SmallTalkWords = z.infer<typeof SmallTalkWordsSchema>;

/** `resources/english/language.json`. */
export const LanguageFileSchema = z.strictObject({
  $schema: z.string().optional(),
  /**
   * Informal news-reading English ("journo", "spill the details") mapped to
   * the plain words an article would use ("reporter", "say"). Plain words
   * the article does not use are related to its words through WordNet.
   */
  readerPhrases: z.record(Phrase, Words),
  /**
   * Words the Porter stemmer folds into an unrelated word's stem
   * ("authority" and "author"), with a stem of their own.
   */
  stemExceptions: z.record(Word, Word),
  /**
   * Discord and chat talk readers put around a question ("brb", "skimmed",
   * "asking for a friend", "real talk", "server"), not in it. A word the story
   * never uses weighs heavily against every answer, so this chatter would
   * sink a question the story answers. Each is dropped from a question only
   * where the story does not use it: an article about a server outage keeps
   * "server". So the list holds no word likely to be the point of a news
   * question, and none of the reader phrases, which mean something.
   */
  chatFiller: z.array(ChatPhrase).min(1),
  /**
   * Fixed phrases whose noun keeps none of its own sense ("in advance", "in
   * fact", "by far"): read as filler in the story's text and in questions
   * alike, so a reader's "an advance on my paycheck" does not find "they
   * agreed in advance". None a reader asks after ("in charge", "at large").
   */
  fixedPhrases: z.array(Phrase).min(1),
  /**
   * Reactions and memes a reader sends alone ("first", "agreed", "based",
   * "who asked", "im crying"): with nothing but chat and filler besides,
   * the message names no subject, whatever words of the story it shares.
   * Unlike chat they are never dropped from a question: "who came second",
   * "who asked for a recount", "is the lease still valid" ask the story.
   */
  reactions: z.array(ChatPhrase).min(1),
  /**
   * How a reader speaks to the bot itself. "you" in a question means the bot
   * ("who made you", "where do you live"), which no article is about, except
   * in a request to tell ("can you tell me…", "do you know…", "could u
   * explain…"): an auxiliary, the pronoun, then a verb of telling or
   * knowing, stopwords between them allowed ("can you please give me").
   */
  secondPerson: z.strictObject({
    /** "you", "u", "your", "ur", "yourself". */
    pronouns: WordList,
    /** "can", "could", "do", "would": what opens a request. */
    auxiliaries: WordList,
    /** "tell", "explain", "know", "think": what the bot is asked to do in a request. */
    askingVerbs: WordList,
    /** "if", "when": before "you", anyone ("what happens if you appeal"), not the bot. */
    generic: WordList,
    /** "bot", "storydesk": the bot by name, about itself after a determiner ("who built this bot"). */
    botNames: WordList,
    /** "this", "the", "your": before a bot name, the bot talked about rather than hailed ("yo bot"). */
    determiners: WordList,
  }),
  /**
   * Determiners, which open a noun phrase and so end the one before: "She
   * told the court" names no court (`named-kind.ts`), "whats the normal
   * level this time of year" asks after the level (`copular.ts`). Not the
   * lists of the same name under `secondPerson` and `smallTalk`, which
   * hold the words that make a bot name or a server word the thing spoken
   * of ("what", "any", "ur" among them).
   */
  determiners: z.strictObject({
    /** "the", "a", "this", "those", "his", "their", "our". */
    common: WordList,
    /**
     * "my", "your": determiners too, kept apart because a "what is X"
     * (`copular.ts`) still reads them as part of the thing's name, as it
     * always has ("the rate your bank charges" is headed by "charges");
     * reading them as the others would change which word heads the thing.
     */
    personal: WordList,
  }),
  /**
   * Words after "what" or "which" that ask for a time, an amount or a
   * manner, not for something named ("what day", "which part", "what kind"):
   * "which river" wants an answer naming a river, "what day" no "Day" (`named-kind.ts`).
   */
  notKinds: WordList,
  /**
   * Words a reader opens a question with that ask nothing themselves: "so
   * will the driver be fined", "ok whats the rate". Before them, a question
   * about the future (`future.ts`) and a "what is X" (`copular.ts`) are
   * still told by their first words.
   */
  openers: z.strictObject({
    /** "so", "and", "but", "ok", "then": before every question below. */
    common: WordList,
    /**
     * "like": only before a question about the future, and `whatIs` only
     * before a "what is X". The two rules were written apart and have
     * always read these so; each is likely right before the other question
     * too, a change to measure on its own, so the difference is kept here
     * rather than in two hand-written patterns.
     */
    future: WordList,
    /** "hey", "yo", "wait", "um": only before a "what is X" (see `future`). */
    whatIs: WordList,
    /**
     * "like", "yo", "hey", "ngl", "lol": before a question whether something
     * is so ("ngl is he gonna play again"), the common ones too (see `future`).
     */
    whether: WordList,
    /**
     * "um", "hey", "wait": before a "who is X" read for a slip of one of the
     * story's people's names ("um who is calum reed"; see `future`).
     */
    whoIs: WordList,
    /**
     * "wait", "hmm", "um": before a yes-or-no after whether something
     * happened before ("hmm have they struck before"; see `future`).
     */
    before: WordList,
  }),
  /**
   * Words of the reader's own clock and calendar ("today", "time", "date",
   * "year"), singular only, and folded possessives ("todays"), which are no
   * plurals: a question of nothing else ("what time is it", "whats todays
   * date") asks the present moment, which no article says, while "which
   * dates" asks the article's.
   */
  presentMoment: WordList,
  /**
   * Words pointing at the reader's own now ("tonight", "today", "rn"), never
   * a kind of fact ("date", "year"): beside no other word the story uses
   * ("who's streaming tonight"), the reader's evening, not the article's.
   */
  readersNow: WordList,
  /** Small talk's word lists: {@link SmallTalkWordsSchema}. */
  smallTalk: SmallTalkWordsSchema,
  /**
   * Words that open a clause setting a question in time or cause ("after",
   * "before", "since", "because of"): in "where did he go after he was
   * ousted" the clause says when, not what is asked (`sequel.ts`).
   */
  eventClauses: z.array(Words).min(1),
  /**
   * Words of taking a stand on a claim, one list (base forms): "agree",
   * "accept", "admit", "dispute", "reject", "deny". A reader asking whether
   * someone agreed or accepted is answered as well by their having disputed
   * or rejected it ("did the trust agree with the union": "The trust
   * disputed that account"), so each stands in for the others the story
   * says, weighing less than the word itself (`EXPANSION.stance`).
   */
  stances: WordList,
  /** Words that tell what kind of fact a sentence holds, whatever the story. */
  cues: z.strictObject({
    /** Connectives of cause and purpose: "because", "due to", "in order to". */
    reason: z.array(Words).min(1),
    /** Words that place something: "coast", "city", "province", "border". */
    place: z.array(Words).min(1),
    /** Roles and kinds of people: "minister", "spokeswoman", "rebels". */
    person: z.array(Words).min(1),
    /** Names of languages: a request to translate into one is not a question about a story. */
    languages: WordList,
    /**
     * Words that report what someone said ("said", "told", "according to",
     * "declined", "statement"): "what did the coach say" is answered by a
     * text that holds one, or a quotation.
     */
    saying: z.array(Words).min(1),
    /**
     * Words of money after a number ("dollars", "pounds", "quid"): "how much
     * did the upgrade cost" is answered by "$38 million" or "400 pounds", not
     * by "17 schools".
     */
    money: z.array(Words).min(1),
    /** Units of distance after a number ("miles", "km"): what "how far" asks for. */
    distance: z.array(Words).min(1),
    /** Words of how often ("daily", "hourly"): what "how often" asks for, as "twice a week" is. */
    frequency: z.array(Words).min(1),
    /**
     * Words by which a text says a fact is not known or was not told: "it
     * remains unclear whether", "declined to say when", "it is too early to
     * say how many", "has not said what it suspects", each form spelt out.
     * Such a sentence names what a reader asks about without telling it (`untold.ts`).
     */
    notKnown: z.array(Words).min(1),
  }),
});

/** `language.json` as validated: {@link LanguageFileSchema}. */
export type LanguageFile = z.infer<typeof LanguageFileSchema>;

/** How one word relates to others in WordNet, for its most frequent senses. */
export interface WordRelations {
  synonyms: readonly string[];
  hypernyms: readonly string[];
  hyponyms: readonly string[];
  derived: readonly string[];
}

/**
 * General English as the engine receives it: the language file, plus the
 * WordNet relations of the story's own words and of the reader phrases'
 * plain words, and nothing else of WordNet.
 */
export interface GeneralLanguage extends Omit<LanguageFile, '$schema'> {
  related: ReadonlyMap<string, WordRelations>;
  /**
   * The kinds of the story's nouns, every level up (`wordnet-kinds.txt`:
   * "rugby" is a "football", a "game", a "sport"); absent, no reader's
   * kind word reaches a member of it.
   */
  kinds?: ReadonlyMap<string, readonly string[]>;
  /**
   * Which WordNet lines list a word (`wordnet-inverse.txt`), looked up as
   * readers type words; without it, `related` is inverted at build.
   */
  listedBy?: ListedBy;
  /** Irregular verb forms and their base form, from WordNet's exception list. */
  irregularForms: ReadonlyMap<string, string>;
  /** British spellings and their American form ("neighbours" → "neighbors"), from SCOWL. */
  spellings: ReadonlyMap<string, string>;
  /**
   * WordNet's multi-word verbs ("step down", "call off") and the single
   * words of their most frequent senses ("quit resign", "cancel"), read as
   * reader phrases that weigh less than the reviewed ones.
   */
  phrasalVerbs: ReadonlyMap<string, readonly string[]>;
  /** GloVe word vectors of the most frequent words (`word-vectors.bin`); absent, no word is read by them. */
  wordVectors?: WordVectors;
}
