import { isRoleHead } from '../engine/role-nouns.ts';
import { sentenceSpans } from '../engine/sentences.ts';
import type { Entity, EntityKind, Passage } from '../knowledge/schema.ts';
import { bodiesOf } from './bodies.ts';
import { settleKindsByContext } from './context-kinds.ts';
import { lendFamilyNames } from './couples.ts';
import { EntityDirectory, ROLE_FROM_BEFORE } from './directory.ts';
import type { GivenNames } from './given-names.ts';
import { nameRolePossessors } from './possessor.ts';
import { nameRolesBefore } from './role-before.ts';
import { appositiveAfter, appositiveBefore, roleStartBefore } from './roles.ts';
import { type NameRun, nameRuns, SPEECH_AFTER } from './runs.ts';
import { settleSharedSurnames } from './shared-surnames.ts';
import type { IdAllocator } from './slug.ts';
import { foldName, tokenize } from './text.ts';
import {
  BODY_PARTS,
  FUNCTION_WORDS,
  HONORIFICS,
  ORGANIZATION_WORDS,
  SPEECH_VERBS,
} from './words.ts';

/** Someone or something the new source names: an entity of the story already, or a new draft. */
export interface NamedEntity {
  id: string;
  name: string;
  kind: EntityKind;
  /** Names seen in this article that the entity did not have yet. */
  newAliases: string[];
  /** True when the entity already exists in another source of the story. */
  linked: boolean;
}

/** One place a passage names an entity. */
export interface Mention {
  entity: NamedEntity;
  passage: number;
  /** Offsets of the name itself. */
  start: number;
  end: number;
  /** Offsets of the name with its title or role in front ("President Bashar al-Assad"). */
  outerStart: number;
  /** The verbatim words, title included. */
  text: string;
  /** The role the article gives here ("Russian Foreign Ministry spokeswoman"), if any. */
  role: string | null;
  /**
   * True when the role is the noun a body is called by in the sentence
   * before ("…by its insurer."): the sentence naming it is still cited, as
   * it says more of the body than the noun.
   */
  citeSentence?: true;
}

/** Every entity the article names, in order of first mention, and every mention by passage. */
export interface EntityScan {
  entities: NamedEntity[];
  mentions: Map<number, Mention[]>;
}

/**
 * Finds the people, places and organizations an article names: links each
 * to an entity of the story when a name or alias fits, and otherwise makes
 * a draft entity. Names are runs of capitalized words; a title at the front
 * of a run ("Deputy Foreign Minister") is a role, not part of the name.
 */
