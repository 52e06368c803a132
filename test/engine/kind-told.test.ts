import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/engine.ts';
import { kindSaid, kindToldFit } from '../../src/engine/kind-told.ts';
import { fixtureStory } from '../eval/stories.ts';

describe('how a text says the kind a "what kind of" asks', () => {
  it("tells it by a word of its own right before the kind's word", () => {
    expect(kindSaid('Within minutes the all-weather lifeboat had launched.', 'lifeboat')).toBe(
      'tells',
    );
    expect(kindSaid("a butcher's shop yards from the bridge", 'shop')).toBe('tells');
    expect(kindSaid('A painting stolen from the market town of Kellingford.', 'town')).toBe(
      'tells',
    );
  });
  it('tells it by a word said of it after "is" ("the study is observational")', () => {
    expect(kindSaid('the study is observational and cannot show cause', 'study')).toBe('tells');
    expect(kindSaid('The lifeboat was launched at 11pm.', 'lifeboat')).toBe('speaks');
    expect(kindSaid('The charity is small.', 'charity')).toBe('speaks');
  });
  it('only speaks of it after "the", "a" or a word of size', () => {
    expect(kindSaid('The lifeboat returned to port at 4.05am.', 'lifeboat')).toBe('speaks');
    expect(kindSaid('"We are a small charity," she said.', 'charity')).toBe('speaks');
  });
  it('only speaks of it as a word of a name', () => {
    expect(kindSaid('The Coastal Lifeboat Trust said its volunteers were safe.', 'lifeboat')).toBe(
      'speaks',
    );
    expect(kindSaid('Kellingford Town Museum — a museum run by a trust', 'town')).toBe('speaks');
  });
  it('is silent where the word is never said', () => {
    expect(kindSaid('A scallop trawler sank.', 'lifeboat')).toBe('silent');
  });
});

describe('the condition a "what kind of" question sets', () => {
  const texts = [
    'The lifeboat returned to port at 4.05am.',
    'Within minutes the all-weather lifeboat had launched.',
    'Five fishermen were rescued.',
    null,
  ];
  const ranked = texts.map((_, unit) => ({ unit, score: 1 }));
  const holds = kindToldFit('what kind of lifeboat went out', (u) => texts[u] ?? null, ranked);

  it('holds an answer only speaking of one against it, where another tells the kind', () => {
    expect(holds?.(0)).toBe(false);
    expect(holds?.(1)).toBe(true);
  });
  it('takes one never saying the word, and a curated answer', () => {
    expect(holds?.(2)).toBe(true);
    expect(holds?.(3)).toBe(true);
  });
  it('sets none where no ranked answer tells the kind, asked nothing of what it is about', () => {
    expect(
      kindToldFit('what kind of lifeboat went out', (u) => texts[u] ?? null, [
        { unit: 0, score: 1 },
      ]),
    ).toBeNull();
  });
  it('where none tells it, holds one only speaking of it against it unless it is about the thing asked', () => {
    const none = kindToldFit(
      'what kind of lifeboat went out',
      (u) => texts[u] ?? null,
      [0, 2, 3].map((unit) => ({ unit, score: 1 })),
      (u) => u === 2,
    );
    expect(none?.(0)).toBe(false);
    expect(none?.(2)).toBe(true);
    expect(none?.(3)).toBe(true);
    const about = kindToldFit(
      'what kind of lifeboat went out',
      (u) => texts[u] ?? null,
      [{ unit: 0, score: 1 }],
      () => true,
    );
    expect(about?.(0)).toBe(true);
  });
  it('sets none on a question asking no kind', () => {
    expect(kindToldFit('which lifeboat went out', (u) => texts[u] ?? null, ranked)).toBeNull();
  });
});

describe('in the lifeboat rescue report ingested fresh', () => {
  it('does not answer "what kind of lifeboat went out" with the trust named after lifeboats', async () => {
    const engine = createEngine((await fixtureStory('lifeboat-rescue')).kb);
    const answer = engine.ask('what kind of lifeboat went out');
    expect(answer.status === 'unknown' || answer.answer.includes('all-weather')).toBe(true);
  });
});
