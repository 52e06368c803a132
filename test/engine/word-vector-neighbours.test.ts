import { beforeAll, describe, expect, it } from 'vitest';
import { Analyzer } from '../../src/engine/analyzer.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { Expansions } from '../../src/engine/expansions.ts';
import { EXPANSION } from '../../src/engine/tuning.ts';
import { VectorNeighbours } from '../../src/engine/vector-neighbours.ts';
import { cosine, WordVectors } from '../../src/engine/word-vectors.ts';
import { loadGeneralLanguage, storyWords } from '../../src/knowledge/general.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { storyOfPassages } from '../support/story.ts';

/** A small story no lexicon was written for, in words readers often put otherwise. */
const PASSAGES = [
  'The council cancelled the summer festival after the storm, its leader said.',
  'Residents know the risks of living beside the river, the mayor said.',
  'Officers arrested two men near the harbour on Friday.',
  'Reporter Tom Price wrote the story for the Harbour Gazette.',
];

/** Three sentences are a thin story: these specs read what is ranked first, below the usual threshold too. */
const RANKING = { answerThreshold: 0.5 };

let kb: KnowledgeBase;
let neighbours: VectorNeighbours;
let analyzer: Analyzer;
beforeAll(async () => {
  const bare = storyOfPassages(PASSAGES);
  kb = { ...bare, general: await loadGeneralLanguage(storyWords(bare)) };
  analyzer = new Analyzer(kb.lexicon, kb.general);
  const vectors = kb.general?.wordVectors;
  if (vectors === undefined) throw new Error('the general resources hold no word vectors');
  const said = PASSAGES.flatMap((p) => p.toLowerCase().match(/[a-z]+/g) ?? []);
  neighbours = new VectorNeighbours(vectors, said, (word) =>
    said.includes(word) ? analyzer.stem(word) : null,
  );
});

describe('when a reader uses a word the story does not, close to one it does in news text', () => {
  it('reads "scrapped" as the story\'s "cancelled", weighing less than the word itself', () => {
    const found = neighbours.of('scrapped') ?? [];
    const cancelled = found.find((e) => e.term === analyzer.stem('cancelled'));
    expect(cancelled).toBeDefined();
    expect(cancelled?.credit).toBeLessThan(EXPANSION.neighbour);
  });

  it('ranks first, for "when did police nab them", the sentence about the officers\' arrests', () => {
    const engine = createEngine(kb, RANKING);
    expect(engine.explain('when did police nab them', 1)[0]?.title).toMatch(/^Officers arrested/);
  });

  it('does not without the word vectors: no other resource relates "police" to "officers"', () => {
    const { wordVectors: _, ...withoutVectors } = kb.general ?? {};
    const engine = createEngine({ ...kb, general: withoutVectors } as KnowledgeBase, RANKING);
    expect(engine.explain('when did police nab them', 1)[0]?.title ?? '').not.toMatch(/^Officers/);
  });
});

describe("when WordNet relates a reader's word to one story word and its vectors to another", () => {
  const STORY = [
    'The negotiations with the union resumed on Monday, the council said.',
    'The firm cancelled the contract and paid the fine.',
  ];
  let general: NonNullable<KnowledgeBase['general']>;
  beforeAll(async () => {
    general = await loadGeneralLanguage(storyWords(storyOfPassages(STORY)));
  });
  const expansionsFor = (withVectors: boolean) => {
    const said = STORY.flatMap((p) => p.toLowerCase().match(/[a-z]+/g) ?? []);
    if (general.wordVectors === undefined) throw new Error('no word vectors');
    return new Expansions(
      general.related,
      (word) => (said.includes(word) ? analyzer.stem(word) : null),
      [],
      (word) => analyzer.stopwords.has(word),
      [],
      [],
      general.listedBy,
      withVectors ? { vectors: general.wordVectors, storyWords: said } : undefined,
    );
  };

  it('reads "agreement" as both: WordNet\'s "contract" first, the vectors\' "negotiations" after', () => {
    expect(
      expansionsFor(true)
        .of('agreement')
        .map((e) => e.term),
    ).toEqual([analyzer.stem('contract'), analyzer.stem('negotiations')]);
  });

  it("reads it as WordNet's word alone without the vectors", () => {
    expect(
      expansionsFor(false)
        .of('agreement')
        .map((e) => e.term),
    ).toEqual([analyzer.stem('contract')]);
  });
});

describe('when a word lies close to a story word that lies closer to many others', () => {
  it('does not read "happy" as the story\'s "know"', () => {
    const vectors = kb.general?.wordVectors as WordVectors;
    const happy = vectors.of('happy');
    const know = vectors.of('know');
    // Close by cosine, yet "know" is among the closest of neither.
    expect(happy && know && cosine(happy.vector, know.vector)).toBeGreaterThan(0.6);
    expect((neighbours.of('happy') ?? []).map((e) => e.term)).not.toContain(analyzer.stem('know'));
  });
});

describe('when the word has no vector', () => {
  it('finds nothing for a word too rare or made up', () => {
    expect(neighbours.of('zzqxv')).toBeUndefined();
  });
});

describe('when word vectors are built from rows that do not fit the words', () => {
  it('refuses them', () => {
    expect(() => new WordVectors('a\nb\n', new Int8Array(3), 2, new Uint8Array(2))).toThrow(
      RangeError,
    );
  });
});
