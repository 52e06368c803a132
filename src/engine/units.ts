import type { Entity, KnowledgeBase, QaPair, SourceBundle } from '../knowledge/schema.ts';
import { sentences } from './text.ts';

/** A sentence of a passage, the fallback when no curated pair fits. */
export interface SentenceRef {
  source: SourceBundle;
  passage: number;
  text: string;
}

/**
 * Something the engine can answer with. Each unit has short "phrases" a
 * question may closely match and a longer "body" that says what it covers.
 */
export type AnswerUnit =
  | {
      kind: 'qa';
      pair: QaPair;
      source: SourceBundle;
      title: string;
      phrases: string[];
      body: string;
    }
  | {
      kind: 'entity';
      entity: Entity;
      source: SourceBundle;
      title: string;
      phrases: string[];
      body: string;
    }
  | { kind: 'sentence'; sentence: SentenceRef; title: string; phrases: string[]; body: string };

/** Flattens a knowledge base into answer units: curated pairs, who's who, sentences. */
export function answerUnits(kb: KnowledgeBase): AnswerUnit[] {
  const units: AnswerUnit[] = [];
  for (const source of kb.sources) {
    for (const pair of source.pairs) {
      const excerpts = pair.citations.map((c) => c.excerpt ?? '').join(' ');
      units.push({
        kind: 'qa',
        pair,
        source,
        title: pair.questions[0] ?? pair.answer,
        phrases: pair.questions,
        // A gap's answer quotes what the article does say; matching on it
        // would pull in the questions the article does answer.
        body: (pair.gap ? pair.questions : [...pair.questions, pair.answer, excerpts]).join(' '),
      });
    }
  }
  for (const { entity, source } of mergedEntities(kb)) {
    const names = [entity.name, ...entity.aliases];
    units.push({
      kind: 'entity',
      entity,
      source,
      title: entityQuestion(entity),
      phrases: names,
      body: [...names, entity.description].join(' '),
    });
  }
  for (const source of kb.sources) {
    for (const passage of source.source.passages) {
      for (const text of sentences(passage.text)) {
        units.push({
          kind: 'sentence',
          sentence: { source, passage: passage.n, text },
          title: text,
          phrases: [text],
          body: text,
        });
      }
    }
  }
  return units;
}

/** "Who is Elena Petrova?" or "What is the northern air base?" */
export function entityQuestion(entity: Entity): string {
  return entity.kind === 'person' ? `Who is ${entity.name}?` : `What is ${entity.name}?`;
}

/** Each entity once, from the first source that describes it. */
export function mergedEntities(kb: KnowledgeBase): { entity: Entity; source: SourceBundle }[] {
  const seen = new Map<string, { entity: Entity; source: SourceBundle }>();
  for (const source of kb.sources) {
    for (const entity of source.entities) {
      if (!seen.has(entity.id)) seen.set(entity.id, { entity, source });
    }
  }
  return [...seen.values()];
}
