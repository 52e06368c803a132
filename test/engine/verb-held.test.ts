/**
 * "When did she take over the bakery": the multi-word verb is the point of
 * the question, though its words are filler alone ("take", "over"); a
 * near-tied sentence saying it is ranked before one that only shares the
 * question's other words (`src/engine/verb-held.ts`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { verbAsked } from '../../src/engine/verb-held.ts';
import { type PlainStory, plainStory } from '../support/plain-story.ts';

let story: PlainStory;
beforeAll(async () => {
  story = await plainStory(
    [
      'Helen Marsh, 54, found the ovens of the Quayside Bakery flooded on Monday morning.',
      "By Tuesday evening there was no bread left on any of the bakery's shelves.",
      'Ms Marsh, who took over the bakery from her mother in 2009, puts the loss at about £8,000.',
    ],
    { title: 'Bakery flooded', scope: 'A flood at the Quayside Bakery' },
  );
}, 60_000);

describe('when asked "when did she take over the bakery"', () => {
  it('ranks first the sentence saying who took it over, and when', () => {
    expect(story.rankedFirst('when did she take over the bakery')).toMatch(/took over the bakery/);
  });
});

describe('when asked about the bakery with no verb of its own', () => {
  it('keeps the ranking as the words weigh it', () => {
    expect(story.rankedFirst('when was there no bread left at the bakery')).toMatch(
      /^By Tuesday evening/,
    );
  });
});

describe('the verb a question asks about', () => {
  it('reads a particle after the verb as part of it', () => {
    expect(verbAsked('who will take over')).toBe('take over');
    expect(verbAsked('when does it kick off')).toBe('kick off');
  });

  it('reads the word before a particle as the verb after a noun subject', () => {
    expect(verbAsked('when did the investigators turn up')).toBe('turn up');
  });

  it('reads a participle after "was" or "has" and its subject', () => {
    expect(verbAsked('has the firm handed over its records')).toBe('handed over');
  });

  it('gives none for a verb without a particle', () => {
    expect(verbAsked('was she warned before the spraying')).toBeNull();
    expect(verbAsked('who chairs the committee')).toBeNull();
  });
});
