import type { Entity, EntityKind, Passage } from '../knowledge/schema.ts';
import type { IdAllocator } from './slug.ts';
import { foldName, sentenceSpans, type Token, tokenize } from './text.ts';
import {
  COUNTRIES,
  DATE_WORDS,
  DEMONYM,
  FUNCTION_WORDS,
  NAME_CONNECTORS,
  ORGANIZATION_WORDS,
  PLACE_PREPOSITIONS,
  PLACE_WORDS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SPEECH_VERBS,
  TITLES,
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
}

/** Every entity the article names, in order of first mention, and every mention by passage. */
export interface EntityScan {
  entities: NamedEntity[];
  mentions: Map<number, Mention[]>;
}

/** A run of capitalized words in a passage: a candidate name. */
interface NameRun {
  passage: number;
  tokens: Token[];
  /** Index in `tokens` where the name proper starts, after any title. */
  nameFrom: number;
  sentenceInitial: boolean;
  kind: EntityKind;
  /** False when `kind` is a default, to be settled from every mention. */
  kindSure: boolean;
}

const SPEECH_AFTER = new RegExp(
  `^\\s+(?:also\\s+|later\\s+|then\\s+|further\\s+)?(?:${SPEECH_VERBS})\\b`,
);

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
): EntityScan {
  const directory = new Directory(known, ids);
  const lowercaseWords = new Set(
    passages.flatMap((p) => tokenize(p.text).map((t) => t.text)).filter((w) => /^\p{Ll}/u.test(w)),
  );
  const runs = passages.flatMap((p) => nameRuns(p));
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
      if (entity) found.push(mentionOf(run, entity, passage.text));
    }
  }

  found.sort((a, b) => a.passage - b.passage || a.start - b.start);
  directory.settleKinds(found, passages, outlet);
  const mentions = new Map<number, Mention[]>();
  for (const mention of found) {
    mentions.set(mention.passage, [...(mentions.get(mention.passage) ?? []), mention]);
  }
  return { entities: [...new Set(found.map((m) => m.entity))], mentions };
}

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
  const outerStart = Math.min(roleStart ?? nameStart, run.tokens[0]?.start ?? nameStart);
  const before = roleStart === null ? null : text.slice(roleStart, nameStart).trim();
  return {
    entity,
    passage: run.passage,
    start: nameStart,
    end,
    outerStart,
    text: text.slice(outerStart, end),
    role: before || appositiveAfter(text, end),
  };
}

/**
 * Walks back from a name over title words, role nouns and the capitalized
 * words qualifying them ("Russian Foreign Ministry spokeswoman"). Null when
 * nothing before the name says what the person is.
 */