export function scanEntities(
  passages: readonly Passage[],
  known: readonly Entity[],
  ids: IdAllocator,
  outlet: string,
  givenNames: GivenNames,
): EntityScan {
  const directory = new EntityDirectory(known, ids);
  const written = new Set(passages.flatMap((p) => tokenize(p.text).map((t) => t.text)));
  const lowercaseWords = new Set([...written].filter((w) => /^\p{Ll}/u.test(w)));
  const runs = passages.flatMap((p) => nameRuns(p));
  lendFamilyNames(runs, passages, givenNames);
  const found: Mention[] = [];

  // Phrase aliases ("Syria's new authorities") first, so runs inside them are not named twice.
  for (const passage of passages) found.push(...directory.phraseMentions(passage));

  // Full names before single words, so "Zakharova" can refer back to "Maria Zakharova".
  // A second pass links words that could not make a new entity on their own
  // ("Sharaa" opening a sentence) to one made from a later, clearer mention.
  const ordered = [...runs].sort((a, b) => nameLength(b) - nameLength(a));
  for (const mayCreate of [true, false]) {
    for (const run of ordered) {
      const passage = passages.find((p) => p.n === run.passage);
      const first = run.tokens[0];
      const last = run.tokens.at(-1);
      if (!passage || !first || !last) continue;
      if (
        found.some((m) => m.passage === run.passage && m.start < last.end && first.start < m.end)
      ) {
        continue;
      }
      const entity = directory.resolve(run, passage.text, lowercaseWords, mayCreate);
      if (!entity) continue;
      found.push(mentionOf(run, entity, passage.text));
      // "Rail Safety Investigation Board (RSIB)": the short form names it from then on.
      if (run.acronym) directory.addShortForm(entity, run.acronym);
    }
  }

  found.sort((a, b) => a.passage - b.passage || a.start - b.start);
  directory.settleKinds(found, passages, outlet, lowercaseWords, written, givenNames);
  settleKindsByContext(found);
  // "Kestrian mortgages" after "the Central Bank of Kestria": the adjective of a name, no one.
  const named = new Set(
    found.flatMap((m) => (m.entity.name.includes(' ') ? foldName(m.entity.name).split(' ') : [])),
  );
  const adjectives = properAdjectives(found, passages);
  const surnames = surnamesOf(found);
  const kept = found.filter(
    (m) =>
      !isAdjectiveOf(m.entity, named) &&
      !adjectives.has(m.entity) &&
      !isFamilyOf(m.entity, surnames),
  );
  found.length = 0;
  found.push(...kept);
  settleSharedSurnames(found, passages, givenNames);
  const mentions = new Map<number, Mention[]>();
  for (const mention of found) {
    mentions.set(mention.passage, [...(mentions.get(mention.passage) ?? []), mention]);
  }
  nameRolePossessors(found, passages, bodiesOf(mentions, outlet, passages));
  nameRolesBefore(found, passages);
  return { entities: [...new Set(found.map((m) => m.entity))], mentions };
}

/** A title of courtesy closing the words before a name: "Lead author Dr". */
/** An honorific closing a role before a name: "Lead author Dr", "Co-author Professor". */
const HONORIFIC_END = new RegExp(`\\s+(?:${[...HONORIFICS].join('|')})\\.?$`);

/** A name right after "in" or "at": a place, most likely, which no "who" clause describes. */
const AT_OR_IN_BEFORE = /\b(?:in|at)\s+$/i;

/** A clause set off after a name that says who someone is: ", who was not involved". */
const WHO_CLAUSE = /^,\s+who\b/;

/** A clause set off after a name that says whose someone is: ", whose wife fell ill". */
const WHOSE_CLAUSE = /^,\s+whose\b/;

/** A preposition right before a name, which then is no clause's subject: "from Leeds". */
const PREPOSITION_BEFORE = /\b(?:in|at|from|for|of|to|near|with|by|on)\s+$/i;

/** The last words of the full names of people the article names, folded: "haskett". */
function surnamesOf(found: readonly Mention[]): Set<string> {
  return new Set(
    found
      .filter((m) => m.entity.kind === 'person' && m.entity.name.includes(' '))
      .map((m) => foldName(m.entity.name).split(' ').at(-1) ?? ''),
  );
}

/**
 * A new one-word draft that is the plural of someone's surname: "the
 * Hasketts" of "Kirsty Haskett" is her family, not a body or a place.
 */
function isFamilyOf(entity: NamedEntity, surnames: ReadonlySet<string>): boolean {
  if (entity.linked || entity.name.includes(' ')) return false;
  const word = foldName(entity.name);
  return [/s$/, /es$/].some((plural) => {
    const single = word.replace(plural, '');
    return single !== word && surnames.has(single);
  });
}

/**
 * A new one-word draft that is the adjective of a word of another name:
 * "Kestrian" of "Kestria", "Valdoran" of "Valdora".
 */
function isAdjectiveOf(entity: NamedEntity, named: ReadonlySet<string>): boolean {
  if (entity.linked || entity.name.includes(' ')) return false;
  const word = foldName(entity.name);
  return [word.replace(/n$/, ''), word.replace(/ian$/, 'ia'), word.replace(/an$/, 'a')].some(
    (base) => base !== word && base.length > 3 && named.has(base),
  );
}

/**
 * New one-word drafts that are proper adjectives of an era or a place
 * ("Victorian sewer tunnels", "Edwardian terraces"): ending as such adjectives
 * do, and every mention of them going on to a lowercase noun, never speaking.
 */
