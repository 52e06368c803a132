/**
 * Asked for an age, a close second giving the best sentence's own age again
 * (the same person's quotes, each opening on "Megan Hale, 29,") is no other
 * answer, when the sentence gives the age beside a word the reader typed:
 * its lead is counted over the facts that do not (`lead` in
 * `decision-features.ts`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Summer fair called off after storm damage
The Ashby summer fair has been cancelled after a storm tore down its main marquee, organisers said on Friday.
Stallholders were equally frustrated. Megan Hale, 29, a dental nurse from Brookfield, said she and her sister had spent close to £900 between them on stock, gazebos, insurance, fuel and two nights at a guest house in the town. "We baked for a week for this," she said. "Now we're just being told to go home."
Fair chairman Peter Lowe, 61, said the marquee could not be repaired in time.
The organisers said refunds would be paid within 14 days.
`;

describe('when asked "how old is the nurse"', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE);
  });

  it('answers with the sentence giving her age, though her own quotes, giving the same age, come close', () => {
    const answer = engine.ask('how old is the nurse');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('Megan Hale, 29');
  });
});
