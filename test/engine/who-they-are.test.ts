/**
 * A person's card drafted from the role the article writes beside their
 * name ("Imogen Tate, the harbour's chief pilot,") is the article's own
 * answer to who they are. Asked so, naming them and nothing else the card
 * does not hold, it is given even where few of the reader's words match it;
 * asked anything more (a salary, an age, a yes or no) it is not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Ferry runs aground outside Calder harbour

A passenger ferry ran aground on a sandbank outside Calder harbour on Friday evening, and all 212 people on board were taken off safely.

Imogen Tate, the harbour's chief pilot, said the tide had been lower than the charts showed. "We will go over every minute of that crossing," she said.

Passengers were brought ashore by lifeboat crews from Calder and Dunmere over four hours.

Reuben Ashcroft, a retired fisherman who watched from the quay, said he had never seen the channel so shallow.`;

let engine: StoryEngine;
beforeAll(async () => {
  engine = await freshEngine(ARTICLE);
});

describe('when asked what job someone named has ("whats tate\'s job title")', () => {
  it('answers with the role the article gives her', () => {
    expect(engine.ask("whats tate's job title")).toMatchObject({
      status: 'answered',
      match: { kind: 'entity', id: 'imogen-tate' },
    });
  });

  it('answers "what position does tate hold" with it', () => {
    expect(engine.ask('what position does tate hold')).toMatchObject({
      status: 'answered',
      match: { kind: 'entity', id: 'imogen-tate' },
    });
  });

  it('answers "what does ashcroft do for a living" with his', () => {
    expect(engine.ask('what does ashcroft do for a living')).toMatchObject({
      status: 'answered',
      match: { kind: 'entity', id: 'reuben-ashcroft' },
    });
  });
});

describe('when asked what someone quoted does ("what does tate do for a living")', () => {
  it('answers with her card, not the pair of what she said', () => {
    expect(engine.ask('what does tate do for a living')).toMatchObject({
      status: 'answered',
      match: { kind: 'entity', id: 'imogen-tate' },
    });
  });

  it('answers "whats tate\'s field" and "what\'s tate\'s background" with it', () => {
    for (const question of ["whats tate's field", "what's tate's background"]) {
      expect(engine.ask(question).match).toMatchObject({ kind: 'entity', id: 'imogen-tate' });
    }
  });

  it('reads "who\'s tate when she\'s at home" as asking who she is', () => {
    expect(engine.ask("who's tate when she's at home").match).toMatchObject({
      kind: 'entity',
      id: 'imogen-tate',
    });
  });

  it('still answers "what did tate say" with what she said', () => {
    expect(engine.ask('what did tate say').match?.kind).toBe('qa');
  });
});

describe('when asked more of someone named than the card says', () => {
  it('does not give the card for "whats tate\'s salary"', () => {
    expect(engine.ask("whats tate's salary").status).toBe('unknown');
  });

  it('does not give the card for "how old is imogen tate"', () => {
    expect(engine.ask('how old is imogen tate').status).toBe('unknown');
  });

  it('does not answer "is tate a good pilot" with the card', () => {
    expect(engine.ask('is tate a good pilot').match?.kind).not.toBe('entity');
  });
});
