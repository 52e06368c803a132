import type { KnowledgeBase } from '../knowledge/schema.ts';
import { TITLE_ABBREVIATIONS } from './abbreviations.ts';
import { BoundedMemo } from './bounded-memo.ts';
import {
  capitalisedAlternatives,
  MONTH_SOURCE,
  MONTHS,
  SEASON_DATE_SOURCE,
  WEEKDAYS,
  YEAR_SOURCE as YEAR,
} from './calendar.ts';
import { type Counting, namedInEachItem, readCounting } from './counted.ts';
import { CURRENCY_SIGN } from './currency.ts';
import { NUMBER_WORDS, SCALE_WORDS, SPELLED_NUMBERS } from './figures.ts';
import { ONCE_EVENT_SOURCE } from './once-event.ts';
import { placeNounsIn } from './place-noun.ts';
import { ROLE_NOUNS } from './role-nouns.ts';
import { QUOTATION } from './small-talk.ts';
import { SPEECH_VERBS } from './speech-verbs.ts';
import { alternation, foldText, words } from './text.ts';

/** The kind of fact a question asks for, when its wording says so. */
/** The needs {@link AnswerTypes.canAnswer} tells by one pattern in the folded text. */
type FoldedNeed = Exclude<AnswerNeed, 'translation' | 'full-name' | 'place' | 'person' | 'reason'>;

export type AnswerNeed =
  | 'translation'
  | 'date'
  | 'exact-date'
  | 'time-of-day'
  | 'weekday'
  | 'tally'
  | 'duration'
  | 'quantity'
  | 'age'
  | 'percentage'
  | 'times'
  | 'frequency'
  | 'distance'
  | 'money'
  | 'reason'
  | 'full-name'
  | 'place'
  | 'person';

/**
 * Needs told from a sentence's shape (a name after "in", a role word) more
 * loosely than a date or a number is: a curated answer was written for its
 * questions and is trusted to meet them, so only the article's own
 * sentences, and who's-who cards, are held to these.
 */
export const SENTENCE_NEEDS: ReadonlySet<AnswerNeed> = new Set(['place', 'person']);

/**
 * Needs told by an exact pattern that a text either holds or does not: a
 * weekday, a tally, "twice", "7%", "3pm", "aged 61", "11 miles", "every
 * week". An answer without it is surely not what was asked, and the
 * sentence saying what the question is about without it often holds more of
 * the question's words than the one holding it ("the upgrade had been
 * delayed by…" against "the work was postponed twice"): failing one weighs
 * twice. Not a date, a span, a sum or a count, which readers ask of things
 * the article leaves open, where a sentence near the subject is the better
 * suggestion (measured 2026-12-03: abstention on questions the article does
 * not answer fell with them).
 */
export const PRECISE_NEEDS: ReadonlySet<AnswerNeed> = new Set([
  'exact-date',
  'time-of-day',
  'weekday',
  'tally',
  'times',
  'percentage',
  'age',
  'distance',
  'frequency',
]);

/**
 * Words that tell what kind of fact a text holds, from general English
 * (`resources/english/language.json`) and the story's own lexicon.
 */
export interface AnswerCues {
  /** Connectives of cause and purpose ("because", "in order to"). */
  reason: readonly string[];
  /** Words that place something ("coast", "province", "briefing"). */
  place: readonly string[];
  /** Roles and kinds of people ("minister", "rebels", "she"). */
  person: readonly string[];
  /** Language names: "what is thank you in <language>" asks for a translation. */
  languages: readonly string[];
  /**
   * Words that report what someone said ("said", "told", "according to"):
   * "what did the coach say" wants a text holding one, or a quotation.
   */
  saying?: readonly string[];
  /**
   * Names of the story's people and groups, as written ("Bill Ostrander",
   * "Ostrander", "Red Cross"). When given, they tell a person in a text
   * instead of any two capitalised words, which are as often a place
   * ("Harlow Falls schools will be closed").
   */
  names?: readonly string[];
  /**
   * The WordNet kinds of the story's nouns (`kb.general.kinds`): a noun of
   * place after a preposition of place ("at his home") places as a name does.
   */
  kinds?: ReadonlyMap<string, readonly string[]>;
  /** Words of money after a number ("dollars", "quid"): what "how much did it cost" asks for. */
  money?: readonly string[];
  /** Units of distance after a number ("miles", "km"): what "how far" asks for. */
  distance?: readonly string[];
  /** Words of how often ("daily", "hourly"): what "how often" asks for. */
  frequency?: readonly string[];
}

