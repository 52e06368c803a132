/**
 * A roster of the article's people (`NamedKinds.fit`, `src/engine/named-kind.ts`)
 * answers "which union is involved" only where it names the union: "Gareth
 * Pennock (61, the union's regional chairman)" tells who, not which union.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { fixtureStory } from '../eval/stories.ts';

const ROSTER = /^(?:People in the article|The article quotes)/;

let tractors: StoryEngine;
let rail: StoryEngine;
beforeAll(async () => {
  tractors = createEngine((await fixtureStory('tractor-protest')).kb);
  rail = createEngine((await fixtureStory('rail-timetable')).kb);
}, 60_000);

describe('when asked "which union is involved"', () => {
  it('is not answered by a roster giving only a role in the union, unnamed', () => {
    expect(tractors.ask('which union is involved').answer).not.toMatch(ROSTER);
  });

  it('is still answered by a roster naming the union in a role', () => {
    const answer = rail.ask('which union is involved');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('Associated Union of Train Drivers');
  });
});

describe('when asked for the list of people', () => {
  it("still gives the roster, the union's chairman with it", () => {
    const answer = tractors.ask('list the people named in the article');
    expect(answer.answer).toMatch(ROSTER);
    expect(answer.answer).toContain("the union's regional chairman");
  });
});
