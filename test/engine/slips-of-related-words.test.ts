/**
 * A reader's slip of an English word the article never uses ("weapns",
 * "electricty") is read as that word, and so reaches the article's own
 * words for it ("arms", "power") as the word typed right would, a little
 * weaker. Only a word that is no English itself, of some length, and one
 * slip from a single such word: a slip of an everyday word ("ansswer") is
 * the reader's chat, not the story's subject.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Border town braces for second week of blackouts

Residents of Velmora faced a second week of rolling blackouts on Monday after shelling damaged the town's main substation.

Mayor Ilse Vantongeren said the army had moved its arms depot out of the town centre. "Our arms are kept far from homes now, and that is final," she said.

Vantongeren also spoke of the blackouts. "The lights will come back when the repairs are done, not before," she said.

Engineers said the substation would take at least ten days to repair. The regional governor gave no response to a query about the shelling.`;

let engine: StoryEngine;
beforeAll(async () => {
  engine = await freshEngine(ARTICLE);
});

describe('when a reader mistypes a word the article says otherwise ("weapns" for its "arms")', () => {
  it('answers with what the mayor said of the arms', () => {
    const answer = engine.ask('what did the mayor say about weapns');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('arms');
  });
});

describe('when a reader slips on an everyday word ("that doesnt ansswer my question")', () => {
  it('does not read it as the article\'s word for it ("response")', () => {
    expect(engine.explain("that doesn't ansswer my question", 3)).toEqual([]);
  });
});