// "When" asks for a date at the start or before a verb ("when did…"), not as a
// conjunction ("did the army help when rebels advanced"). So does "what's the
// date of…", "what is the new date for…", "what's the exact date…": the date
// asked is the point, not any sentence sharing the reader's other words.
const ASKS_FOR_DATE =
  /^\W*when\b|\bwhen (?:did|was|were|is|are|does|do|will|had|has|have|could|would|exactly)\b|\bwhat (?:exact |precise |specific )?(?:days?|dates?|year|month|time)\b|\bwhich (?:exact |precise |specific )?(?:days?|dates?|year|month)\b|\bsince when\b|\bwhat(?:'s|s| is| was| will be| are| were)? the (?:exact |precise |specific |actual |new |final |original )?dates?\b/;
// "Ok and the full report, when's that dropping": "when's" is "when is" or
// "when has", never the conjunction, wherever it stands; folding drops its
// "'s", so it is read before.
const WHEN_IS = /\bwhen['’]s\b/i;
// "What time did it lift off", "at what time was it declared", "ko time?": a time
// of day, which a date alone does not give ("due on April 24" says no hour). Not
// "what time of year", nor "what time frame".
const ASKS_FOR_TIME_OF_DAY =
  /\b(?:what|which) (?:exact |precise |specific )?time\b(?! (?:of (?:the )?(?:year|month|season)|frames?|scale|span|line|limit|period|zone)\b)|\bwhat hour\b|\b(?:ko|kick off|kickoff) time\b/;
// "What day of the week was the vote": a weekday, which a date in the month
// ("due on April 24") does not give.
const ASKS_FOR_WEEKDAY = /\b(?:what|which) (?:day of the week|weekday)\b/;
// "What was the vote", "whats the final score", "what was the half time
// score", "vote split?", "how did the committee vote": how a count came out,
// two tallies side by side ("voted 6-1", "a 24-22 victory"), not any sentence
// of the game or the vote ("Brell voted to keep the rate"). Not "what did the
// pupils score", "what was the vote about" or "how did Brell vote". "Was it
// unanimous" asks how the count came out too: a split ("two to one") answers it.
const ASKS_FOR_TALLY =
  /\bunanimous(?:ly)?\b|\bscore ?line\b|\b(?:final|half ?time|full ?time|half-time|full-time) score\b|(?:^\W*|\bwhat(?:'s|s| was| were| is)?\s+(?:the\s+|its\s+|their\s+)?)(?:final\s+|full\s+|actual\s+|exact\s+)?(?:vote|votes|score|scoreline|tally|margin|split)(?:\s+(?:split|count|tally|breakdown))?\W*$|\bwhat(?:s|'s| was| is| were)? (?:the )?score\b|\bhow did the (?:\w+\s+){1,2}vote\W*$|\bhow did the vote go\b/;
/** A small number, in digits or as reporters spell it out. */
const SMALL_NUMBER = `(?:\\d{1,3}|${SPELLED_NUMBERS.join('|')})`;
/**
 * How a count came out: "24-22", "a 15–9 defeat", "voted 6-1", "by two
 * votes to one", "by 412 votes", "unanimously".
 */
const HAS_TALLY = new RegExp(
  `\\b\\d{1,3}\\s*[-–]\\s*\\d{1,3}\\b|\\b${SMALL_NUMBER}\\s+(?:votes?\\s+)?to\\s+${SMALL_NUMBER}\\b|\\b\\d[\\d,]*\\s+votes\\b|\\bunanimous(?:ly)?\\b`,
);
/**
 * "How fast" asked of a motion ("how fast was the train going", "how fast
 * was the wind blowing"): a speed, not a span.
 */
const FAST_OF_A_MOTION =
  '(?:\\s+\\S+){0,5}?\\s+(?:go|goes|going|went|gone|travel|travels|travelling|traveling|travelled|traveled|move|moves|moving|moved|blow|blows|blowing|blew|run|runs|running|ran|drive|drives|driving|drove|fly|flies|flying|flew|spin|spins|spinning|slide|slides|sliding|slid|spread|spreads|spreading|flow|flows|flowing|sink|sinking|sank|speed|speeding|sped|rotate|rotating|drift|drifting|drifted)\\b';
/**
 * "How fast" asked of a deed ("how fast did they confirm it", "how fast
 * could they get it done"): the span it took or takes, as "how quickly".
 */
const HOW_FAST_A_DEED = `how fast\\b(?!${FAST_OF_A_MOTION})`;
// "How quickly did they report it", "how soon will it reopen": the span it took or takes.
const ASKS_FOR_DURATION = new RegExp(`\\bhow (?:long|quickly|soon)\\b|\\b${HOW_FAST_A_DEED}`);
// "How old is the plant" is answered by "built in 1978" or "a 44-year-old", not by any sentence naming it.
const ASKS_FOR_AGE = /\bhow old\b|\b(?:what|which) age\b/;
// "When exactly…" or "on what date…" is not answered by "recently" or "late January".
const ASKS_FOR_EXACT_DATE =
  /\b(?:exact|exactly|precise|precisely|specific|specifically)\b|\b(?:what|which) (?:day|date)\b|\bon what date\b/;
// "How long has the army been there" is answered by "since 2015"; "recently" spans nothing.
// "What's inflation running at", "what is unemployment standing at now": a
// level, which only a number gives; not "who was standing at the door". "What's
// the phone number for the helpline" and "what were the payments worth" ask a
// figure too (not "what did she say isn't worth it", nor "what's beyoncé's net worth",
// chat whose "'s" folding drops).
const ASKS_FOR_QUANTITY =
  /\bhow (?:many|much|big|large|often)\b|\bwhat (?:number|amount|size)\b|\b(?:tele)?phone number\b|\bwhat (?:is|was|are|were) (?:\S+ ){1,4}?worth\b(?! it\b)|\bwhat(?:s| was| is| were| are)? (?:\S+ ){0,2}?(?:profit|profits|earnings|income|salary|salaries|wage|wages)\b|\bwhat\b.*\b(?:running|standing|sitting|stands|sits|stood) at(?: (?:right )?now| currently| the moment| present)?\W*$/;
/**
 * "The cost of the repairs", "what did they pay": a word of paying or its
 * price names a sum asked for. Not when the question asks why ("why did
 * costs go up", "why does the builder have to pay for it"), which a cause
 * answers, nor in a yes-or-no ("has the band been paid", "will he pay the
 * money back"): that asks whether it was paid, which a sentence answers
 * with no sum ("had not yet been paid"); "how much" asks the sum there too.
 */
const ASKS_SUM_BY_ITS_WORD = /\b(?:cost|price|costs|paid|pay)\b/;
const ASKS_WHY = /\bwhy\b|\bhow come\b/;
/** A question opening on its auxiliary, past a reader's "so", "ok", "and" or "but": a yes-or-no. */
const OPENS_YES_OR_NO =
  /^\W*(?:(?:so|ok|okay|and|but)\s+)?(?:is|are|was|were|did|does|do|has|have|had|will|would|can|could|should|isnt|arent|wasnt|werent|didnt|doesnt|dont|hasnt|havent|wont|cant)\b/;
// "How many times was the upgrade delayed": how many times something happened
// ("postponed twice", "the third increase"), not any number.
const ASKS_FOR_TIMES = /\bhow many times\b/;
// "How often does the ferry run": "six times a day", "hourly", "every week".
const ASKS_FOR_FREQUENCY = /\bhow (?:often|frequently)\b/;
// "How far is the island from the coast", "how far apart are the samples taken";
// a depth, a height or a width is a length too: "how deep is the wreck
// sitting" of "in about 55 metres of water", "how wide an area did they
// cordon off" of "an 800-metre exclusion zone". Not "how deep in debt".
const ASKS_FOR_DISTANCE = /\bhow far\b|\bwhat distance\b|\bhow (?:deep|tall|wide)\b(?! in\b)/;
// "How much did the upgrade cost", "how much has the baker spent", "what did it cost",
// "what was their profit in 2023": an
// amount of money. Not "was he paid or a volunteer", nor "how did Price say it".
const ASKS_HOW_MUCH =
  /\bhow much\b|\bwhat (?:\S+ ){0,4}?(?:cost|costs|price|fee|fare|budget|salary|salaries|wage|wages|profit|profits|revenue|revenues|earnings|income|worth)\b/;
// "Cost", "price", "fee", "profit": words for the sum itself, which any sum of the thing
// answers. "Spent", "paid" or "earn" ask for one too, but name an act the answer must tell.
const MONEY_SUM_WORDS =
  'cost|costs|costing|price|prices|priced|worth|fee|fees|fare|fares|budget|salary|salaries|wage|wages|profit|profits|earnings|income';
// "How much cash did the trust splash on temp staff", "how much money does the valley lose":
// the reader's own word for money asks a sum, as "cost" does.
const MONEY_NOUNS = 'money|cash|dosh|dough|funds|funding';
const ASKS_FOR_MONEY = new RegExp(
  `\\b(?:${MONEY_SUM_WORDS}|${MONEY_NOUNS}|paid|pay|pays|paying|spend|spends|spending|spent|earn|earns|earning|earned|charge|charges|charging|charged|owe|owes|owed|fine|fined|fines)\\b`,
);
// "How much are fares going up", "how much more do they pay": a change, which a
// share says as well as a sum ("by 12 percent").
const ASKS_FOR_CHANGE =
  /\b(?:more|less|up|down|rise|rises|rising|rose|risen|fall|falls|falling|fell|fallen|drop|drops|dropped|increase|increased|decrease|decreased|reduce|reduced|reduces|reduction|cut|cuts|raise|raised|hike|hiked|climb|climbed|jump|jumped|grow|grew|grown|change|changed|go|goes|going|went)\b/;
// "What % did she get", "labour % share?", "what percentage…": a share, not any number.
// "What share of costs is fuel", "what proportion of pupils": a part of a whole.
const ASKS_FOR_PERCENTAGE =
  /%|\bper ?cent(?:age)?\b|\b(?:what|which) (?:share|proportion|fraction|portion)\b/;
// A part of a whole: "41%", "60 percent", "roughly a third", "one in eight".
const HAS_PERCENTAGE =
  /\d ?%|\bper ?cent\b|\b(?:a|one|two) (?:half|third|quarter|fifth|tenth|thirds|quarters|fifths)\b|\b(?:one|\d+) in (?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+teen|twenty|a hundred)\b/;

// "What did the coach say", "what was her comment", "did the mayor say anything", "does the
// minister think the offer is fair": what
// someone said, which only a text reporting speech (or quoting it) can tell. How someone
// reacted or what something means may be told by what they did ("the council had to adapt").
const ASKS_WHAT_WAS_SAID =
  /\bwhat (?:did|does|do|has|have|had|was|were|is|are|will|would) ((?:\S+ ){1,7}?)(?:say|said|saying|tell|told|telling|reply|replied|comment|commented|think|thought|talk|talked|speak|spoke|discuss|discussed)\b|\b(?:what|whats|what's) (?:\S+ ){0,4}?(?:comment|comments|statement)\b|\bdid ((?:\S+ ){1,5}?)(?:say anything|comment)\b|\b(?:does|do|did) ((?:\S+ ){1,5}?)(?:think|believe|reckon|feel)\b/;

/** Verbs of saying that take a topic after "about": "say about", "talking about". */
export const SAYING_ABOUT_VERBS =
  'say|says|said|saying|talk|talks|talked|talking|comment|commented|speak|spoke';

/** "What did X say about <a topic>", the topic after "about" captured apart: not what is asked. */
const SAID_ABOUT_TOPIC = new RegExp(
  `\\b((?:${SAYING_ABOUT_VERBS}|think|thinks|thought|tell|told) about)\\s+(?!(?:why|when|where|how|who|what|which|whether)\\b).*$`,
);

/**
 * "Who said the pressure to pay is enormous", "who called it a waste of
 * money": a question opening on who said something asks for a person; what
 * follows is what was said, whose words ("pay", "money") ask no sum. The
 * verbs are those news writing introduces speech by (`SPEECH_VERBS`), and
 * readers' own ("reckons", "complained").
 */
const ASKS_WHO_SAID = new RegExp(
  `^\\W*(?:(?:so|and|but|ok|okay|then) )?who (?:${SAYING_ABOUT_VERBS}|${SPEECH_VERBS}|called|calls|admitted|admits|reckons|reckoned|complained|compared|mentioned)\\b`,
);

// A story holds no translations: "how do you say thank you in french" is not about it.
const ASKS_HOW_TO_SAY =
  /\bhow (?:do|would|can|to) (?:you |i |we )?(?:say|spell|pronounce|write)\b|\btranslat/u;

/** A title written before a name ("Mr", "Dr", "Councillor", "Inspector"): no one's given name. */
function isTitle(word: string): boolean {
  return TITLE_ABBREVIATIONS.has(word) || word === 'Miss' || ROLE_NOUNS.has(word.toLowerCase());
}

const ASKS_FOR_FULL_NAME = /\b(?:first|full|last|given|family) name\b|\bsurname\b/;
// Two capitalised words in a row, "al-" allowed between: "Maria Petrova", "Hassan al-Amin".
const HAS_FULL_NAME = /\p{Lu}\p{Ll}+[ -](?:al-)?\p{Lu}\p{Ll}+/u;
/** {@link HAS_FULL_NAME}, for every match, overlapping: "President Hassan al-Amin" holds two. */
const FULL_NAMES = new RegExp(`(?=(${HAS_FULL_NAME.source}))`, 'gu');

// "What caused it", and with a word of the reader's between: "what actually
// caused it", "what exactly led to the delay". "What did he die of/from" asks
// the cause of a death, not when it came; the name asked about is blanked out
// before the need is read ("what did     die from"), so the words may stand
// several spaces apart.
const ASKS_FOR_REASON =
  /\bwhy\b|\bhow come\b|\bwhat (?:for|reasons?)\b|\bwhat (?:\w+ )?(?:caused|led to)\b|\bfor what reasons?\b|\bpurpose\b|\bwhat\s+(?:did|does|do|has|have|had)\s+(?:\S+\s+){0,4}?die\s+(?:from|of)\b/;

// "Where…" at the start or before a verb, "whereabouts", "in which city…".
const ASKS_FOR_PLACE =
  /^\W*where\b|\bwhere (?:is|are|was|were|did|does|do|will|would|can|could|has|have|had|exactly)\b|\bwhereabouts\b|\b(?:what|which) (?:country|countries|city|cities|town|place|places|region|location|province|area)\b/;
// "Where is this story from", "where was it published": the article's origin.
const ASKS_WHERE_PUBLISHED =
  /\bwhere\b.*\b(?:published|publish|printed|posted|appear|appeared|run|ran)\b|\bwhere (?:is|was|does|did) (?:this|it|the (?:article|story|piece|report|news))(?: (?:article|story|piece|report|news))? (?:come )?from\b/;
// "Who…", "whose…", "which official…", "which guy said…": a person or a role,
// not a date or a place. Readers name a person with everyday words as often as
// with "person".
const ASKS_FOR_PERSON =
  /^\W*(?:(?:so|and|but|ok|okay|then) )?(?:who|whose|whom)\b|\bwho (?:is|are|was|were|did|does|do|will|would|said|says|made|wrote|runs|leads|met|visited|granted|took|controls)\b|\b(?:which|what) (?:person|people|official|officials|leader|leaders|minister|spokesperson|group|guy|guys|bloke|blokes|man|men|woman|women|lady|ladies|dude|fella|chap)\b/;

const WEEKDAY = `(?:${WEEKDAYS.join('|')})`;
/** Capitalised month and day names: they name no place. */
const MONTH_OR_DAY = `(?:${capitalisedAlternatives([...MONTHS, ...WEEKDAYS])})`;
/**
 * A name after a preposition or a verb of place ("in Lyon", "fled to Dover",
 * "visited Oslo", "on the Rhine"), the name captured.
 */
const PLACE_NAME_SOURCE = `\\b(?:in|at|near|from|to|into|across|outside|inside|towards|toward|off|on|via|visited|visiting|reached|entered|left) (?:the )?(?!${MONTH_OR_DAY}\\b)(\\p{Lu}\\p{L}+)`;
const PLACE_NAME = new RegExp(PLACE_NAME_SOURCE, 'u');
/** Every {@link PLACE_NAME} of a text. */
const PLACE_NAMES = new RegExp(PLACE_NAME_SOURCE, 'gu');
const HAS_EXACT_DATE = new RegExp(
  `\\b${WEEKDAY}\\b|\\b${MONTH_SOURCE} \\d{1,2}\\b|\\b\\d{1,2} ${MONTH_SOURCE}\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`,
);
/** A time of day: "8.30am", "6 p.m.", "10:15 pm". */
const CLOCK_TIME = '\\b\\d{1,2}(?:[.:]\\d\\d)? ?[ap]\\.? ?m\\b';
/** The parts of the day a time of day may be told by in words. */
const PARTS_OF_DAY =
  'noon|midday|midnight|morning|afternoon|evening|night|overnight|dawn|daybreak|dusk|sunrise|sunset|lunchtime|teatime|early hours';
/**
 * A time of day, on the clock or in words: "6 42 a m", "2 30pm", "7pm",
 * "10:15", "noon", "early on Tuesday morning". A date alone gives none.
 */
const HAS_TIME_OF_DAY = new RegExp(
  `${CLOCK_TIME}|\\b\\d{1,2} \\d\\d ?[ap](?: m|m)\\b|\\b\\d{1,2}[.:]\\d\\d\\b|\\b\\d{1,2} ?o ?clock\\b|\\b(?:${PARTS_OF_DAY})\\b`,
);
/**
 * An hour on the clock, not a part of the day: "7.40am", "6 p.m.", "10:15",
 * "nine o'clock", "half past ten", "quarter to six", "midnight", "noon".
 * "£1.49" is no hour: a point between digits tells one only before "am" or "pm".
 */
const HAS_CLOCK_TIME = new RegExp(
  `${CLOCK_TIME}|\\b\\d{1,2} \\d\\d ?[ap](?: m|m)\\b|\\b\\d{1,2}:\\d\\d\\b|\\b(?:\\d{1,2}|${SPELLED_NUMBERS.join('|')}) ?o ?'?clock\\b|\\b(?:half|quarter) (?:past|to) (?:\\d{1,2}|${SPELLED_NUMBERS.join('|')})\\b|\\b(?:noon|midday|midnight)\\b`,
);

/** Whether a text gives an hour on the clock ({@link HAS_CLOCK_TIME}), not only a part of the day. */
export function givesClockTime(text: string): boolean {
  return HAS_CLOCK_TIME.test(foldText(text));
}

/**
 * Whether a text gives a time of day, on the clock or in words, besides the
 * parts of the day a question names ({@link partsOfDayNamedIn}).
 */
export function givesTimeOfDay(text: string, named: readonly string[] = []): boolean {
  return HAS_TIME_OF_DAY.test(foldText(withoutPartsOfDayNamed(text, named)));
}

/** {@link PARTS_OF_DAY}, every one a text says. */
const PARTS_OF_DAY_SAID = new RegExp(`\\b(?:${PARTS_OF_DAY})\\b`, 'gi');

/**
 * The parts of the day a question names ("that night"), folded: "what time
 * did he arrive that night" is not answered by "on the night of 14 August",
 * whose only time of day is the one the reader gave.
 */
export function partsOfDayNamedIn(question: string): string[] {
  return [...foldText(question).matchAll(PARTS_OF_DAY_SAID)].map((m) => m[0]);
}

/** A text with the parts of the day a question names ({@link partsOfDayNamedIn}) blanked out. */
export function withoutPartsOfDayNamed(text: string, parts: readonly string[]): string {
  if (parts.length === 0) return text;
  return text.replace(PARTS_OF_DAY_SAID, (part) =>
    parts.includes(part.toLowerCase()) ? ' ' : part,
  );
}
const HAS_WEEKDAY = new RegExp(`\\b${WEEKDAY}\\b`);
// "Since" alone leans on a date rather than giving one: "since his arrest"
// does not say when he was arrested ("since 2015" still gives its year).
const HAS_DATE = new RegExp(
  `${ONCE_EVENT_SOURCE}|${CLOCK_TIME}|\\b${YEAR}\\b|\\b${MONTH_SOURCE}\\b|\\b(?:${SEASON_DATE_SOURCE})\\b|\\b${WEEKDAY}\\b|\\b(?:recently|ago|yesterday|today|tomorrow|tonight|morning|afternoon|evening|night|midnight|noon|weekends?)\\b|(?<!\\b(?:\\d+|${SPELLED_NUMBERS.join('|')})-)\\b(?:weeks?|months?|years?)\\b`,
);
/** The units a span of time is counted in. */
const SPAN_UNIT = '(?:years?|months?|fortnights?|weeks?|days?|hours?|minutes?)';
/**
 * A span in figures or in words: "52 years", "three hours", "a 30-year
 * concession"; counted, a span of seasons, nights or terms too ("for at
 * least five seasons", "three nights"), which alone ("a season-ticket
 * holder") is most often no span.
 */
const SPELLED_SPAN_UNITS = `\\b(?:\\d+|${NUMBER_WORDS})[\\s-]*(?:${SPAN_UNIT}|seasons?|nights?|terms?|centuries)\\b`;
/**
 * A span of one unit, or of an unsaid number of them: "nearly an hour on the
 * bus", "for a month", "after months of talks", "for years". Not a rate
 * ("£58,000 a year", "twice a day"), which says how often or how much.
 */
const UNCOUNTED_SPAN = `(?<!(?:\\d|\\btimes|\\bonce|\\btwice|\\bthrice) )\\b(?:an?|half an?) ${SPAN_UNIT}\\b|\\b(?:years|months|weeks|days|hours) of\\b|\\b(?:for|after|within|over) (?:several |many )?(?:years|months|weeks|days|hours)\\b`;
const HAS_DURATION = new RegExp(
  `\\b${YEAR}\\b|${SPELLED_SPAN_UNITS}|${UNCOUNTED_SPAN}|\\b(?:decades?|since|until|till)\\b`,
);
/** A clock time in a folded text: "7 15pm", "2 58 a m", "6pm", "10:15 pm". */
const FOLDED_CLOCK = `\\b\\d{1,2}(?:[ .:]\\d\\d)? ?[ap]\\.? ?m\\b`;
/** A clock time's words ({@link words}), from its hour: "7 15pm", "6 p m". */
const CLOCK_WORDS = new RegExp(`^${FOLDED_CLOCK}`);
/** The needs a clock time gives no value of: the hour of "at 7.15pm" is no amount. */
const AMOUNT_NEEDS: ReadonlySet<AnswerNeed> = new Set(['quantity', 'money']);
// A year is a date, not a quantity: "how many troops" is not answered by "2015";
// nor is the day of one: "how much" is not answered by "Tuesday 24 June"; nor
// a clock time: "how big is the ring road" is not answered by "at about 7.15pm".
const HAS_QUANTITY = new RegExp(
  `\\b(?!${YEAR}\\b)(?!\\d{1,2} ${MONTH_SOURCE}\\b)(?!(?<=\\b${MONTH_SOURCE} )\\d{1,2}\\b)(?!${FOLDED_CLOCK})\\d|\\b(?:${NUMBER_WORDS})\\b`,
);
/** A number, in figures or in words. */
const A_NUMBER = `(?:\\d+|${NUMBER_WORDS})`;
// An age is a number said to be one ("a 46-year-old", "aged 13 to 16", "Haynes, 71,")
// or the year something began ("built in 1978", "since 1983"); not any number: "how old
// is the ship" is not answered by "312 passengers", nor "how old is she" by "a mother of
// three", nor "how old is the mayor" by "the 2022 mayoral election".
/** A number said to be someone's age: "a 46-year-old", "aged 13", "Haynes, 71,". */
// "aged between 74 and 102" gives ages too; "£94,000," is no one's age.
const AGE_OF_SOMEONE = `\\b${A_NUMBER}[\\s-]*(?:years?|months?|weeks?)[\\s-]*olds?\\b|\\b(?:aged?|ages)\\s+(?:of\\s+|between\\s+|from\\s+)?${A_NUMBER}\\b|(?<!\\d),\\s*\\d{1,3}\\s*(?:,(?!\\d)|\\))`;
const HAS_PERSONS_AGE = new RegExp(AGE_OF_SOMEONE);
const HAS_AGE = new RegExp(
  `${AGE_OF_SOMEONE}|\\b(?:a|an|${A_NUMBER}) (?:decades?|years?|centur(?:y|ies)) (?:earlier|before)\\b|\\b(?:since|from|built|founded|opened|established|constructed|created|formed|inaugurated|born|dating|dates|launched|began|started)\\s+(?:in\\s+)?${YEAR}\\b`,
);

/**
 * A word that is a date itself: a year, a month, a day, a time of day; not a
 * word that only leans on one ("since", "ago").
 */
const DATE_WORD = new RegExp(
  `^(?:${YEAR}|${MONTH_SOURCE}|${WEEKDAY}|yesterday|today|tomorrow|tonight|morning|afternoon|evening|night|midnight|noon|weekends?|\\d{1,2}(?: \\d\\d)? ?[ap](?: m|m))$`,
);

/** The patterns that tell, word by word, where a text holds what a need asks for. */
const WORD_OF_NEED: Partial<Record<AnswerNeed, RegExp>> = {
  date: DATE_WORD,
  'exact-date': DATE_WORD,
  'time-of-day': /^(?:\d{1,2}(?: \d\d)? ?[ap](?: m|m)|noon|midday|midnight)$/,
  duration: new RegExp(`^(?:${YEAR}|\\d+ ${SPAN_UNIT}|decades?)$`),
  quantity: new RegExp(`^(?:(?!${YEAR}$)\\d[\\d,.]*|${NUMBER_WORDS})$`),
  age: new RegExp(`^(?:\\d[\\d,.]*|${NUMBER_WORDS})$`),
  percentage: /^\d[\d,.]*$/,
  money: new RegExp(`^(?:(?!${YEAR}$)\\d[\\d,.]*)$`),
  distance: new RegExp(`^(?:\\d[\\d,.]*|${NUMBER_WORDS})$`),
};

/** Ordinals that count how many times something happened: "the third increase in two years". */
const ORDINAL_TIMES =
  'second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:nd|rd|th)(?! (?:of|century))';
/** What "every", "each", "a" or "per" may count time in: "six times a day", "every week". */
const PER_UNIT = '(?:day|week|month|year|hour|minute|night|morning|evening|fortnight|weekend)';

/**
 * "year" of "what year", "day" and "week" of "which day of the week": the
 * kind of date asked for. A sentence saying "last year" holds the word and
 * gives no year; one saying "in 1874" gives it without the word. Not the
 * year of a course ("what year of uni is he in").
 */
const KIND_OF_DATE =
  /\b(?:what|which) (?:exact |precise |specific )?(year(?! of\b)|month|day|date|time|hour)s?\b|(?<=\b(?:what|which) (?:day|time|month) of (?:the )?)(week|day|year)\b/gu;

/**
 * The words of a question that only name the kind of amount asked for,
 * captured: "old" of "how old", "far" of "how far", "often" and "times" of
 * "how often" and "how many times", and money's words ("cost", "fee").
 */
const KIND_WORDS: Partial<Record<AnswerNeed, RegExp>> = {
  date: KIND_OF_DATE,
  'exact-date': KIND_OF_DATE,
  weekday: KIND_OF_DATE,
  'time-of-day': KIND_OF_DATE,
  age: /\bhow (old)\b|\b(?:what|which) (age)\b/gu,
  distance: /\bhow (far)\b|\bwhat (distance)\b/gu,
  times: /\bhow many (times)\b/gu,
  frequency: /\bhow (often|frequently)\b/gu,
  // Not "spent" or "paid", an act the sentence must tell: "the
  // 310-million-euro project" says nothing spent on it. The reader's own
  // word for money ("how much money did the coffee seller lose") names the
  // kind as "cost" does.
  money: new RegExp(`\\b(?:${MONEY_SUM_WORDS}|${MONEY_NOUNS})\\b`, 'gu'),
  // "Al-Amin's first name" of "President Hassan al-Amin": not "the first visit".
  'full-name':
    /\b(first|full|last|given|family)(?= name\b)|(?<=\b(?:first|full|last|given|family) )(name)\b|\b(surname)\b/gu,
};

/**
 * What a question asks for and whether a text can be it: a date for "when",
 * a number for "how many", a cause for "why", a place for "where", a person
 * or a role for "who". Told from the text's own dates, numbers and capitals
 * and from cue words of general English (plus the story's lexicon), never
 * from words written into the engine for one story.
 */
export class AnswerTypes {
  private readonly asksForTranslation: RegExp;
  private readonly hasReason: RegExp | null;
  private readonly hasPlaceCue: RegExp | null;
  /** The common nouns of place a text places something by (`place-noun.ts`). */
  private readonly placeNouns: (text: string) => string[];
  /** {@link hasPlaceCue}, for every match. */
  private readonly placeCues: RegExp | null;
  private readonly hasPersonCue: RegExp | null;
  private readonly hasSaying: RegExp | null;
  /** A word of saying alone, or two words of one ("according to"): {@link sayingAt}. */
  private readonly sayingWord: RegExp | null;
  private readonly hasName: RegExp;
  /** {@link hasName}, for every match. */
  private readonly names: RegExp;
  /** {@link hasPersonCue}, for every match. */
  private readonly personCues: RegExp | null;
  /**
   * Each text's lists of names, see {@link nameListsIn}: every "how many"
   * counting something new weighs the same answers again. Answers are few
   * but a reader's texts are not: a loose cap will do.
   */
  private readonly nameLists = new BoundedMemo(NAME_LISTS_CACHE_LIMIT, (text: string) =>
    this.nameListsIn(text),
  );
  /** The cue words of people and of places, as text a counted word is looked for in. */
  private readonly personKinds: string;
  private readonly placeKinds: string;
  /**
   * "How many euros was it fined", "how many dollars did it cost": a
   * currency after "how many" counts money, not things ("how many pounds
   * of flour" weighs).
   */
  private readonly asksHowManyOfMoney: RegExp;
  /**
   * For each need a pattern in the folded text tells: a date, a tally, an
   * amount of money ("$38 million", "400 pounds"), a distance ("11 miles",
   * "24 hours apart"), how many times ("postponed twice", "eight times"),
   * how often ("six times a day", "every week")…
   */
  private readonly foldedPattern: Readonly<Record<FoldedNeed, RegExp>>;
  /**
   * The word of each need that a single word shows, for where in a text it
   * lies: the shared ones, and how many times and how often, which are
   * built from the cues ({@link foldedPattern}'s, word by word).
   */
  private readonly wordOfNeed: Partial<Record<AnswerNeed, RegExp>>;

  constructor(cues: AnswerCues) {
    this.hasName = anyName(cues.names ?? []) ?? HAS_FULL_NAME;
    this.names = new RegExp(this.hasName.source, 'gu');
    const languages = anyOf(cues.languages);
    this.asksForTranslation = languages
      ? new RegExp(
          `${ASKS_HOW_TO_SAY.source}|\\bwhat(?: is|s) [\\p{L} ]+ in ${languages.source}`,
          'u',
        )
      : ASKS_HOW_TO_SAY;
    this.hasReason = anyOf(cues.reason);
    this.hasPlaceCue = anyOf(cues.place);
    const kinds = cues.kinds;
    this.placeNouns =
      kinds === undefined ? () => [] : (text) => placeNounsIn(text, (word) => kinds.get(word));
    this.placeCues = this.hasPlaceCue && new RegExp(this.hasPlaceCue.source, 'gu');
    this.hasPersonCue = anyOf(cues.person);
    this.personCues = this.hasPersonCue && new RegExp(this.hasPersonCue.source, 'gu');
    this.hasSaying = anyOf(cues.saying ?? []);
    this.sayingWord = cues.saying?.length ? new RegExp(`^${alternation(cues.saying)}$`, 'u') : null;
    this.personKinds = cues.person.join(' ');
    this.placeKinds = cues.place.join(' ');
    const currency = cues.money?.length
      ? `|\\b${A_NUMBER}(?:[\\d,.]*)(?:[\\s-]?(?:${SCALE_WORDS}))?[\\s-]*${alternation(cues.money)}\\b`
      : '';
    const hasMoney = new RegExp(`${CURRENCY_SIGN} ?\\d${currency}`, 'u');
    this.asksHowManyOfMoney = cues.money?.length
      ? new RegExp(`\\bhow many (?:\\S+ )?${alternation(cues.money)}\\b(?! of\\b)`, 'u')
      : /(?!)/;
    const units = cues.distance?.length ? alternation(cues.distance) : '(?!)';
    const hasDistance = new RegExp(
      `\\b${A_NUMBER}[\\s-]*(?:${units}|${SPAN_UNIT} (?:apart|away))\\b`,
      'u',
    );
    // "Had written to the council on at least six occasions": six times.
    const times = `once|twice|thrice|${ORDINAL_TIMES}|${A_NUMBER} (?:times|occasions)`;
    const hasTimes = new RegExp(`\\b(?:${times})\\b`, 'u');
    const daily = cues.frequency?.length ? `${alternation(cues.frequency)}|` : '';
    const often = `${daily}(?:once|twice|thrice|${A_NUMBER} times) (?:a|an|per|each|every) ${PER_UNIT}|(?:every|each|per) (?:\\p{L}+ )?${PER_UNIT}`;
    const hasFrequency = new RegExp(`\\b(?:${often})\\b`, 'u');
    const frequencyWord = new RegExp(
      `^(?:${daily}once|twice|thrice|${A_NUMBER} times|every|each|per)$`,
      'u',
    );
    this.foldedPattern = {
      date: HAS_DATE,
      'exact-date': HAS_EXACT_DATE,
      'time-of-day': HAS_TIME_OF_DAY,
      weekday: HAS_WEEKDAY,
      tally: HAS_TALLY,
      duration: HAS_DURATION,
      quantity: HAS_QUANTITY,
      age: HAS_AGE,
      percentage: HAS_PERCENTAGE,
      money: hasMoney,
      distance: hasDistance,
      times: hasTimes,
      frequency: hasFrequency,
    };
    this.wordOfNeed = {
      ...WORD_OF_NEED,
      times: new RegExp(`^(?:${times})$`, 'u'),
      frequency: frequencyWord,
    };
  }

  /**
   * The words of a question that only say what kind of amount it wants,
   * which an answer of that kind explains without saying them: "old" of
   * "how old" for "built in 1978", "far" of "how far" for "11 miles",
   * "often" of "how often" for "six times a day", "cost" for "$38 million",
   * "long" of "how long" for a span spelled out ({@link needWords}).
   */
  framingWords(question: string, answer: string): string[] {
    const need = this.need(question);
    const framing = needWords(question, answer);
    if (need === null) return framing;
    const words = this.kindWords(question, need);
    return words.length > 0 && this.canAnswer(need, answer) ? [...framing, ...words] : framing;
  }

  /**
   * The words of a question that only name the kind of amount a need asks
   * for ("old", "far", "often", "times", "cost"), whatever the answer: an
   * answer that is that kind answers them as it answers "how".
   */
  kindWords(question: string, need: AnswerNeed): string[] {
    const pattern = KIND_WORDS[need];
    if (pattern === undefined) return [];
    return [...foldText(question).matchAll(pattern)].map((m) => m.slice(1).find(Boolean) ?? m[0]);
  }

  /**
   * Whether a text lists things of the kind a "how many" counts, so that
   * counting them answers it: items that each name it, its qualifiers
   * included ("an air base at X and an air base at Y" for "air bases", not
   * "an air base and a naval base" for "naval bases"), or, for a bare kind
   * of people, names of the story's people and groups ("Lind, Duval and
   * Voss" for "people"), and for a bare kind of place, other names
   * ("Britain, France and Germany" for "countries"). A qualified kind
   * ("French officials") is not told by names alone.
   *
   * @param counting what the "how many" counts (`counting`)
   */
  enumerates(text: string, counting: Counting): boolean {
    if (namedInEachItem(text, counting)) return true;
    if (counting.qualifiers.length > 0 || counting.kind === null) return false;
    return this.nameLists
      .get(text)
      .some((list) =>
        counting.kind === 'person' ? list.people === list.items : list.people === 0,
      );
  }

  /**
   * The lists of names in a text ({@link NAME_LISTS}) of two items or more,
   * no month or weekday among them, and how many of their items name people.
   */
  private nameListsIn(text: string): readonly NameList[] {
    const found: NameList[] = [];
    for (const list of text.matchAll(NAME_LISTS)) {
      const items = list[0].split(LIST_SEPARATOR).filter((item) => item !== '');
      if (items.length < 2 || items.some((item) => CALENDAR_NAME.test(item))) continue;
      const people = items.filter((item) => this.hasName.test(item)).length;
      found.push({ items: items.length, people });
    }
    return found;
  }

  /**
   * What a "how many" question counts, read once for every answer weighed:
   * null when it counts nothing.
   *
   * @param mentionOf whether a text uses a word, as the story's index reads words (stems, spellings)
   * @param namingOf whether a text names what the counted noun names, its stand-ins included
   */
  counting(
    question: string,
    mentionOf: (word: string) => (text: string) => boolean,
    namingOf: (word: string) => (text: string) => boolean = mentionOf,
  ): Counting | null {
    return readCounting(question, mentionOf, namingOf, this.personKinds, this.placeKinds);
  }

  /**
   * Whether a question asks what someone said or how they reacted ("what did
   * the coach say after", "how did the club respond"). Without the words of
   * saying there is nothing to tell a text reporting speech by: never.
   */
  asksWhatWasSaid(question: string): boolean {
    return this.hasSaying !== null && ASKS_WHAT_WAS_SAID.test(foldText(question));
  }

  /**
   * The words naming whom a "what did X say" asks about, as typed and folded
   * ("the vale coach" of "what did the vale coach say after"); empty when
   * the question names no one between its verbs, or asks what was said at all.
   */
  speakerAsked(question: string): readonly string[] {
    if (this.hasSaying === null) return [];
    const found = ASKS_WHAT_WAS_SAID.exec(foldText(question));
    return words(found?.[1] ?? found?.[2] ?? found?.[3] ?? '');
  }

  /**
   * Where in a text's words ({@link words}, folded) a word of saying lies
   * ("said", "told", "according to"): the speaker stands next to it.
   */
  sayingAt(textWords: readonly string[]): number[] {
    const saying = this.sayingWord;
    if (saying === null) return [];
    const found: number[] = [];
    textWords.forEach((word, at) => {
      if (saying.test(word) || saying.test(`${word} ${textWords[at + 1] ?? ''}`)) found.push(at);
    });
    return found;
  }

  /**
   * Whether a text reports what someone said: a word of saying ("said",
   * "told", "declined") or a quotation. "Doyle trailed in fourth" tells
   * nothing Doyle said.
   */
  reportsSpeech(text: string): boolean {
    return QUOTATION.test(text) || matches(this.hasSaying, text);
  }

  /** What a question asks for, or null when its wording sets no condition on the answer. */
  need(question: string): AnswerNeed | null {
    return this.needs.get(question);
  }

  /**
   * Each question's need, kept: an ask reads its question's need with the
   * people it names blanked out, then its framing reads it as typed, and a
   * curated pair's fit reads its phrasings' in between, so one or two kept
   * were read away (a question's need never changes).
   */
  private readonly needs = new BoundedMemo(NEEDS_CACHE_LIMIT, (question: string) =>
    this.readNeed(question),
  );

  /** {@link need}, read afresh: a dozen patterns over the folded question. */
  private readNeed(question: string): AnswerNeed | null {
    // "What did the mayor say about the cost going up" asks what he said, a
    // topic after "about" ("the cost") asking no sum; "…say about when they
    // reported it" still asks when.
    const folded = foldText(question).replace(SAID_ABOUT_TOPIC, '$1');
    if (this.asksForTranslation.test(folded)) return 'translation';
    if (this.hasPersonCue && ASKS_WHO_SAID.test(folded)) return 'person';
    if (ASKS_FOR_FULL_NAME.test(folded)) return 'full-name';
    if (ASKS_FOR_TALLY.test(folded)) return 'tally';
    if (ASKS_FOR_PERCENTAGE.test(folded)) return 'percentage';
    if (ASKS_FOR_TIMES.test(folded)) return 'times';
    if (ASKS_FOR_FREQUENCY.test(folded)) return 'frequency';
    if (ASKS_FOR_DISTANCE.test(folded)) return 'distance';
    if (
      ASKS_FOR_QUANTITY.test(folded) ||
      (ASKS_SUM_BY_ITS_WORD.test(folded) && !ASKS_WHY.test(folded) && !OPENS_YES_OR_NO.test(folded))
    ) {
      const asksMoney =
        this.asksHowManyOfMoney.test(folded) ||
        (ASKS_HOW_MUCH.test(folded) &&
          ASKS_FOR_MONEY.test(folded) &&
          !ASKS_FOR_CHANGE.test(folded));
      return asksMoney ? 'money' : 'quantity';
    }
    if (ASKS_FOR_DURATION.test(folded)) return 'duration';
    if (ASKS_FOR_AGE.test(folded)) return 'age';
    if (ASKS_FOR_WEEKDAY.test(folded)) return 'weekday';
    if (ASKS_FOR_TIME_OF_DAY.test(folded)) return 'time-of-day';
    if (ASKS_FOR_DATE.test(folded) || WHEN_IS.test(question)) {
      return ASKS_FOR_EXACT_DATE.test(folded) ? 'exact-date' : 'date';
    }
    // Without cue words there is nothing to tell a cause, a place or a person by.
    if (this.hasReason && ASKS_FOR_REASON.test(folded)) return 'reason';
    // "Where is this article from" asks for the outlet, not for a place in it.
    if (this.hasPlaceCue && ASKS_FOR_PLACE.test(folded) && !ASKS_WHERE_PUBLISHED.test(folded)) {
      return 'place';
    }
    if (this.hasPersonCue && ASKS_FOR_PERSON.test(folded)) return 'person';
    return null;
  }

  /**
   * The places a text gives, as written: the names after a preposition or a
   * verb of place ("Lyon" of "fled to Lyon") and the words of place
   * ("coast"). "Where in Lyon…" is not answered by a text whose only place
   * is Lyon.
   */
  placesIn(text: string): string[] {
    const named = [...text.matchAll(PLACE_NAMES)].map((m) => m[1] ?? '');
    const cued = this.placeCues
      ? [...foldText(text).matchAll(this.placeCues)].map((m) => m[0])
      : [];
    return [...named, ...cued];
  }

  /** The story's names of people and groups a text gives, as written ("Harrowgate Mutual"). */
  namesIn(text: string): string[] {
    return [...text.matchAll(this.names)].map((m) => m[0]);
  }

  /**
   * The people a text gives, as written: the story's names of people and
   * groups, and the words of role ("spokeswoman"). "Who tackled Lind" is
   * not answered by a text whose only person is Lind.
   */
  peopleIn(text: string): string[] {
    const named = this.namesIn(text);
    if (!this.personCues) return named;
    // "Mayor Anna Lind" is one person: a role word before a name is
    // that person's title, not someone else; so is one set off after the
    // name ("Anna Lind, the city's mayor,", "Lind, one of the new
    // councillors,").
    const firstWords = new Set(named.map((name) => words(name)[0]));
    const lastWords = new Set(named.map((name) => words(name).at(-1)));
    const folded = foldText(text);
    const cued = [...folded.matchAll(this.personCues)].flatMap((m) => {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      const next = words(folded.slice(end, end + NEXT_WORD_CHARS))[0];
      if (next !== undefined && firstWords.has(next)) return [];
      return isSetOffAfterName(folded.slice(Math.max(0, start - NEXT_WORD_CHARS), start), lastWords)
        ? []
        : [m[0]];
    });
    return [...named, ...cued];
  }

  /**
   * Where in a text's words ({@link words}, folded) a value of the kind a
   * need asks for lies, read from the text itself for the kinds a number
   * alone does not show: an age ("Gwen Tarrant, 67,", "a 34-year-old",
   * "built in 1978") or a distance ("nine metres", "14 miles away"). Word
   * by word ({@link whereIn}) every number is one, so "can leap up to nine
   * metres… an estimated 4,000 to 6,500" seemed to give three distances.
   * The number of each value is given, or its first word when it has none
   * ("a decade earlier"). Other kinds as {@link whereIn}.
   */
  valuesIn(need: AnswerNeed, text: string): readonly number[] {
    if (!VALUES_READ_IN_TEXT.has(need)) return this.whereIn(need, words(text));
    return this.valuesInText.get(`${need}\n${text}`);
  }

  /** {@link valuesIn} of the kinds read in the text, kept by kind and text: a unit's text is read once. */
  private readonly valuesInText = new BoundedMemo(VALUES_CACHE_LIMIT, (key: string) => {
    const cut = key.indexOf('\n');
    const need = key.slice(0, cut) as FoldedNeed;
    const folded = foldText(key.slice(cut + 1));
    const found: number[] = [];
    const pattern = this.foldedPattern[need];
    for (const m of folded.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))) {
      // The number is the value: "41 miles away" and "a 41-mile transfer"
      // give one distance, "Castlemere, 41 miles" and "Brenford, 36 miles" two.
      const start = wordsBefore(folded, m.index);
      const numbers = words(m[0]).flatMap((word, at) =>
        NUMBER_WORD.test(word) ? [start + at] : [],
      );
      found.push(...(numbers.length > 0 ? numbers : [start]));
    }
    return found;
  });

  /**
   * Where in a text's words ({@link words}, folded) the kind of fact a need
   * asks for lies: the word indices of its dates for a "when", of its
   * numbers for a "how many". Empty for needs told by a text's shape
   * (a place, a person, a cause), which no single word shows.
   */
  whereIn(need: AnswerNeed, textWords: readonly string[]): number[] {
    const pattern = this.wordOfNeed[need];
    if (pattern === undefined) return [];
    const found: number[] = [];
    const amount = AMOUNT_NEEDS.has(need);
    textWords.forEach((word, at) => {
      // "October 12", "27 years", "3 a.m.": a date or a span may take a few words.
      const two = `${word} ${textWords[at + 1] ?? ''}`;
      const three = `${two} ${textWords[at + 2] ?? ''}`;
      // "At about 7.15pm" counts nothing: the hour of a clock time is no amount.
      if (amount && (CLOCK_WORDS.test(two) || CLOCK_WORDS.test(three))) return;
      if (pattern.test(word) || pattern.test(two) || pattern.test(three)) found.push(at);
    });
    return found;
  }

  /**
   * Whether a text gives the full name of one of these people, each named by
   * one folded word ("amin"): "President Hassan al-Amin" for "Amin's
   * first name", not "Petr Novak" beside him. Any full name will do
   * when the question names nobody ("the spokeswoman's first name").
   */
  givesFullNameOf(named: readonly string[], text: string): boolean {
    if (named.length === 0) return this.canAnswer('full-name', text);
    for (const [, name = ''] of text.matchAll(FULL_NAMES)) {
      // "Mr Coyle", "Councillor Marsh": a title and a surname give no first name.
      if (isTitle(name.split(/[ -]/)[0] ?? '')) continue;
      if (words(name).some((word) => named.includes(word))) return true;
    }
    return false;
  }

  /**
   * Where the first word of cause in a text lies ("because", "traced",
   * "led to"), in the text folded: its place and the words themselves.
   * Null for a text saying none.
   */
  reasonCueIn(text: string): { at: number; cue: string } | null {
    const found = this.hasReason?.exec(foldText(text));
    return found ? { at: found.index, cue: found[0] } : null;
  }

  /**
   * Whether a text gives someone's age: a number said to be one ("Haynes,
   * 71,", "aged 13"), not the year something began, which tells how old a
   * thing is ("built in 1978") but not a person ("has lived there since 1971").
   */
  givesPersonsAge(text: string): boolean {
    return HAS_PERSONS_AGE.test(foldText(text));
  }

  /**
   * The common nouns of place a sentence places something by, after a
   * preposition of place ("home" of "arrested at his home", `place-noun.ts`):
   * such a sentence may answer a "where" as a named place does. Not read
   * into {@link canAnswer} nor {@link placesIn}, which also tell whether a
   * who's-who card says where its thing is ("on the estuary's spawning
   * grounds" says nowhere a port is) and which one place a sentence names.
   */
  placeNounsIn(text: string): string[] {
    return this.placeNouns(text);
  }

  /** Whether a text can answer that need at all: a "when" needs a date, a "where" a place. */
  canAnswer(need: AnswerNeed, text: string): boolean {
    switch (need) {
      case 'translation':
        return false;
      // Names are told by their capitals, which folding would lose.
      case 'full-name':
        return HAS_FULL_NAME.test(text);
      case 'place':
        return PLACE_NAME.test(text) || matches(this.hasPlaceCue, text);
      case 'person':
        return (
          this.hasName.test(text) ||
          matches(this.hasPersonCue, text) ||
          ROLE_NOUN.test(foldText(text))
        );
      case 'reason':
        return matches(this.hasReason, text);
      default:
        return this.foldedPattern[need].test(foldText(text));
    }
  }
}

/**
 * Role nouns that are as often other words ("prop", "lock", "head",
 * "general", "chair", "member", "principal"…): no sign on their own that a
 * text gives a person.
 */
const ROLES_ALSO_OTHER_WORDS: ReadonlySet<string> = new Set(
  'prop lock centre center forward general head chair principal hooker member premier controller'.split(
    ' ',
  ),
);

/**
 * A role noun of general English, or its plural ("the regulator", "the
 * judge", "most workers", "two paid staff"): a person, or people, a "who"
 * may be answered by, though no name is given ("who relies on the ferry":
 * "Secondary pupils, hospital patients and most workers depend on the
 * ferry"). The story's own cue words and names are read beside it.
 */
const ROLE_NOUN = new RegExp(
  `\\b(?:${[...ROLE_NOUNS]
    .filter((word) => !word.includes('-') && !ROLES_ALSO_OTHER_WORDS.has(word))
    .join('|')}|staff|crew)s?\\b`,
  'u',
);

function matches(pattern: RegExp | null, text: string): boolean {
  return pattern?.test(foldText(text)) ?? false;
}

/** Enough of a text after a role word to read the word after it. */
const NEXT_WORD_CHARS = 40;

/** The most words a phrase set off after a name may take before its role word ("one of the new county"). */
const SET_OFF_WORDS = 5;

/**
 * Whether a role word follows, in the same phrase, a comma right after one
 * of the names a text gives: "Lind, one of the new county" before
 * "councillors" describes Lind.
 *
 * @param before the folded text before the role word (a few words' worth)
 * @param lastWords the last word of each name the text gives
 */
function isSetOffAfterName(before: string, lastWords: ReadonlySet<string | undefined>): boolean {
  const comma = before.lastIndexOf(',');
  if (comma < 0) return false;
  const between = before.slice(comma + 1);
  if (/[.;:!?"“”()]/.test(between) || words(between).length > SET_OFF_WORDS) return false;
  return lastWords.has(words(before.slice(0, comma)).at(-1));
}

/** One pattern for any of these words or phrases, whole words only; null for none. */
function anyOf(phrases: readonly string[]): RegExp | null {
  if (phrases.length === 0) return null;
  return new RegExp(`\\b${alternation(phrases)}\\b`, 'u');
}

/** Any of these names as written, not inside a longer word ("Li" not in "Lisbon"); null for none. */
function anyName(names: readonly string[]): RegExp | null {
  if (names.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])${alternation(names)}(?![\\p{L}\\p{N}])`, 'u');
}

/**
 * Words that only say what kind of fact a question wants, which an answer
 * is: the kind of time, place or amount after "what" or "which" ("what
 * time", "which city", "what year"), and "long" of "how long" where the
 * answer spells a span out ("for 52 years", "until Saturday"). An answer
 * that is that kind of fact explains them without saying them: "Tobin was
 * found on Tuesday" answers "what day was he found" without the word "day".
 * A year or "since" is no span to take "how long" as answered by ("visited
 * in January, the first visit since…" does not say how long a stay was), nor
 * is any number a size ("how big").
 */
export function needWords(question: string, answer: string): string[] {
  const folded = foldText(question);
  // The answer is folded only for a "how long": most questions ask none.
  let spellsSpan: boolean | undefined;
  return [...folded.matchAll(NEED_WORDS)].flatMap((m) => {
    if (m[1]) return [m[1]];
    if (!m[2]) return [];
    spellsSpan ??= SPELLED_SPAN.test(foldText(answer));
    return spellsSpan ? [m[2]] : [];
  });
}

/** Kinds of time, place or amount asked with "what" or "which". */
const KINDS_OF_FACT = `time day date year month week hour city town country place region area
  location province number percentage amount size`.split(/\s+/);
const NEED_WORDS = new RegExp(
  `\\b(?:what|which) (?:exact |precise |specific )?(${KINDS_OF_FACT.join('|')})\\b|\\bhow (long|quickly|soon|fast(?!${FAST_OF_A_MOTION}))\\b`,
  'gu',
);
/**
 * A span said as one: a number of years, days…, "until" a time, or "since"
 * a day or a month ("inspectors had been on site since Monday"; not "since
 * his arrest", nor "the first visit since 2015").
 */
const SPELLED_SPAN = new RegExp(
  `${SPELLED_SPAN_UNITS}|\\b(?:until|till)\\b|\\bsince (?:${MONTH_SOURCE}|${WEEKDAY}|last|yesterday)\\b`,
);

/** A capitalised name of one or more words ("France", "Anna Lind", "al-Amin"). */
const LIST_NAME = `(?:al-)?\\p{Lu}[\\p{L}'’-]+(?: (?:al-|de |van |von )?\\p{Lu}[\\p{L}'’-]+)*`;
/** Names listed: "Britain, France and Germany", "Lind and Duval", "A, B, or C". */
const NAME_LISTS = new RegExp(`${LIST_NAME}(?:, ${LIST_NAME})*,? (?:and|or) ${LIST_NAME}`, 'gu');
const LIST_SEPARATOR = /,? (?:and|or) |, /u;
/** A list of names in a text: how many items, and how many of them name people. */
interface NameList {
  items: number;
  people: number;
}

const NAME_LISTS_CACHE_LIMIT = 10_000;
/** Texts whose values {@link AnswerTypes.valuesIn} keeps: a story's units are far fewer. */
const VALUES_CACHE_LIMIT = 10_000;
/** Questions whose need {@link AnswerTypes.need} keeps: a story's phrasings and the last readers' questions. */
const NEEDS_CACHE_LIMIT = 4096;
/** The kinds whose values {@link AnswerTypes.valuesIn} reads in the text, not word by word. */
const VALUES_READ_IN_TEXT: ReadonlySet<AnswerNeed> = new Set(['age', 'distance']);
/** A number, in figures or in words, as one of a text's words. */
const NUMBER_WORD = new RegExp(`^(?:\\d[\\d,.]*|${NUMBER_WORDS})$`);
/** A word: what {@link words} splits a folded text into. */
const WORD_RUN = /[\p{L}\p{N}]+/gu;

/** How many words of a folded text stand before a place in it. */
function wordsBefore(folded: string, at: number): number {
  let count = 0;
  for (const _ of folded.slice(0, at).matchAll(WORD_RUN)) count++;
  return count;
}

/** A month or weekday listed ("Monday and Tuesday") is a date, not a place. */
const CALENDAR_NAME = new RegExp(`^${MONTH_OR_DAY}$`, 'u');

/** Answer types read with general English's cues plus the story's own reason words. */
export function answerTypesFor(kb: KnowledgeBase): AnswerTypes {
  const general = kb.general?.cues;
  return new AnswerTypes({
    reason: [...(general?.reason ?? []), ...(kb.lexicon.reasonCues ?? [])],
    place: general?.place ?? [],
    person: general?.person ?? [],
    languages: general?.languages ?? [],
    saying: general?.saying ?? [],
    money: general?.money ?? [],
    distance: general?.distance ?? [],
    frequency: general?.frequency ?? [],
    names: storyNames(kb),
    ...(kb.general?.kinds ? { kinds: kb.general.kinds } : {}),
  });
}

/** Kinds of who's-who entry a "who" question may be answered with. */
const ANSWERS_WHO: ReadonlySet<string> = new Set(['person', 'organization']);

/**
 * The names and aliases of the story's people and groups, as written, and
 * the authors and outlets of its articles ("who wrote this"); longest first.
 */
function storyNames(kb: KnowledgeBase): string[] {
  const names = new Set<string>();
  for (const { source, entities } of kb.sources) {
    for (const name of [source.author, source.outlet]) {
      if (name) names.add(name);
    }
    for (const entity of entities) {
      if (!ANSWERS_WHO.has(entity.kind)) continue;
      for (const name of [entity.name, ...entity.aliases]) {
        if (/^\p{Lu}/u.test(name)) names.add(name);
      }
    }
  }
  return [...names].sort((a, b) => b.length - a.length);
}
