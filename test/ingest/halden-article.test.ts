/** Ingest on a second article, written apart from the code: roles and speakers news prose gives. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ArticleMeta, draftSource } from '../../src/ingest/draft.ts';

const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/articles/halden-boil-water');
const meta: ArticleMeta = {
  url: null,
  ...(JSON.parse(readFileSync(path.join(FIXTURE, 'meta.json'), 'utf8')) as Omit<
    ArticleMeta,
    'url'
  >),
};
const { bundle } = draftSource({
  articleText: readFileSync(path.join(FIXTURE, 'article.txt'), 'utf8'),
  meta,
  id: 'halden',
  existing: [],
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
