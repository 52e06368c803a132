import { describe, expect, it } from 'vitest';
import { PhraseSet } from '../../src/engine/phrases.ts';

const words = (text: string) => text.split(' ');

describe('a set of fixed phrases', () => {
  const farewells = new PhraseSet(['see', 'see ya', 'take care', 'later']);

  it('takes out the longest phrase that starts at a word', () => {
    expect(farewells.split(words('ok see ya guys'))).toEqual({ outside: ['ok', 'guys'], found: 1 });
  });

  it('counts each phrase it takes out', () => {
    expect(farewells.split(words('later take care')).found).toBe(2);
  });

  it('keeps a phrase’s first word when the rest of it does not follow', () => {
    expect(farewells.split(words('take the bus')).outside).toEqual(['take', 'the', 'bus']);
  });

  it('is empty when given no phrase', () => {
    expect(new PhraseSet([]).isEmpty).toBe(true);
    expect(farewells.isEmpty).toBe(false);
  });
});
