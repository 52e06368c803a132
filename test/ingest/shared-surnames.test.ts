import { describe, expect, it } from 'vitest';
import { scanEntities } from '../../src/ingest/names.ts';
import { IdAllocator } from '../../src/ingest/slug.ts';
import { GIVEN_NAMES } from '../support/language.ts';
import { OUTLET, quotesOf } from '../support/quotes.ts';

/** Who each mention in these paragraphs names, as "mention text → entity name". */
function namedBy(...paragraphs: string[]): string[] {
  const passages = paragraphs.map((text, i) => ({ n: i + 1, text }));
  const scan = scanEntities(passages, [], new IdAllocator([]), OUTLET, GIVEN_NAMES);
  return [...scan.mentions.values()]
    .flat()
    .filter((m) => m.entity.kind === 'person')
    .map((m) => `${m.text} → ${m.entity.name}`);
}

describe('when two people of the article share a surname', () => {
  const paragraphs = [
    'Daniel Okafor, 34, died after his bicycle was struck by a lorry. Mr Okafor had been riding to work.',
    "Mr Okafor's sister, Grace Okafor, said the family had waited for answers.",
    'Ms Okafor said the family would attend the next meeting. "We will be there," she said.',
  ];

  it('reads "Ms Okafor" as the woman, not the man the article calls "Mr"', () => {
    expect(namedBy(...paragraphs)).toContain('Ms Okafor → Grace Okafor');
  });

  it('still reads "Mr Okafor" as the man', () => {
    const mr = namedBy(...paragraphs).filter((m) => m.startsWith('Mr Okafor →'));
    expect(new Set(mr)).toEqual(new Set(['Mr Okafor → Daniel Okafor']));
  });

  it('credits her quote to her', () => {
    expect(quotesOf(...paragraphs).at(-1)?.speaker).toBe('Grace Okafor');
  });

  it('reads a bare surname as the one of them the article named last', () => {
    expect(
      namedBy(
        'Grace Okafor said the family had waited. Her brother, Daniel Okafor, had been riding to work.',
        'Okafor was pronounced dead at the scene.',
      ),
    ).toContain('Okafor → Daniel Okafor');
  });
});
