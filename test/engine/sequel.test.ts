/**
 * A question set by a clause of time or cause ("where did he go after he was
 * ousted", "what did they do before the vote") asks what followed, preceded
 * or came of the event, not the event itself: the sentence stating the event
 * matches the clause's words best and must not be given for it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { EventClauses } from '../../src/engine/sequel.ts';
import { loadGeneralLanguage } from '../../src/knowledge/general.ts';
import { bundledFresh } from '../eval/stories.ts';

let fresh: StoryEngine;
let clauses: EventClauses;
beforeAll(async () => {
  fresh = createEngine(await bundledFresh());
  clauses = new EventClauses(await loadGeneralLanguage([]));
});

/** The sentence of the bundled article that states Assad's fall itself. */
const THE_EVENT = /changed dramatically after President Bashar al-Assad/;

describe('when asked what followed an event ("where did assad go after he got kicked out")', () => {
  it('does not give the sentence stating the event itself', () => {
    for (const question of [
      'where did assad go after he got kicked out??',
      'what did the kremlin have to do after assad got kicked out',
    ]) {
      const answer = fresh.ask(question);
      expect(answer.status === 'answered' ? answer.answer : '', question).not.toMatch(THE_EVENT);
    }
  });

  it('offers the sentence telling what followed', () => {
    const offered = (question: string) => fresh.ask(question).suggestions.slice(0, 3).join(' | ');
    expect(offered('what did the kremlin have to do after assad got kicked out')).toMatch(
      /political shift forced the Kremlin/,
    );
    expect(offered('where did assad go after he got kicked out??')).toMatch(/fled to/);
  });
});

describe('when asked what came before an event ("did the rebels advance on damascus before russia stepped in")', () => {
  it('answers with the sentence holding what is asked', () => {
    expect(fresh.ask('did the rebels advance on damascus before russia stepped in').answer).toMatch(
      /rebels advanced towards Damascus/,
    );
  });
});

describe('reading the clause of a question', () => {
  it('splits what is asked from the event that sets it', () => {
    expect(clauses.split('where did assad go after he got kicked out??')).toEqual({
      asked: 'where did assad go  ??',
      clause: 'he got kicked out',
    });
    expect(clauses.split('so after the vote, what did they do')?.clause).toBe('the vote');
    expect(clauses.split('how long after the blast did the fire start')?.clause).toBe('the blast');
  });

  it('reads no clause that is itself the question ("since what year") or says nothing', () => {
    expect(clauses.split('russia in syria since what year')).toBeNull();
    expect(clauses.split('what happened after?')).toBeNull();
    expect(clauses.split('who runs the bases')).toBeNull();
  });
});