function properAdjectives(
  found: readonly Mention[],
  passages: readonly Passage[],
): Set<NamedEntity> {
  const textOf = (m: Mention) => passages.find((p) => p.n === m.passage)?.text ?? '';
  const byEntity = new Map<NamedEntity, Mention[]>();
  for (const m of found) byEntity.set(m.entity, [...(byEntity.get(m.entity) ?? []), m]);
  const adjectives = new Set<NamedEntity>();
  for (const [entity, mentions] of byEntity) {
    if (entity.linked || entity.name.includes(' ') || !ADJECTIVE_ENDING.test(entity.name)) continue;
    const qualifies = (m: Mention) => {
      const after = textOf(m).slice(m.end);
      const next = NOUN_AFTER.exec(after)?.[1];
      return next !== undefined && !FUNCTION_WORDS.has(next) && !SPEECH_AFTER.test(after);
    };
    if (mentions.every(qualifies)) adjectives.add(entity);
  }
  return adjectives;
}

/** The ending of proper adjectives of eras and places: "Victorian", "Edwardian". */
const ADJECTIVE_ENDING = /\p{Ll}ian$/u;

/** A lowercase word right after, which an adjective would qualify: " sewer tunnels". */
const NOUN_AFTER = /^[ \t]+(\p{Ll}+)/u;

/**
 * The body a titled name serves, named right after it with "of": " of
 * Westvale Police said…" gives "Westvale Police", " of Severnvale Fire and
 * Rescue Service said…" and ", of Severnvale Fire and Rescue Service," the
 * whole service.
 */
