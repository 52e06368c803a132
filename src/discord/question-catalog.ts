import { createHash } from 'node:crypto';
import type { StoryEngine } from '../engine/engine.ts';

/** Enough bits that two of the story's questions never share a key. */
const KEY_LENGTH = 10;
// Only engine-made questions are remembered; this bounds memory even so.
const MAX_REMEMBERED = 5000;

/** A short, stable key for a question: the same after a restart. */
export function questionKey(question: string): string {
  return createHash('sha256').update(question).digest('base64url').slice(0, KEY_LENGTH);
}

/**
 * Maps short keys to the questions the engine can answer, so a button can
 * carry a key instead of the question. Built from the engine at start-up,
 * so buttons on old messages keep working after a restart; questions first
 * seen later are remembered when offered.
 */
export class QuestionCatalog {
  private readonly byKey = new Map<string, string>();

  /**
   * Every question the engine offers, featured ones first so they always
   * get a key. Linear in the story: no search runs at start-up.
   */
  static fromEngine(engine: StoryEngine): QuestionCatalog {
    const catalog = new QuestionCatalog();
    for (const question of engine.offerableQuestions()) catalog.remember(question);
    return catalog;
  }

  /** The key for a question, remembering it; null when the catalog is full. */
  remember(question: string): string | null {
    const key = questionKey(question);
    if (this.byKey.get(key) === question) return key;
    if (this.byKey.has(key) || this.byKey.size >= MAX_REMEMBERED) return null;
    this.byKey.set(key, question);
    return key;
  }

  /** The question behind a key, or undefined for a key StoryDesk never made. */
  question(key: string): string | undefined {
    return this.byKey.get(key);
  }

  /** True when the question already has a key. */
  has(question: string): boolean {
    return this.byKey.get(questionKey(question)) === question;
  }

  /** How many questions have keys. */
  get size(): number {
    return this.byKey.size;
  }
}
