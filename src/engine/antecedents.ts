import type { Entity } from '../knowledge/schema.ts';
import { words } from './text.ts';

/**
 * Words that point back to someone named before: "During his visit, he
 * met…" is about whoever the sentence before named. General English,
 * closed-class, the same for every story.
 */
const POINTING_BACK = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'they', 'them', 'their']);

const MAY_POINT_BACK = new RegExp(`\\b(?:${[...POINTING_BACK].join('|')})\\b`, 'i');

/** One way of writing an entity's name, as words. */
interface NameForm {
  entity: number;
  words: readonly string[];
  written: string;
}

/**
 * Finds who a sentence that says "he" or "she" is about: the people, places
 * and groups the sentence before names. A reader asks "who did Lindqvist
 * meet" of a sentence that only says "she met"; these names let the index
 * find it. Built once per story; each sentence is read once, so the cost
 * grows with the article, not with the article times its names.
 */
export class Antecedents {
  /** Name forms by their first word, so a sentence is scanned word by word. */
  private readonly formsByFirstWord = new Map<string, NameForm[]>();
  private lastText: string | undefined;
  private lastNamed: ReadonlyMap<number, string> = new Map();

  constructor(entities: readonly Entity[]) {
    entities.forEach((entity, index) => {
      for (const written of [entity.name, ...entity.aliases]) {
        const nameWords = words(written);
        const first = nameWords[0];
        if (first === undefined) continue;
        const forms = this.formsByFirstWord.get(first) ?? [];
        forms.push({ entity: index, words: nameWords, written });
        this.formsByFirstWord.set(first, forms);
      }
    });
  }

  /**
   * Names to index a sentence with: those the sentence before gives, when
   * this one points back and does not name them itself. Empty otherwise.
   */
  namesBehind(sentence: string, before: string | undefined): string[] {
    // Most sentences point nowhere: a quick look spares reading them word by word.
    if (before === undefined || !MAY_POINT_BACK.test(sentence)) return [];
    const own = words(sentence);
    if (!own.some((word) => POINTING_BACK.has(word))) return [];
    const earlier = this.named(before);
    if (earlier.size === 0) return [];
    const itself = this.namedIn(own);
    return [...earlier].flatMap(([entity, written]) => (itself.has(entity) ? [] : [written]));
  }

  /** Who a text names, each by the first way it writes them; the last text is remembered. */
  private named(text: string): ReadonlyMap<number, string> {
    if (text !== this.lastText) {
      this.lastText = text;
      this.lastNamed = this.namedIn(words(text));
    }
    return this.lastNamed;
  }

  private namedIn(textWords: readonly string[]): Map<number, string> {
    const found = new Map<number, string>();
    textWords.forEach((word, at) => {
      for (const form of this.formsByFirstWord.get(word) ?? []) {
        if (found.has(form.entity)) continue;
        if (form.words.every((w, i) => textWords[at + i] === w)) {
          found.set(form.entity, form.written);
        }
      }
    });
    return found;
  }
}
