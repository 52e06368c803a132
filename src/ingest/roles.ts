import { TITLE_ABBREVIATIONS } from '../engine/abbreviations.ts';
import { isKinNoun } from '../engine/gender.ts';
import { RELATIVES } from '../engine/relation-asked.ts';
import { isRoleHead } from '../engine/role-nouns.ts';
import { sentenceSpans } from '../engine/sentences.ts';
import type { Token } from './text.ts';
import {
  COURTESY_TITLES,
  FUNCTION_WORDS,
  ORGANIZATION_WORDS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  ROLE_PARTICIPLES,
  SPEECH_VERBS,
  TITLES,
} from './words.ts';

const SPEECH_VERB = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`);

/**
 * Walks back from a name over title words, role nouns and the capitalized
 * words qualifying them ("Russian Foreign Ministry spokeswoman"). Null when
 * nothing before the name says what the person is.
 */
export function roleStartBefore(
  tokens: readonly Token[],
  nameIndex: number,
  text: string,
): number | null {
  let start: number | null = null;
  let sawRole = false;
  for (let i = nameIndex - 1; i >= 0; i--) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (!token || !next) break;
    const gap = text.slice(token.end, next.start);
    // "Sen. Dave Ortiz": a title's point is no break.
    const titlePoint = gap.startsWith('.') && TITLE_ABBREVIATIONS.has(token.text);
    if (!/^(?:['’]s)?\s+$/.test(titlePoint ? gap.slice(1) : gap)) break;
    if (token.possessive && i === nameIndex - 1) break;
    // "Mr Hartley", "Dr Femi Adeyemi": how someone is addressed, with or without a point;
    // a role may come before it ("Lead author Dr Helena Marsh"), and the caller leaves it out.
    if (COURTESY_TITLES.has(token.text)) {
      if (i === nameIndex - 1) continue;
      break;
    }
    const word = token.text.toLowerCase();
    const capitalized = /^\p{Lu}/u.test(token.text);
    const isRole = TITLES.has(word) || ROLE_NOUNS.has(word);
    if (capitalized && FUNCTION_WORDS.has(word)) break;
    if (!capitalized && !(ROLE_NOUNS.has(word) || ROLE_MODIFIERS.has(word))) {
      // "led by planning inspector Alan Foyle", "the visiting professor": a gerund naming
      // the field of the role noun after it, after "the", "a" or "by" (never "after
      // sacking manager Tom Hale": a verb's object).
      // "foreign ministry spokesperson Teodor Malkin", "board spokesman Jonas Pirel":
      // the body a role serves, written before it, is part of it.
      if (!isFieldOfRole(tokens, i) && !(sawRole && ORGANIZATION_WORDS.has(word))) break;
    }
    if (!sawRole && !isRole) break;
    sawRole ||= isRole;
    // "of Labour mayor Graham Whitlow": a role never opens on "of".
    if (word !== 'of') start = token.start;
  }
  return sawRole ? start : null;
}

/** A lowercase gerund between "the", "a" or "by" and a role noun: "by planning inspector". */
function isFieldOfRole(tokens: readonly Token[], i: number): boolean {
  const word = tokens[i]?.text ?? '';
  const head = tokens[i + 1]?.text ?? '';
  const before = tokens[i - 1]?.text ?? '';
  return (
    /^\p{Ll}{3,}ing$/u.test(word) &&
    !FUNCTION_WORDS.has(word) &&
    ROLE_NOUNS.has(head) &&
    FIELD_OPENERS.has(before.toLowerCase())
  );
}

/** Words before a role's field that show it is no verb's object: "the", "a", "by". */
const FIELD_OPENERS = new Set(['the', 'a', 'an', 'by']);

/**
 * The role set off by commas after a name (`inOpeningPhrase`: the name is in
 * a phrase opening its sentence, "According to X, …"): "Sharaa, one of the new Syrian
 * authorities, said" → "one of the new Syrian authorities"; "Okafor, chief
 * executive of Halden Water," → "chief executive of Halden Water"; "Brandt,
 * who owns a bakery," → "owns a bakery".
 *
 * @param afterAge whether an age set off by commas came right before ("Jane
 *   Okafor, 54, whose mother…"), where a "whose" clause says who she is
 */
export function appositiveAfter(
  text: string,
  end: number,
  inOpeningPhrase = false,
  afterAge = false,
): string | null {
  // "Marguerite Haynes, 71, who has lived…": an age, then maybe more of what she is.
  const age = AGE.exec(text.slice(end));
  if (age?.[1]) {
    // "Ada Penrick, 44, of Westford,": where she lives says who she is, too.
    const home = HOME.exec(text.slice(end + age[0].length))?.[1];
    const after = end + age[0].length;
    const more =
      home ??
      appositiveAfter(text, after, inOpeningPhrase, true) ??
      SAID_AFTER_AGE.exec(text.slice(after))?.[1];
    return more ? `${age[1]}, ${more}` : age[1];
  }
  const match = APPOSITIVE.exec(text.slice(end));
  const words = match?.[1];
  // "in Tallahassee, Governor Ron DeSantis said…" goes on with a sentence, not a role.
  // A verb of saying inside a "who" clause ("a marine engineer who wrote the report")
  // says what the person did, and the clause is still about them.
  if (!match || words === undefined || SPEECH_VERB.test(words.split(RELATIVE)[0] ?? ''))
    return null;
  // "According to the Weather Service, the storm dropped…": after a sentence's
  // opening phrase, what runs on to the full stop is the sentence itself.
  if (inOpeningPhrase && !match[0].endsWith(',')) return null;
  // "Greater Manchester, the West Midlands and Cornwall will be…": a list run on into a
  // sentence, not what the name is; a clause of its own ("who has…", "that is…") may say more.
  if (AUXILIARY_FIRST.test(words)) return null;
  const first = words.split(/\s/)[0]?.toLowerCase() ?? '';
  const opensRole =
    /^(?:one of|a|an|the|who|its|his|her|their|our|another)\s/u.test(words) ||
    // "Jane Okafor, 54, whose mother Dorothy…": after an age, whose someone is says who
    // she is; without one, the whole sentence she is named in says more.
    (afterAge && /^whose\s/u.test(words)) ||
    ROLE_NOUNS.has(first) ||
    ROLE_PARTICIPLES.has(first) ||
    (ROLE_MODIFIERS.has(first) && first !== 'of' && first !== 'new') ||
    ownersRole(words) ||
    qualifiedRole(words);
  if (!opensRole) return null;
  // "Jane Roe, 58, who has lived on her boat, Kestrel, for ten years, said": the
  // clause goes on past a name or an age set off inside it.
  const runOn =
    RELATIVE_FIRST.test(words) && match[0].endsWith(',')
      ? clauseRunOn(text, end, end + match[0].length)
      : undefined;
  const whole = runOn === undefined ? words : `${words},${runOn}`;
  return whole
    .replace(/^who (?:is|was)\s+/, '')
    .replace(/^who\s+/, '')
    .replace(OTHER_ONE, '');
}

/**
 * "Northwind's chief executive", "Corran Stores' chief executive": a role a
 * named owner holds (its name's last word possessive, every word of it
 * capitalised), its head noun a role before any "of", "at"…; or whose
 * relative someone is ("Oliver's mother").
 */
function ownersRole(words: string): boolean {
  const all = words.split(/\s+/);
  const owned = all.findIndex((w) => /['’]s?$/u.test(w));
  if (owned < 0 || owned >= MAX_OWNER_WORDS) return false;
  if (!all.slice(0, owned + 1).every((w) => /^\p{Lu}[\p{L}.'’-]*$/u.test(w))) return false;
  const rest = all.slice(owned + 1);
  const end = rest.findIndex((w) => ROLE_COMPLEMENT.has(w.toLowerCase()));
  const head = (end < 0 ? rest : rest.slice(0, end)).at(-1)?.toLowerCase() ?? '';
  return isRoleHead(head) || RELATIVES.has(head);
}

/**
 * "operations director for the Harbour Board": a role whose head noun, before
 * any "of", "for"…, comes after a lowercase word or two qualifying it.
 */
function qualifiedRole(words: string): boolean {
  const all = words.split(/\s+/);
  const end = all.findIndex((w) => ROLE_COMPLEMENT.has(w.toLowerCase()));
  const phrase = end < 0 ? all : all.slice(0, end);
  const plain = (w: string) => /^\p{Ll}/u.test(w) && !FUNCTION_WORDS.has(w);
  if (phrase.length < 2 || phrase.length > 3 || !phrase.every(plain)) return false;
  return isRoleHead(phrase.at(-1) ?? '');
}

/**
 * The role set off by a comma before a name that a comma or full stop closes:
 * "The operator's chief executive, Paul Brenner, said" → "The operator's chief
 * executive"; "a spokesperson for the Rail Safety Board, Dana Okafor," → "a
 * spokesperson for the Rail Safety Board". The role is the shortest phrase
 * opening with "the", "a", "its"… or a possessive name ("Northline's") whose
 * head noun is a role, so "The company said the chief executive, …" gives
 * "the chief executive". Null when nothing before the name is such a role.
 * Before two people ("the venue's owners, Julian and Harriet Penrose,"),
 * `several`, the role's noun is a plural.
 */
export function appositiveBefore(
  text: string,
  nameStart: number,
  nameEnd: number,
  several = false,
): { start: number; role: string } | null {
  if (!/^(?:[,.;]|$)/.test(text.slice(nameEnd))) return null;
  // "its director, Dr. Ines Mora,": the title is how she is addressed, after the comma.
  const comma = COMMA_BEFORE_NAME.exec(text.slice(0, nameStart));
  if (!comma) return null;
  const clauseEnd = comma.index;
  const boundary = /[^,;:.!?“”"—–()]*$/.exec(text.slice(0, clauseEnd));
  const clauseStart = boundary ? boundary.index : clauseEnd;
  const clause = text.slice(clauseStart, clauseEnd);
  const words = [...clause.matchAll(/\S+/g)];
  for (let i = words.length - 1; i >= Math.max(0, words.length - MAX_ROLE_WORDS); i--) {
    const word = words[i]?.[0] ?? '';
    // "Chief Executive of Brightline Digital, Naomi Achterberg, said": a whole clause may be the role.
    const opens =
      DETERMINERS.has(word.toLowerCase()) ||
      /^\p{Lu}[\p{L}-]*['’]s$/u.test(word) ||
      (i === 0 && /^\p{Lu}/u.test(word));
    if (!opens) continue;
    // "The Green Party's regional chair": the owner's whole name, and its "the".
    let from = i;
    if (/['’]s$/u.test(word)) {
      while (from > 0 && /^\p{Lu}/u.test(words[from - 1]?.[0] ?? '')) from--;
      if (from > 0 && /^the$/i.test(words[from - 1]?.[0] ?? '')) from--;
    }
    const rest = words.slice(i + (DETERMINERS.has(word.toLowerCase()) ? 1 : 0)).map((w) => w[0]);
    const end = rest.findIndex((w, j) => j > 0 && ROLE_COMPLEMENT.has(w.toLowerCase()));
    const head = (end < 0 ? rest : rest.slice(0, end)).at(-1)?.toLowerCase() ?? '';
    // "His widow, Sandra Lowther, 68,": a noun saying what a person is to someone is a role, too.
    const noun = several ? head.replace(/s$/, '') : head;
    if (isRoleHead(noun) || (from === i && isKinNoun(word.toLowerCase(), noun))) {
      const start = clauseStart + (words[from]?.index ?? 0);
      // "The operator's chief executive" reads "the operator's…" after a name.
      const role = text
        .slice(start, clauseEnd)
        .replace(OTHER_ONE, '')
        .replace(/^(?:The|A|An|Its|His|Her|Their|Our)\b/, (w) => w.toLowerCase());
      return { start, role };
    }
  }
  return null;
}

/** The most words an owner's name before its role runs to ("Corran Stores'", "Halden Water Board's"). */
const MAX_OWNER_WORDS = 4;

/** The most words a role before a name runs to. */
const MAX_ROLE_WORDS = 12;

/** Words that open a role before a name: "the", "a", "its" chief executive, "another" resident. */
const DETERMINERS = new Set('the a an its his her their our my your another'.split(' '));

/**
 * Words that set one holder of a role beside others the article named
 * ("Another resident, Tom Hale, said", "A second witness, …"): no part of
 * what the person is, which is the noun alone.
 */
const OTHER_ONE =
  /^(?:another|one(?!\s+of\b)|an?\s+(?:second|third|fourth|fifth|further))\s+(?=\p{Ll})/iu;

/** Words after a role's head noun that say of what or where: "director of nursing". */
const ROLE_COMPLEMENT = new Set('of for at in on with from to'.split(' '));

/** A verb such as "will" or "is" before any "who", "that" or "which": a sentence, not a role. */
const AUXILIARY_FIRST =
  /^(?:(?!\b(?:who|whom|whose|that|which)\b).)*\b(?:will|would|is|are|was|were|has|have|had|can|could|should|may|might|must)\b/u;

/**
 * "who" opening a clause set off after a name: ", who has lived…". Not
 * "whose": what such a clause says after a name set off in it is the other
 * person's ("whose mother Dorothy, 91, has lived at Hollybank"), and a place
 * in it read as where the person is ("where was Jane when she was told").
 */
const RELATIVE_FIRST = /^who\s/u;

/**
 * What a relative clause set off after a name goes on with past a comma that
 * did not close it (`from`): a name or an age set off inside it, and the rest
 * of the clause up to the comma before the sentence's verb of saying (",
 * Kestrel, for ten years" of "who has lived on her boat, Kestrel, for ten
 * years, said"; ", 54, on the towpath" of "who met Tom Hale, 54, on the
 * towpath, said"), or up to the full stop when a verb of saying
 * came before the name ("said Jane Roe, 58, who has lived on her boat,
 * Kestrel, for ten years and chairs the moorers' group."). Undefined when it
 * does not go on.
 */
function clauseRunOn(text: string, nameEnd: number, from: number): string | undefined {
  const rest = text.slice(from);
  const toSpeech = CLAUSE_RUN_ON_TO_SPEECH.exec(rest)?.[1];
  if (toSpeech !== undefined) return toSpeech;
  // The sentence up to the name, cut by the one splitter.
  const before = text.slice(0, nameEnd);
  const sentence = before.slice(sentenceSpans(before).at(-1)?.start ?? 0);
  return SPEECH_BEFORE_NAME.test(sentence) ? CLAUSE_RUN_ON_TO_END.exec(rest)?.[1] : undefined;
}

/** A name or an age set off inside a relative clause, and what the clause goes on with. */
const SET_OFF_IN_CLAUSE = `(\\s+(?:\\d{1,3}|\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3}),\\s+[^,;:.!?“”"]{2,120}?)`;

/** {@link SET_OFF_IN_CLAUSE} up to the comma before a verb of saying. */
const CLAUSE_RUN_ON_TO_SPEECH = new RegExp(
  `^${SET_OFF_IN_CLAUSE}(?=,\\s+(?:${SPEECH_VERBS})\\b)`,
  'u',
);

/** {@link SET_OFF_IN_CLAUSE} up to the full stop. */
const CLAUSE_RUN_ON_TO_END = new RegExp(`^${SET_OFF_IN_CLAUSE}(?=\\.(?:\\s|$)|$)`, 'u');

/** A verb of saying, then the name a clause is set off after, maybe with an age: "said Jane Roe, 58". */
const SPEECH_BEFORE_NAME = new RegExp(
  `\\b(?:${SPEECH_VERBS})\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,4}\\p{Lu}[\\p{L}'’-]*(?:,\\s+\\d{1,3})?$`,
  'u',
);

/** A relative pronoun opening a clause about the words before it. */
const RELATIVE = /\b(?:who|whom|whose)\b/;

/** The comma before a name set off by commas, and any title of courtesy it is written with. */
const COMMA_BEFORE_NAME = new RegExp(`,\\s+(?:(?:${[...COURTESY_TITLES].join('|')})\\.?\\s+)?$`);

/** Where someone is from, after their age: ", of Westford" up to a comma or full stop. */
const HOME = /^,\s+((?:of|from)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})(?=[,.])/u;

/**
 * After an age, what a person is, run on to the verb of saying its closing
 * comma was left out before ("Hamish Orr, 71, a retired fisherman said…"):
 * "a retired fisherman". Only after an age, which a sentence's subject
 * has and a sentence's opening phrase does not.
 */
const SAID_AFTER_AGE = /^,\s+((?:a|an)\s+[\p{L}][\p{L}'’ -]{1,60}?)\s+(?:said|says|told)\b/u;

/** A person's age set off by commas: ", 71,". */
const AGE = /^,\s+(\d{1,3})(?=,\s)/;

/**
 * A comma, then the role up to the next comma or full stop; a comma or point
 * inside a number ("some 1,200 families", "2.5-metre looms") is part of it.
 */
const APPOSITIVE =
  /^,\s+([\p{L}](?:[^,;:.!?“”"]|(?<=\d)[,.](?=\d)){2,120}?)(?:,(?!\d)|\.(?=\s|$)|$)/u;
