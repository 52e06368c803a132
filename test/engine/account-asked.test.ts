import { beforeAll, describe, expect, it } from 'vitest';
import { accountSpeaker } from '../../src/engine/account-asked.ts';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { fixtureStory } from '../eval/stories.ts';

describe('whose account of a cause a "why" asks for', () => {
  it('reads the one named after "according to", "per" or before "say why"', () => {
    expect(accountSpeaker('why did he do it according to his side')).toEqual(['his', 'side']);
    expect(accountSpeaker('why are councils targeted by hackers, per the expert?')).toEqual([
      'the',
      'expert',
    ]);
    expect(accountSpeaker('did atkins say why labour lost')).toEqual(['atkins']);
    expect(accountSpeaker('why does the chairman say they have to sell')).toEqual([
      'the',
      'chairman',
    ]);
  });

  it('reads none in a plain "why", nor in one asking what the article itself says', () => {
    expect(accountSpeaker('why did the minister take over the decision')).toBeNull();
    expect(accountSpeaker('why did the council act, according to the article?')).toBeNull();
    expect(accountSpeaker('how much does it cost per year')).toBeNull();
    expect(accountSpeaker('why did the bridge close, the one on main st')).toBeNull();
  });
});

// A speaker explains in their own terms: asked for the cause as someone
// gives it, their remark answers though it spells no word of cause.
describe('on articles ingested fresh, a "why" asking for someone\'s account', () => {
  let flood: StoryEngine;
  let election: StoryEngine;
  beforeAll(async () => {
    flood = createEngine((await fixtureStory('harlow-falls-flood')).kb);
    election = createEngine((await fixtureStory('kessington-by-election')).kb);
  });

  describe('when asked "What did the emergency management director say about why the water rose?"', () => {
    it("gives the director's remark on rain falling on frozen ground", () => {
      const answer = flood.ask(
        'What did the emergency management director say about why the water rose?',
      );
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('frozen ground');
    });
  });

  describe('when asked "why did the returning officer say no to a full recount"', () => {
    it("gives the returning officer's remark that the count was accurate", () => {
      const answer = election.ask('why did the returning officer say no to a full recount');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('the count was accurate');
    });
  });

  describe('when asked "why did the water rise, according to the mayor?"', () => {
    it('abstains: nobody the article quotes is a mayor', () => {
      expect(flood.ask('why did the water rise, according to the mayor?').status).toBe('unknown');
    });
  });
});
