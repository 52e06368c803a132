import { describe, expect, it } from 'vitest';
import { quotesOf } from '../support/quotes.ts';

describe('when asked "who said …" of a speaker written with a dotted title', () => {
  it('names the speaker of `"…," Mr. X said`', () => {
    const quotes = quotesOf(
      'Tomas Fell runs the ferry company.',
      '"We sailed on time," Mr. Fell said. "The storm came later."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Tomas Fell', 'Tomas Fell']);
  });

  it('names the speaker of `"…," said Dr. X, the role`', () => {
    const quotes = quotesOf(
      '"The water is safe to drink," said Dr. Alma Rusk, the county\'s health officer. "Boiling is no longer needed."',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(['Alma Rusk', 'Alma Rusk']);
    expect(quotes[0]?.role).toBe("the county's health officer");
  });

  it('keeps "Mr." out of the role', () => {
    const [quote] = quotesOf('Tomas Fell runs the ferries.', '"We sailed," Mr. Fell said.');
    expect(quote?.speaker).toBe('Tomas Fell');
    expect(quote?.role ?? '').not.toMatch(/Mr/);
  });
});