const BODY_SERVED_AFTER =
  /^,?\s+of\s+((?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:(?:of|and)\s+(?:the\s+)?)?\p{Lu}[\p{L}'’&.-]*)*)/u;

/**
 * The body named right after a titled name with "of", unless a possessive
 * opens a part of it that is not all written out: ", of Severnvale
 * Police's Ashcombe neighbourhood team," names no body served.
 */
function bodyServedAfter(text: string): string | undefined {
  const body = BODY_SERVED_AFTER.exec(text)?.[1];
  return body === undefined || /['’]s\b/u.test(body) ? undefined : body;
}

/**
 * The part of a body a titled name serves, written in lowercase after "of the"
 * or a body's name and "'s", and closed by a comma, a full stop or a verb of
 * saying: " of the force's roads policing unit said" gives "the force's roads
 * policing unit", " of Marches Police's roads policing unit said" gives
 * "Marches Police's roads policing unit" (not "Marches Police's" alone).
 */
const UNIT_SERVED_AFTER = new RegExp(
  `^,?\\s+of\\s+((?:the|(?:\\p{Lu}[\\p{L}&.-]*\\s+){0,3}\\p{Lu}[\\p{L}&.-]*['’]s)\\s+(?:[\\p{Ll}'’-]+\\s+){0,5}(?:${[...BODY_PARTS, ...ORGANIZATION_WORDS].join('|')}))(?=\\s*[,.;]|\\s+(?:${SPEECH_VERBS})\\b)`,
  'u',
);

/** A name that is the object of "of": what follows it is about the words before "of". */
const OF_BEFORE = /\bof\s+(?:the\s+)?$/i;

/**
 * A sentence opening on a plural and "of": "Residents of Glenmoss, a valley
 * town, face…" — the clause after the name is about the name, not the residents.
 */
const PLURAL_OF_OPENING = /(?:^|[.!?]["”’]?\s+)\p{Lu}\p{Ll}+s\s+of\s+$/u;

/** A sentence opening with a phrase the name ends: "According to the Weather Service, …". */
const OPENING_PHRASE =
  /^(?:according to|in|at|on|after|before|during|from|for|with|under|across|near|outside|inside|despite|amid)\s[^,]*$/i;

function nameLength(run: NameRun): number {
  return run.tokens.length - run.nameFrom;
}

/** The role in front of a name: a title inside the run, or "spokeswoman" words before it. */
function mentionOf(run: NameRun, entity: NamedEntity, text: string): Mention {
  const nameStart = run.tokens[run.nameFrom]?.start ?? 0;
  const end = run.tokens.at(-1)?.end ?? nameStart;
  const tokens = tokenize(text);
  const firstIndex = tokens.findIndex((t) => t.start === nameStart);
  const roleStart = roleStartBefore(tokens, firstIndex, text);
  // "The operator's chief executive, Paul Brenner, said": the role set off before the
  // name, or before its title ("the deputy mayor, Councillor Neil Farrant,").
  // "the venue's owners, Julian and Harriet Penrose, who bought…": the couple's roles are each one's.
  const named = run.couple ?? { start: nameStart, end };
  const setOff = appositiveBefore(
    text,
    roleStart ?? named.start,
    named.end,
    run.couple !== undefined,
  );
  const outerStart = Math.min(
    setOff?.start ?? roleStart ?? nameStart,
    run.tokens[0]?.start ?? nameStart,
  );
  // "Referee Gareth Pennock": the sentence's first word, which no role list holds, is the role.
  const opening = run.opensWithRole ? text.slice(run.tokens[0]?.start, nameStart).trim() : null;
  // "Lead author Dr Helena Marsh", "Co-author Professor Signe Aalto": the honorific is
  // how the name is written, not the role.
  const titled =
    roleStart === null ? null : text.slice(roleStart, nameStart).trim().replace(HONORIFIC_END, '');
  // "The lab's director, Professor Alistair Brennan": after a role set off before
  // the name, a bare honorific is how the name is written, not a second role.
  const honorificOnly = setOff !== null && HONORIFICS.has(titled?.replace(/\.$/, '') ?? '');
  const title = honorificOnly ? null : (titled ?? (setOff ? null : opening));
  // "Chief Inspector Daniel Okafor of Westvale Police": the title is held at that body.
  // "Sergeant Owen Tallis of the force's roads policing unit": or at a part of one.
  const servedBody =
    title === null
      ? undefined
      : (UNIT_SERVED_AFTER.exec(text.slice(end))?.[1] ?? bodyServedAfter(text.slice(end)));
  const before = [setOff?.role, servedBody === undefined ? title : `${title} of ${servedBody}`]
    .filter(Boolean)
    .join(', ');
  // A title in front and a clause after say two things: "Councillor Dana Whitlock, who chairs…".
  // After "the mayor of Port Valdora, who…" the clause is about the mayor, not the town.
  const sentence = sentenceSpans(text).find((s) => s.start <= outerStart && outerStart < s.end);
  const inOpeningPhrase = OPENING_PHRASE.test(text.slice(sentence?.start ?? 0, outerStart));
  // "at St Aldhelm's Hospital in Bristol, who was not involved,": the clause is about
  // whoever is at the hospital, not the town.
  // "a trainee nurse from Lyndhurst Vale, who paid…": the clause is about the nurse.
  const fromWhere = ROLE_FROM_BEFORE.exec(text.slice(0, outerStart))?.[1];
  const afterPlace =
    AT_OR_IN_BEFORE.test(text.slice(0, outerStart)) ||
    (fromWhere !== undefined && isRoleHead(fromWhere));
  const textBefore = text.slice(0, outerStart);
  const clause =
    OF_BEFORE.test(textBefore) && !PLURAL_OF_OPENING.test(textBefore)
      ? null
      : appositiveAfter(text, named.end, inOpeningPhrase);
  // "a retired surveyor from Leeds, whose wife fell ill": the clause is about the surveyor.
  const aboutAnother =
    (afterPlace && WHO_CLAUSE.test(text.slice(end))) ||
    (WHOSE_CLAUSE.test(text.slice(end)) && PREPOSITION_BEFORE.test(textBefore));
  const after = aboutAnother ? null : clause;
  return {
    entity,
    passage: run.passage,
    start: nameStart,
    end,
    outerStart,
    text: text.slice(outerStart, end),
    role: [before, after].filter(Boolean).join(', ') || null,
  };
}