function roleStartBefore(tokens: readonly Token[], nameIndex: number, text: string): number | null {
  let start: number | null = null;
  let sawRole = false;
  for (let i = nameIndex - 1; i >= 0; i--) {
    const token = tokens[i];
    const next = tokens[i + 1];
    if (!token || !next) break;
    const gap = text.slice(token.end, next.start);
    if (!/^(?:['’]s)?\s+$/.test(gap)) break;
    if (token.possessive && i === nameIndex - 1) break;
    const word = token.text.toLowerCase();
    const capitalized = /^\p{Lu}/u.test(token.text);
    const isRole = TITLES.has(word) || ROLE_NOUNS.has(word);
    if (
      capitalized ? FUNCTION_WORDS.has(word) : !(ROLE_NOUNS.has(word) || ROLE_MODIFIERS.has(word))
    ) {
      break;
    }
    if (!sawRole && !isRole) break;
    sawRole ||= isRole;
    start = token.start;
  }
  return sawRole ? start : null;
}

/** "Sharaa, one of the new Syrian authorities, said" → "one of the new Syrian authorities". */
function appositiveAfter(text: string, end: number): string | null {
  const match =
    /^,\s+((?:one of|a|an|the|who is|who was)\s[^,;:.!?“”"]{2,80}?)(?:,|\.(?=\s|$)|$)/u.exec(
      text.slice(end),
    );
  return match?.[1]?.replace(/^who (?:is|was)\s+/, '') ?? null;
}

/** Capitalized runs of one passage, with their titles split off and a guess at their kind. */
function nameRuns(passage: Passage): NameRun[] {
  const { text } = passage;
  const tokens = tokenize(text);
  const sentenceStarts = new Set(
    sentenceSpans(text).map((s) => tokens.find((t) => t.start >= s.start)?.start ?? -1),
  );
  const runs: NameRun[] = [];
  let current: Token[] = [];
  const flush = () => {
    while (current.length > 0 && !isNameWord(current.at(-1))) current.pop();
    const first = current[0];
    if (first) {
      // After a dateline dash or a colon a word is capitalized as if opening a sentence.
      const initial =
        sentenceStarts.has(first.start) || /[—–:(“"]\s*$/.test(text.slice(0, first.start));
      const run = classify(passage.n, current, initial, text);
      if (run) runs.push(run);
    }
    current = [];
  };
  tokens.forEach((token, i) => {
    const previous = current.at(-1);
    const joined =
      previous !== undefined &&
      !previous.possessive &&
      /^[ \u00A0]+$/.test(text.slice(previous.end, token.start));
    if (previous !== undefined && !joined) flush();
    if (isNameWord(token)) {
      current.push(token);
    } else if (current.length > 0 && NAME_CONNECTORS.has(token.text) && isNameWord(tokens[i + 1])) {
      current.push(token);
    } else {
      flush();
    }
  });
  flush();
  return runs;
}

function isNameWord(token: Token | undefined): boolean {
  if (!token) return false;
  const word = token.text.toLowerCase();
  if (FUNCTION_WORDS.has(word) || DATE_WORDS.has(word)) return false;
  return (
    /^\p{Lu}/u.test(token.text) ||
    /^(?:al|el|ad|as|ash|bin|ibn|abu|de|van|von)-\p{Lu}/u.test(token.text)
  );
}

function classify(
  passage: number,
  tokens: Token[],
  sentenceInitial: boolean,
  text: string,
): NameRun | null {
  const words = tokens.map((t) => t.text.toLowerCase());
  const lastTitle = words.findLastIndex((w) => TITLES.has(w));
  const afterTitle = words.slice(lastTitle + 1);
  const isOrganization = words.some((w) => ORGANIZATION_WORDS.has(w));
  let nameFrom = 0;
  let kind: EntityKind = 'person';
  let kindSure = true;
  if (
    lastTitle >= 0 &&
    afterTitle.length > 0 &&
    !afterTitle.some((w) => ORGANIZATION_WORDS.has(w))
  ) {
    nameFrom = lastTitle + 1;
  } else if (isOrganization) {
    kind = 'organization';
  } else if (PLACE_WORDS.has(words.at(-1) ?? '')) {
    kind = 'place';
  } else {
    while (nameFrom < words.length - 1 && DEMONYM.test(words[nameFrom] ?? '')) nameFrom++;
    if (COUNTRIES.has(words.slice(nameFrom).join(' '))) {
      kind = 'country';
    } else {
      // Whoever "said" something is a person; anything else is settled from every mention.
      kindSure = SPEECH_AFTER.test(text.slice(tokens.at(-1)?.end ?? 0));
    }
  }
  const nameWords = words.slice(nameFrom);
  if (nameWords.every((w) => TITLES.has(w) || DEMONYM.test(w.split('-').at(-1) ?? w))) return null;
  return { passage, tokens, nameFrom, sentenceInitial, kind, kindSure };
}

/** The story's entities by every name they go by, plus the drafts made for this article. */
class Directory {
  private readonly byName = new Map<string, NamedEntity>();
  private readonly phrases: { folded: string; entity: NamedEntity }[] = [];
  private readonly names = new Map<NamedEntity, Set<string>>();
  /** Drafts whose kind is a default rather than read from a title or a telling word. */
  private readonly guessed = new Set<NamedEntity>();

  constructor(
    known: readonly Entity[],
    private readonly ids: IdAllocator,
  ) {
    const merged = new Map<string, { entity: NamedEntity; names: string[] }>();
    for (const entity of known) {
      const entry = merged.get(entity.id) ?? {
        entity: {
          id: entity.id,
          name: entity.name,
          kind: entity.kind,
          newAliases: [],
          linked: true,
        },
        names: [],
      };
      entry.names.push(entity.name, ...entity.aliases);
      merged.set(entity.id, entry);
    }
    for (const { entity, names } of merged.values()) {
      for (const name of names) {
        // Lowercase aliases ("the author", "rebels") are descriptions, too loose to link by.
        if (!/\p{Lu}/u.test(name)) continue;
        const bare = name.replace(/^the\s+/i, '');
        this.register(bare, entity);
        if (/\s\p{Ll}/u.test(bare)) this.phrases.push({ folded: foldName(bare), entity });
      }
    }
  }

  /** Mentions of aliases with lowercase words in them ("Tartous port"), as whole words. */
  phraseMentions(passage: Passage): Mention[] {
    const tokens = tokenize(passage.text);
    const mentions: Mention[] = [];
    for (const { folded, entity } of this.phrases) {
      const length = folded.split(' ').length;
      for (let i = 0; i + length <= tokens.length; i++) {
        const slice = tokens.slice(i, i + length);
        const first = slice[0];
        const last = slice.at(-1);
        if (!first || !last) continue;
        if (foldName(slice.map((t) => t.text).join(' ')) !== folded) continue;
        // Inside a longer name ("Syrian Foreign Ministry spokeswoman") the alias means someone else.
        const before = tokens[i - 1];
        const after = tokens[i + length];
        if (
          before &&
          /^\s+$/.test(passage.text.slice(before.end, first.start)) &&
          isNameWord(before)
        )
          continue;
        if (after && /^\s+$/.test(passage.text.slice(last.end, after.start)) && isNameWord(after))
          continue;
        mentions.push({
          entity,
          passage: passage.n,
          start: first.start,
          end: last.end,
          outerStart: first.start,
          text: passage.text.slice(first.start, last.end),
          role: null,
        });
      }
    }
    return mentions.filter(
      (m, i) =>
        !mentions.some(
          (o, j) =>
            j !== i && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
        ),
    );
  }

  /**
   * A draft whose kind was only a default gets a better one from all its
   * mentions: a country by name, the outlet as an organization, a place
   * when the article puts it after "in", "to", "visited"….
   */
  settleKinds(mentions: readonly Mention[], passages: readonly Passage[], outlet: string): void {
    for (const entity of this.guessed) {
      const folded = foldName(entity.name);
      const hers = mentions.filter((m) => m.entity === entity);
      if (folded === foldName(outlet)) entity.kind = 'organization';
      else if (hers.some((m) => m.role !== null)) entity.kind = 'person';
      else if (
        hers.some((m) => {
          const text = passages.find((p) => p.n === m.passage)?.text ?? '';
          const before = /(\p{L}+)\s+(?:the\s+)?$/u.exec(text.slice(0, m.outerStart))?.[1];
          return before !== undefined && PLACE_PREPOSITIONS.has(before.toLowerCase());
        })
      ) {
        entity.kind = 'place';
      }
    }
  }

  /** The entity a run names: a known one, one made earlier for this article, or a new draft. */
  resolve(
    run: NameRun,
    text: string,
    lowercaseWords: ReadonlySet<string>,
    mayCreate: boolean,
  ): NamedEntity | null {
    const first = run.tokens[0];
    const nameToken = run.tokens[run.nameFrom];
    const last = run.tokens.at(-1);
    if (!first || !nameToken || !last) return null;
    const whole = text.slice(first.start, last.end);
    const name = text.slice(nameToken.start, last.end);
    const known = this.byName.get(foldName(whole)) ?? this.byName.get(foldName(name));
    if (known) {
      if (!this.namesOf(known).has(foldName(name))) this.addAlias(known, name);
      this.register(name, known);
      return known;
    }
    if (!mayCreate || !this.isNewName(run, text, lowercaseWords)) return null;
    const entity: NamedEntity = {
      id: this.ids.claim(name, 'entity'),
      name,
      kind: run.kind,
      newAliases: [],
      linked: false,
    };
    this.register(name, entity);
    if (!run.kindSure) this.guessed.add(entity);
    const nameTokens = run.tokens.slice(run.nameFrom);
    if (entity.kind === 'person' && nameTokens.length > 1) {
      const surname = nameTokens.at(-1)?.text ?? '';
      for (const alias of [surname, surname.replace(/^\p{Ll}+-/u, '')]) {
        if (alias && !this.byName.has(foldName(alias))) {
          this.register(alias, entity);
          this.addAlias(entity, alias);
        }
      }
    }
    return entity;
  }

  /**
   * Several words make a name. A single capitalized word only counts when
   * it is not just starting a sentence, is not used in lowercase elsewhere
   * ("Work"), and is not a nationality ("Russian").
   */
  private isNewName(run: NameRun, text: string, lowercaseWords: ReadonlySet<string>): boolean {
    const words = run.tokens.slice(run.nameFrom);
    if (words.length > 1) return true;
    const word = words[0];
    if (!word || word.text.length < 2 || /^\p{N}/u.test(word.text)) return false;
    if (DEMONYM.test(word.text.toLowerCase().split('-').at(-1) ?? '')) return false;
    if (lowercaseWords.has(word.text.toLowerCase())) return false;
    if (run.nameFrom > 0 || !run.sentenceInitial) return true;
    const after = text.slice(word.end);
    return SPEECH_AFTER.test(after) || appositiveAfter(text, word.end) !== null;
  }

  private register(name: string, entity: NamedEntity): void {
    const key = foldName(name);
    if (key === '') return;
    if (!this.byName.has(key)) this.byName.set(key, entity);
    this.namesOf(entity).add(key);
  }

  private namesOf(entity: NamedEntity): Set<string> {
    let names = this.names.get(entity);
    if (!names) {
      names = new Set([foldName(entity.name)]);
      this.names.set(entity, names);
    }
    return names;
  }

  private addAlias(entity: NamedEntity, alias: string): void {
    if (!entity.newAliases.includes(alias) && alias !== entity.name) entity.newAliases.push(alias);
  }
}
