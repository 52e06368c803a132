/**
 * Knowledge that is well formed but wrong about the article or about itself:
 * what only the cross-checks can catch. Each case is the bundled knowledge
 * with one recipe from test/fixtures/knowledge applied.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { bundledValue, problemsOfRecipe, removeKnowledgeCopies } from './support/knowledge-copy.ts';
import { SOURCE_DIR, sourceFile } from './support/source-files.ts';

const SOURCE_ID = SOURCE_DIR.split('/').at(-1);

afterAll(removeKnowledgeCopies);

describe('when a quote is misquoted', () => {
  const problems = problemsOfRecipe('misquoted-quote');

  it('names the file, the path and the passage', async () => {
    const passage = await bundledValue(sourceFile('quotes.json'), '$.quotes[3].passage');
    expect(problems()).toEqual([
      {
        file: sourceFile('quotes.json'),
        path: '$.quotes[3].text',
        reason: expect.stringContaining(`quote is not verbatim in passage ${passage}`),
      },
    ]);
  });

  it('shows the misquoted words', () => {
    expect(problems()[0]?.reason).toContain('all power plants are managed');
  });
});

describe('when a citation points at a passage that does not exist', () => {
  const problems = problemsOfRecipe('dangling-citation');

  it('names the file, the citation’s path, the passage and the source', () => {
    expect(problems()).toEqual([
      {
        file: sourceFile('qa.json'),
        path: '$.pairs[0].citations[0].passage',
        reason: `passage 12 does not exist in source "${SOURCE_ID}"`,
      },
    ]);
  });
});

describe('when a Q&A pair refers to a quote id that does not exist', () => {
  const problems = problemsOfRecipe('unknown-quote-reference');

  it('names the file, the path and the missing quote id', () => {
    expect(problems()).toEqual([
      {
        file: sourceFile('qa.json'),
        path: '$.pairs[0].quote',
        reason: expect.stringContaining('quote "zakharova-never-said-this" is not a quote id'),
      },
    ]);
  });
});

describe('when a quote’s speaker is not an entity', () => {
  const problems = problemsOfRecipe('speaker-not-an-entity');

  it('names the file, the path and the unknown speaker', () => {
    expect(problems()).toEqual([
      {
        file: sourceFile('quotes.json'),
        path: '$.quotes[0].speaker',
        reason: 'speaker "sergei-lavrov" is not an entity id',
      },
    ]);
  });
});

describe('when two Q&A pairs share an id', () => {
  const problems = problemsOfRecipe('duplicate-pair-id');

  it('flags the second one and says where the id was first used', async () => {
    const id = await bundledValue(sourceFile('qa.json'), '$.pairs[0].id');
    expect(problems()).toEqual([
      {
        file: sourceFile('qa.json'),
        path: '$.pairs[1].id',
        reason: `duplicate pair id "${id}" (first used in ${sourceFile('qa.json')})`,
      },
    ]);
  });
});

describe('when two entities share an id', () => {
  const problems = problemsOfRecipe('duplicate-entity-id');

  it('flags the second one by file and path', async () => {
    const id = await bundledValue(sourceFile('entities.json'), '$.entities[0].id');
    expect(problems()).toEqual([
      {
        file: sourceFile('entities.json'),
        path: '$.entities[1].id',
        reason: `duplicate entity id "${id}"`,
      },
    ]);
  });
});

describe('when a passage is not verbatim in article.txt', () => {
  const problems = problemsOfRecipe('passage-not-in-article');

  it('names source.json, the passage’s path and the article file', () => {
    expect(problems()).toEqual([
      {
        file: sourceFile('source.json'),
        path: '$.passages[5].text',
        reason: expect.stringContaining(
          `passage 6 is not a verbatim paragraph of ${sourceFile('article.txt')}`,
        ),
      },
    ]);
  });
});

describe('when a citation’s excerpt is not verbatim in its passage', () => {
  const problems = problemsOfRecipe('excerpt-not-verbatim');

  it('names the file, the excerpt’s path and the paraphrase', async () => {
    const passage = await bundledValue(
      sourceFile('timeline.json'),
      '$.events[4].citations[0].passage',
    );
    expect(problems()).toEqual([
      {
        file: sourceFile('timeline.json'),
        path: '$.events[4].citations[0].excerpt',
        reason: `excerpt is not verbatim in passage ${passage}: "the lease of Tartous was ended"`,
      },
    ]);
  });
});
