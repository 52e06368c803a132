import type { Entity, Passage } from '../knowledge/schema.ts';
import type { Mention, NamedEntity } from './names.ts';
import { appositiveAfter } from './roles.ts';
import { CLAUSE_THEN_SPEECH, isNameWord, type NameRun, SPEECH_AFTER, THE_BEFORE } from './runs.ts';
import type { IdAllocator } from './slug.ts';
import { foldName, tokenize } from './text.ts';
import { isDemonym, ORGANIZATION_WORDS, PLACE_PREPOSITIONS, PLACE_WORDS } from './words.ts';

/** The story's entities by every name they go by, plus the drafts made for this article. */
export class EntityDirectory {
  private readonly byName = new Map<string, NamedEntity>();
  private readonly phrases: { folded: string; entity: NamedEntity }[] = [];
  private readonly names = new Map<NamedEntity, Set<string>>();
  /** Drafts whose kind is a default rather than read from a title or a telling word. */
  private readonly guessed = new Set<NamedEntity>();
  /** Drafts that are places by their last word only ("Park"), which a role before them outweighs. */
  private readonly placesByLastWord = new Set<NamedEntity>();

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
  settleKinds(
    mentions: readonly Mention[],
    passages: readonly Passage[],
    outlet: string,
    lowercaseWords: ReadonlySet<string>,
  ): void {
    for (const entity of this.placesByLastWord) {
      // "diplomat Min-jun Park": a role in front names a person.
      if (mentions.some((m) => m.entity === entity && m.role !== null && m.outerStart < m.start)) {
        entity.kind = 'person';
      }
    }
    for (const entity of this.guessed) {
      const folded = foldName(entity.name);
      const hers = mentions.filter((m) => m.entity === entity);
      const textOf = (m: Mention) => passages.find((p) => p.n === m.passage)?.text ?? '';
      const words = folded.split(' ');
      const listedWith = this.coordinatedKind(hers, mentions, textOf);
      if (withoutThe(folded) === withoutThe(foldName(outlet))) entity.kind = 'organization';
      else if (hers.some((m) => m.role !== null)) entity.kind = 'person';
      else if (PLACE_WORDS.has(words[0] ?? '')) entity.kind = 'place';
      // "the Riverbend neighborhoods", "the nearby Hollin marshes": a place's name used as a word.
      else if (hers.some((m) => PLACE_NOUN_AFTER.test(textOf(m).slice(m.end)))) {
        entity.kind = 'place';
      }
      // Surnames are not everyday words: "Halden Water" is no one's name when "water" is.
      else if (words.length > 1 && lowercaseWords.has(words.at(-1) ?? '')) {
        entity.kind = 'organization';
      } else if (
        hers.some((m) => {
          const text = textOf(m);
          const before = /(\p{L}+)\s+(?:the\s+)?$/u.exec(text.slice(0, m.outerStart))?.[1];
          return before !== undefined && PLACE_PREPOSITIONS.has(before.toLowerCase());
        })
      ) {
        entity.kind = 'place';
      } else if (listedWith) {
        // "Motor Manufacturers and Traders": a list joins names of one kind.
        entity.kind = listedWith;
      } else if (
        hers.some(
          (m) =>
            THE_BEFORE.test(textOf(m).slice(0, m.outerStart)) ||
            WHICH_AFTER.test(textOf(m).slice(m.end)),
        )
      ) {
        // "The Red Cross says", "Saltmere Logistics, which operates…": not how people are named.
        entity.kind = 'organization';
      }
      // A surname alias was made on the guess that this is a person.
      if (entity.kind !== 'person') {
        entity.newAliases = entity.newAliases.filter((alias) => alias.includes(' '));
      }
    }
  }

  /**
   * The kind of a name this one is listed with ("X and Y", "X, Y"), when
   * that name's kind was read from its own words rather than guessed.
   */
  private coordinatedKind(
    hers: readonly Mention[],
    mentions: readonly Mention[],
    textOf: (m: Mention) => string,
  ): NamedEntity['kind'] | null {
    for (const mine of hers) {
      const text = textOf(mine);
      for (const other of mentions) {
        if (other.passage !== mine.passage || this.guessed.has(other.entity)) continue;
        const gap =
          other.end <= mine.outerStart
            ? text.slice(other.end, mine.outerStart)
            : mine.end <= other.outerStart
              ? text.slice(mine.end, other.outerStart)
              : null;
        if (gap !== null && LIST_JOINT.test(gap)) return other.entity.kind;
      }
    }
    return null;
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
    // "Vantor" after "Vantor Motors", "Saltmere" after "Saltmere Logistics": the firm, short.
    const firm = run.tokens.length === 1 ? this.firmCalled(name) : undefined;
    if (firm) {
      this.addAlias(firm, name);
      this.register(name, firm);
      return firm;
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
    if (run.personIfTitled) this.placesByLastWord.add(entity);
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
    // Capitals that open a quotation ("Build Back Better for…") are no name of their own.
    if (run.opensQuote && run.nameFrom === 0) return false;
    if (words.length > 1) return true;
    const word = words[0];
    if (!word || word.text.length < 2 || /^\p{N}/u.test(word.text)) return false;
    if (isDemonym(word.text.toLowerCase().split('-').at(-1) ?? '')) return false;
    if (lowercaseWords.has(word.text.toLowerCase())) return false;
    if (run.nameFrom > 0 || !run.sentenceInitial) return true;
    const after = text.slice(word.end);
    return (
      SPEECH_AFTER.test(after) ||
      CLAUSE_THEN_SPEECH.test(after) ||
      appositiveAfter(text, word.end) !== null
    );
  }

  /**
   * An organization of this article whose name is this word and words of
   * organizations only ("Vantor Motors" for "Vantor"); never a place or a
   * person ("Port Halden", "Halden Water" do not answer to "Halden").
   */
  private firmCalled(word: string): NamedEntity | undefined {
    const folded = foldName(word);
    for (const entity of this.names.keys()) {
      if (entity.linked || entity.kind !== 'organization') continue;
      const [first, ...rest] = foldName(entity.name).split(' ');
      if (first === folded && rest.length > 0 && rest.every((w) => ORGANIZATION_WORDS.has(w))) {
        return entity;
      }
    }
    return undefined;
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

/** A lowercase word of place right after a name: "Riverbend neighborhoods". */
const PLACE_NOUN_AFTER = new RegExp(`^\\s+(?:${[...PLACE_WORDS].join('|')})\\b`);

/** What joins two names in a list: "and", "or", a comma. */
const LIST_JOINT = /^(?:\s+(?:and|or)\s+|,\s+(?:and\s+|or\s+)?)$/;

/** A clause about a thing, not a person: "…, which operates the terminal". */
const WHICH_AFTER = /^,\s+which\b/;

/** "the halden courier" and "halden courier" are one outlet. */
function withoutThe(folded: string): string {
  return folded.replace(/^the /, '');
}
