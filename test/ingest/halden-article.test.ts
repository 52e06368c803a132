/** Ingest on a second article, written apart from the code: roles and speakers news prose gives. */
import { describe, expect, it } from 'vitest';
import { draftSource } from '../../src/ingest/draft.ts';
import { HALDEN_TEXT, HALDEN_META as meta } from '../support/halden.ts';
import { GIVEN_NAMES, TENSE_WORDS } from '../support/language.ts';

const { bundle } = draftSource({
  articleText: HALDEN_TEXT,
  meta,
  id: 'halden',
  existing: [],
  tense: TENSE_WORDS,
  givenNames: GIVEN_NAMES,
});
const entity = (name: string) => bundle.entities.find((e) => e.name === name);
const speakerOf = (opening: string) =>
  bundle.quotes.find((q) => q.text.startsWith(opening))?.speaker;

describe('when a role follows a name without an article ("Okafor, chief executive of …")', () => {
  it('takes it for her role', () => {
    expect(entity('Miriam Okafor')?.description).toBe('chief executive of Halden Water');
  });
});

describe('when a title comes before a name and a "who" clause after it', () => {
  it('keeps both, and not the title in the name', () => {
    expect(entity('Dana Whitlock')?.description).toBe(
      "Councillor, chairs the council's infrastructure committee",
    );
  });
});

describe('when a speaker is introduced with a clause between name and verb', () => {
  it('gives the next "she told" quote to her, not to the previous speaker', () => {
    expect(speakerOf('We voted for this money')).toBe('dana-whitlock');
    expect(speakerOf('Nobody has told us')).toBe('elsie-brandt');
  });
});

describe('when names are places, organizations and the outlet', () => {
  it('tells them from people', () => {
    expect(entity('Port Halden')?.kind).toBe('place');
    expect(entity('Halden Water')?.kind).toBe('organization');
    expect(entity('Halden Water')?.aliases).not.toContain('Water');
    expect(entity('Halden Courier')?.kind).toBe('organization');
    expect(bundle.entities.map((e) => e.name)).not.toContain('Residents');
  });
});
