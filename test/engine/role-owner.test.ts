/**
 * A role asked with its organisation ("who is the Millford manager") is
 * answered for that organisation, by every kind of answer: not by the other
 * club's manager's card, quotation, pair or sentence.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Millford Town edge past Crestport United in cup replay

Millford Town beat Crestport United 2-1 on Tuesday night to reach the county cup final.

"We deserved a draw over the two games, and their second goal was offside," said Crestport United manager Alan Pryce.

Millford Town captain Jess Adeyemi scored the winner in the 88th minute.

Referee Tom Hale disallowed a late Crestport effort for handball.`;

let engine: StoryEngine;
beforeAll(async () => {
  engine = await freshEngine(ARTICLE);
});

describe('when asked who holds a role at one club and the article gives it only at the other ("who is the millford manager")', () => {
  it("does not answer with the other club's manager's quotation", () => {
    expect(engine.ask('who is the millford manager').status).toBe('unknown');
  });

  it('does not answer "what did the millford town manager say" with it either', () => {
    expect(engine.ask('what did the millford town manager say').status).toBe('unknown');
  });

  it('does not rank any answer naming the other manager first', () => {
    for (const { title } of engine.explain('who is the millford manager', 1)) {
      expect(title).not.toMatch(/Pryce/);
    }
  });
});

describe('when asked who holds a role at the club the article gives it for ("who is the crestport manager")', () => {
  it("answers with the manager's card", () => {
    expect(engine.ask('who is the crestport manager')).toMatchObject({
      status: 'answered',
      match: { kind: 'entity', id: 'alan-pryce' },
    });
  });

  it('answers what he said with his quotation', () => {
    const answer = engine.ask('what did the crestport manager say');
    expect(answer.status).toBe('answered');
    expect(answer.quote?.text).toContain('second goal was offside');
  });
});

describe('when a question names the one who holds the role ("what did pryce say about millford")', () => {
  it('answers with his quotation, whichever club it names', () => {
    expect(engine.ask('what did pryce say about millford')).toMatchObject({
      status: 'answered',
      quote: { speaker: 'Alan Pryce' },
    });
  });
});
