import { describe, expect, it } from 'vitest';
import { lineRelations, relationsOfLine } from '../../src/engine/listed-by.ts';
import { LazyMap } from '../../src/knowledge/lazy-map.ts';

describe('when a WordNet line is read field by field', () => {
  it.each([
    'a|angstrom|base metric unit vitamin||',
    'talks|negotiation dialogue|discussion||talk',
    'abacus||calculator tablet||',
    'word',
  ])('gives the relations of "%s" the whole line gives', (line) => {
    const { relations } = lineRelations(line);
    const read = relationsOfLine(line);
    expect([read.derived, read.synonyms, read.hyponyms, read.hypernyms]).toEqual([
      relations.derived,
      relations.synonyms,
      relations.hyponyms,
      relations.hypernyms,
    ]);
  });
});

describe('when a map is filled on first read', () => {
  it('fills it once, when it is first read, and reads as the map filled', () => {
    let fills = 0;
    const lazy = new LazyMap(() => {
      fills += 1;
      return new Map([
        ['a', 1],
        ['b', 2],
      ]);
    });
    expect(fills).toBe(0);
    expect(lazy.get('a')).toBe(1);
    expect(lazy.has('c')).toBe(false);
    expect(lazy.size).toBe(2);
    expect([...lazy]).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(fills).toBe(1);
  });
});
