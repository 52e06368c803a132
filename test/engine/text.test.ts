import { describe, expect, it } from 'vitest';
import { words } from '../../src/engine/text.ts';

describe('when a question names the US in capitals', () => {
  it.each(['what did the US say', 'what did the U.S. say', 'what did the USA say'])(
    'reads "%s" as the country, not the stopword "us"',
    (question) => {
      expect(words(question)).toContain('usa');
    },
  );

  it('keeps "us" a pronoun when the whole message is in capitals', () => {
    expect(words('TELL US ABOUT THE BASES')).toContain('us');
    expect(words('tell us about the bases')).not.toContain('usa');
  });
});
