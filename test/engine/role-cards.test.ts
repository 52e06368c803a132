/**
 * A person's card answers who holds the role it gives ("who is the head
 * teacher", "who was prosecuting"), and only that: a question that merely
 * mentions the role ("what did the head teacher say", "is the head teacher
 * sorry") or asks whom someone did something to gets the sentences.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Teachers at Brookfield Academy strike over cuts to support staff

Teachers at Brookfield Academy staged a one-day strike on Monday over plans to cut 14 teaching assistant posts.

The academy's head teacher, Julian Marsh, said he regretted the disruption. "Nobody went into teaching to make cuts like these," he said.

Sarah Lindqvist, prosecuting for the borough council in a separate case, told magistrates on Tuesday that the academy's landlord had let the heating fail.

Flanker Owen Trask, who coaches the school team, was sent off for a high tackle on Harry Quaye on Saturday.`;

let engine: StoryEngine;
beforeAll(async () => {
  engine = await freshEngine(ARTICLE);
});

describe('when asked who holds a role ("who is the head teacher")', () => {
  it("answers with the holder's card", () => {
    expect(engine.ask('who is the head teacher')).toMatchObject({
      status: 'answered',
      match: { kind: 'entity', id: 'julian-marsh' },
    });
  });
});

describe('when asked who holds a role the article gives as a participle ("prosecuting")', () => {
  it('answers "who is the prosecutor" with her card', () => {
    expect(engine.ask('who is the prosecutor').match).toMatchObject({
      kind: 'entity',
      id: 'sarah-lindqvist',
    });
  });

  it('answers "who was prosecuting" with her card', () => {
    expect(engine.ask('who was prosecuting').match).toMatchObject({
      kind: 'entity',
      id: 'sarah-lindqvist',
    });
  });
});

describe('when a question only mentions a role ("is the head teacher sorry")', () => {
  it('puts the sentence that answers it above the card', () => {
    const [best] = engine.explain('is the head teacher sorry about it', 1);
    expect(best?.kind).not.toBe('entity');
  });

  it('puts what the head teacher said above his card', () => {
    const [best] = engine.explain('what did the head teacher say', 1);
    expect(best?.kind).not.toBe('entity');
  });
});

describe('when asked whom someone did something to ("who did trask take out")', () => {
  it('does not answer with his card', () => {
    expect(engine.ask('who did trask take out').match?.kind).not.toBe('entity');
  });
});

describe('when asked whom someone was with ("who went with hale")', () => {
  let flight: StoryEngine;
  beforeAll(async () => {
    flight = await freshEngine(`Ousted governor flees abroad
Former governor Victor Hale, who led the province for 20 years, was removed from office on Friday after weeks of protests.
Hale and his family fled to Lisbon on Saturday, officials said.
His deputy, Ana Ruiz, will run the province until an election in May.`);
  });

  it('answers with the sentence saying who went, not his card', () => {
    const answer = flight.ask('who went with hale');
    expect(answer.match?.kind).not.toBe('entity');
    expect(answer.answer).toContain('his family');
  });
});

describe('when asked who holds a role in one team and the card gives it in another ("who is the Vale captain")', () => {
  let match: StoryEngine;
  beforeAll(async () => {
    match = await freshEngine(`Rovers beaten by late try as Dunmore Vale reach the final

Kestlebury Rovers lost 24-22 to Dunmore Vale on Saturday after a disputed late try.

Captain Rhys Okonjo-Pratt, the Rovers lock, said: "The boys are gutted."

Vale centre Harry Quaye was hurt in a high tackle in the second half.`);
  });

  it("does not answer with the other team's captain", () => {
    expect(match.ask('who was the vale captain').match?.id).not.toBe('rhys-okonjo-pratt');
  });

  it("still answers with the captain's card when asked about his own team", () => {
    expect(match.ask('who was the rovers captain')).toMatchObject({
      status: 'answered',
      match: { kind: 'entity', id: 'rhys-okonjo-pratt' },
    });
  });
});
