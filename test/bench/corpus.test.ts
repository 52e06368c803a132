import { describe, expect, it } from 'vitest';
import { generateKnowledge } from '../../scripts/bench/corpus.ts';
import { QUESTION_KINDS, questionMix } from '../../scripts/bench/questions.ts';
import { type CheckedSource, crossCheck } from '../../src/knowledge/cross-check.ts';
import { KNOWLEDGE_FILES, type KnowledgeBase } from '../../src/knowledge/schema.ts';

const PASSAGES = 500;
const kb = generateKnowledge(PASSAGES);
const passages = kb.sources.flatMap((s) => s.source.passages);

/** Every problem the loader would find if the generated story were written to disk. */
function loaderProblems(knowledge: KnowledgeBase): string[] {
  const problems: string[] = [];
  const check = (
    name: string,
    schema: { safeParse(value: unknown): { success: boolean } },
    value: unknown,
  ) => {
    if (!schema.safeParse(value).success) problems.push(name);
  };
  check('story.json', KNOWLEDGE_FILES.story.schema, knowledge.story);
  check('lexicon.json', KNOWLEDGE_FILES.lexicon.schema, knowledge.lexicon);
  const checked: CheckedSource[] = knowledge.sources.map((bundle) => {
    const dir = `sources/${bundle.source.id}`;
    check(`${dir}/source.json`, KNOWLEDGE_FILES.source.schema, bundle.source);
    check(`${dir}/quotes.json`, KNOWLEDGE_FILES.quotes.schema, { quotes: bundle.quotes });
    check(`${dir}/qa.json`, KNOWLEDGE_FILES.qa.schema, { pairs: bundle.pairs });
    check(`${dir}/timeline.json`, KNOWLEDGE_FILES.timeline.schema, { events: bundle.events });
    check(`${dir}/entities.json`, KNOWLEDGE_FILES.entities.schema, { entities: bundle.entities });
    return {
      dir,
      source: bundle.source,
      articleText: bundle.source.passages.map((p) => p.text).join('\n'),
      quotes: bundle.quotes,
      pairs: bundle.pairs,
      events: bundle.events,
      entities: bundle.entities,
    };
  });
  return [...problems, ...crossCheck(checked).map((p) => `${p.file}: ${p.path}: ${p.reason}`)];
}

describe('when the bench generates a story of 500 passages', () => {
  it('passes every schema and cross-check the loader applies', () => {
    expect(loaderProblems(kb)).toEqual([]);
  });

  it('has exactly 500 passages of about thirty words', () => {
    expect(passages).toHaveLength(PASSAGES);
    const words = passages.reduce((sum, p) => sum + p.text.split(/\s+/).length, 0);
    expect(words / PASSAGES).toBeGreaterThan(24);
    expect(words / PASSAGES).toBeLessThan(40);
  });

  it('curates about one Q&A pair per twenty passages, each with at least three phrasings', () => {
    const pairs = kb.sources.flatMap((s) => s.pairs);
    expect(pairs.length).toBeGreaterThanOrEqual(PASSAGES / 30);
    expect(pairs.length).toBeLessThanOrEqual(PASSAGES / 12);
    for (const pair of pairs) expect(pair.questions.length).toBeGreaterThanOrEqual(3);
  });

  it('has quotes, who is who, a timeline and a lexicon', () => {
    expect(kb.sources.flatMap((s) => s.quotes).length).toBeGreaterThan(0);
    expect(kb.sources.flatMap((s) => s.entities).some((e) => e.kind === 'person')).toBe(true);
    expect(kb.sources.flatMap((s) => s.events).length).toBeGreaterThan(0);
    expect(Object.keys(kb.lexicon.synonyms).length).toBeGreaterThan(0);
  });

  it('is the same story every time, and another story with another seed', () => {
    expect(generateKnowledge(PASSAGES)).toEqual(kb);
    expect(generateKnowledge(PASSAGES, 7).sources[0]?.source.passages[0]).not.toEqual(passages[0]);
  });
});

describe('when the bench derives its question mix from a story', () => {
  const questions = questionMix(kb, 80);
  const phrasings = new Set(kb.sources.flatMap((s) => s.pairs.flatMap((p) => p.questions)));
  const corpusText = passages.map((p) => p.text.toLowerCase()).join('\n');

  it('asks every kind of question in equal shares', () => {
    for (const kind of QUESTION_KINDS) {
      expect(questions.filter((q) => q.kind === kind)).toHaveLength(80 / QUESTION_KINDS.length);
    }
  });

  it('asks the same questions every time', () => {
    expect(questionMix(kb, 80)).toEqual(questions);
  });

  it('starts a longer mix with the same questions, so a bigger sample only adds to it', () => {
    expect(questionMix(kb, 200).slice(0, 80)).toEqual(questions);
  });

  it('misspells the curated phrasings it borrows', () => {
    for (const q of questions.filter((q) => q.kind === 'typo')) {
      expect(phrasings.has(q.text)).toBe(false);
    }
  });

  it('asks one-word questions with words the passages really use', () => {
    for (const q of questions.filter((q) => q.kind === 'one-word')) {
      expect(q.text).toMatch(/^\p{L}+$/u);
      expect(corpusText).toContain(q.text);
    }
  });

  it('makes long questions long', () => {
    for (const q of questions.filter((q) => q.kind === 'long')) {
      expect(q.text.split(/\s+/).length).toBeGreaterThanOrEqual(30);
    }
  });
});
