/**
 * Who's-who cards of a one-off article ingested fresh: a card that only
 * repeats the sentence naming something answers for it when the question
 * names it, not when the question shares a common word of its name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Former bowls club secretary fined for taking £4,000 from members

A former secretary of the Dunholm Bowls Club who took £4,000 from its members has been fined, Dunholm Magistrates' Court heard on Monday.

Referee Tomas Greenhalgh, who runs the club's tournaments, said members were shocked. "Nobody saw it coming," he said.

The theft came to light when the club sent its accounts to the Sports Grants Board. Prosecutors say the money went on a caravan.

Flanker Ivo Castellane, the club's captain, limped off the green on Saturday with a knee injury.

The club's cup final against Harwick is on Sunday, June 8, and its annual dinner follows on Friday, June 13.`;

let engine: StoryEngine;
beforeAll(async () => {
  engine = await freshEngine(ARTICLE);
});

describe('when asked about a kind of thing a body\'s name holds ("what kind of grants")', () => {
  it("weighs the body's card, which only quotes the sentence naming it, well below that sentence", () => {
    const ranked = engine.explain('what kind of grants are they', 5);
    const [sentence] = ranked;
    const card = ranked.find((candidate) => candidate.kind === 'entity');
    expect(sentence?.kind).toBe('sentence');
    expect(card?.score ?? 0).toBeLessThan((sentence?.score ?? 0) * 0.75);
  });

  it('still answers "what is the sports grants board" with it', () => {
    expect(engine.explain('what is the sports grants board', 1)[0]).toMatchObject({
      kind: 'entity',
    });
  });
});

describe('when asked yes or no about a body ("is the grants board doing anything")', () => {
  it('does not answer with its card, which only quotes the sentence naming it', () => {
    expect(engine.ask('is the grants board doing anything').match?.kind).not.toBe('entity');
  });
});

describe('when asked what is up with someone ("whats up with castellane")', () => {
  it('does not answer with the card, which says who he is, not what happened', () => {
    const answer = engine.ask('whats up with castellane');
    expect(answer.match?.kind).not.toBe('entity');
  });
});

describe('when asked who holds a role the article gives before a name ("whos the referee")', () => {
  it("answers with that person's card, quoting the role and the name", () => {
    const answer = engine.ask('whos the referee');
    expect(answer).toMatchObject({
      status: 'answered',
      match: { kind: 'entity', id: 'tomas-greenhalgh' },
    });
    expect(JSON.stringify(answer)).toContain('Referee Tomas Greenhalgh');
  });
});
