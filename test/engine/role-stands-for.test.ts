import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { RolesHeld } from '../../src/engine/role-stands-for.ts';
import { personEntity } from '../support/entities.ts';
import { freshEngine } from '../support/one-off.ts';

/** A made-up article whose skipper is named once, then called "Mr Moray" and "he". */
const SKIPPER = [
  'Fishing boat towed in after engine failure',
  'A fishing boat was towed into Carrick harbour on Monday after its engine failed three miles offshore.',
  'The skipper, Alan Moray, 58, said the crew had been hauling nets when the engine cut out.',
  'Mr Moray said he radioed the coastguard at once. "We were never in real danger, the sea was flat," he said.',
  'A coastguard spokesperson said a lifeboat from Penrith reached the boat within forty minutes.',
  'Mr Moray has fished out of Carrick for thirty years and said he would be back at sea by the weekend.',
  'Jane Fell, the harbour master, said the boat would be inspected on Tuesday.',
];

describe('an article naming its one skipper once, then "Mr Moray"', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(SKIPPER.join('\n\n'));
  });

  describe('when asked "how long has the skipper been fishing"', () => {
    it('answers with what the article says of Mr Moray, whose role that is', () => {
      const answer = engine.ask('how long has the skipper been fishing');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('thirty years');
    });
  });

  describe('when asked "is the skipper going back out"', () => {
    it('answers with his own plans, though the sentence never says "skipper"', () => {
      const answer = engine.ask('is the skipper going back out');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('back at sea by the weekend');
    });
  });

  describe('when asked "who is the skipper"', () => {
    it('still names him: the role is what is asked', () => {
      const answer = engine.ask('who is the skipper');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('Alan Moray');
    });
  });
});

describe('the one person a role after "the" stands for', () => {
  const roles = new RolesHeld(
    [
      personEntity('Helen Marsh', "the county council's archaeologist"),
      personEntity('Priya Landry', 'leading the dig for Fenwick Archaeology'),
      personEntity('Sam Cole', 'teacher'),
      personEntity('Alan Moray', 'the skipper, 58'),
      personEntity('Tom Reid', 'another skipper'),
    ],
    (word) => [word.replace(/ing$/, '')],
  );
  const meant = (question: string) => roles.meantIn(question, () => false)?.person ?? null;

  it('is the one the article gives that role, however many words stand between', () => {
    expect(meant("what did the council's own archaeologist say")).toBe(0);
  });

  it('is no one when two people hold the role', () => {
    expect(meant('how long has the skipper been fishing')).toBeNull();
  });

  it('is no one for a plural, or a role not after "the"', () => {
    expect(meant('why are the teachers striking')).toBeNull();
    expect(meant('what did that teacher say')).toBeNull();
  });

  it("is no one when a word before it is another's, not the holder's", () => {
    expect(meant('how old is the lead archaeologist')).toBeNull();
  });
});
