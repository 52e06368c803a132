import type { Entity } from '../knowledge/schema.ts';
import { COMMON_ENGLISH_WORDS } from './common-words.ts';
import { words } from './text.ts';
import type { AnswerUnit } from './units.ts';

/** How a story reads a name: its index's terms of a word, and its filler words. */
export interface NameReader {
  units: readonly AnswerUnit[];
  /** The terms the index reads in one word. */
  termsOfWord: (word: string) => readonly string[];
  /** Whether a word is filler to this story. */
  isFiller: (word: string) => boolean;
}

/**
 * Whether a set of terms names an entity: every word of one of its names,
 * two of them ("the appeals court"), a word of one that is no English word
 * ("Okafor" of "Grace Okafor", "Halden" of "Halden Water"), or the kind of
 * thing a "which" asks for ("which river": "the Tamsin River"). "Charity"
 * alone does not name the Charity Commission.
 */
export function isNamed(
  reader: NameReader,
  entity: Entity,
  asked: ReadonlySet<string>,
  kind: string | null,
): boolean {
  return contentWordsOfNames(reader, entity).some((own) => {
    const hits = own.filter((word) => holdsWordOf(reader, asked, word));
    return (
      own.length > 0 &&
      (hits.length === own.length ||
        hits.length >= 2 ||
        hits.some((word) => !COMMON_ENGLISH_WORDS.has(word) || word === kind))
    );
  });
}

/**
 * Whether a set of terms may mean an entity: it holds any word of one of
 * its names ("the university's" may be Wrexford University). Weaker than
 * {@link isNamed}: what only this holds is not known to be another.
 */
export function mayName(reader: NameReader, entity: Entity, asked: ReadonlySet<string>): boolean {
  return contentWordsOfNames(reader, entity).some((own) =>
    own.some((word) => holdsWordOf(reader, asked, word)),
  );
}

/** Whether a set of terms holds one of the terms of a word. */
function holdsWordOf(reader: NameReader, asked: ReadonlySet<string>, word: string): boolean {
  return reader.termsOfWord(word).some((term) => asked.has(term));
}

/** The words of an entity's name and of each alias, filler aside: read once per card. */
export function contentWordsOfNames(
  reader: NameReader,
  entity: Entity,
): readonly (readonly string[])[] {
  let byEntity = namesRead.get(reader);
  if (byEntity === undefined) {
    byEntity = new WeakMap();
    namesRead.set(reader, byEntity);
  }
  let read = byEntity.get(entity);
  if (read === undefined) {
    read = [entity.name, ...entity.aliases].map((name) =>
      words(name).filter((word) => !reader.isFiller(word)),
    );
    byEntity.set(entity, read);
  }
  return read;
}

/** Per story (its filler words are its own), each card's {@link contentWordsOfNames}. */
const namesRead = new WeakMap<NameReader, WeakMap<Entity, readonly (readonly string[])[]>>();

/** The story's cards of organisations and places, found once per story. */
export function groupsAndPlaces(reader: NameReader): readonly Entity[] {
  let found = groupsRead.get(reader);
  if (found === undefined) {
    found = reader.units.flatMap((unit) =>
      unit.kind === 'entity' && unit.entity.kind !== 'person' ? [unit.entity] : [],
    );
    groupsRead.set(reader, found);
  }
  return found;
}

/** Per story, {@link groupsAndPlaces}. */
const groupsRead = new WeakMap<NameReader, readonly Entity[]>();
