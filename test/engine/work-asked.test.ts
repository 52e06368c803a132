/**
 * A question after someone's work ("what job did he have", "what does she
 * do for a living") is answered by a who's-who card only when the card says
 * what the person does: a card giving only an age, a home town or whose
 * wife someone is says nothing of it, and a question calling someone "he"
 * without naming anyone is not answered by whichever card holds a role.
 * "Who is …" is still answered by such a card, and roles read before a name
 * or set off before it come to the card whole.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Fake ticket website owner jailed for two years

Daniel Pryce, 34, of Wexcombe, was sentenced at Castlebridge Crown Court on Friday after admitting fraud.

Judge Helen Marchbank told Pryce he had "preyed on the excitement of young people".

Detective Sergeant Mark Tolley, who led the inquiry, said the site had been shut down.

Priya Raneesh, defending, said her client had run up gambling debts after losing his job in IT support in 2021.

Arthur Lowther, a former porter, was robbed at the arena in 2022. His widow, Sandra Lowther, 68, said she was glad the case was over.

Foreign ministry spokesperson Teodor Malkin said the government would review ticket sales.

"I gave 31 years to that arena," said Gordon Pilsworth, 72, who started there as an apprentice fitter and retired as a shift supervisor.`;

let engine: StoryEngine;
beforeAll(async () => {
  engine = await freshEngine(ARTICLE);
});

describe('when asked what someone does for a living and their card gives only an age and a home', () => {
  it('does not answer "what does daniel pryce do for a living" with "34, of Wexcombe"', () => {
    const answer = engine.ask('what does daniel pryce do for a living');
    expect(answer.status === 'answered' && answer.match?.kind === 'entity').toBe(false);
  });

  it('still answers "who is daniel pryce" with his card', () => {
    expect(engine.ask('who is daniel pryce')).toMatchObject({
      status: 'answered',
      match: { kind: 'entity' },
    });
  });

  it('still answers "what is helen marchbank\'s job" with her card', () => {
    const answer = engine.ask("what is helen marchbank's job");
    expect(answer.status).toBe('answered');
    expect(answer.answer).toMatch(/Judge/);
  });
});

describe('when asked "what job did he have before", naming nobody', () => {
  it('ranks no card of whoever holds a role first, but what the article says of his job', () => {
    const [first] = engine.explain('what job did he have before', 1);
    expect(first?.kind).not.toBe('entity');
    expect(engine.ask('what job did he have before').answer).toMatch(/IT support/);
  });

  it('still ranks first, for "what job did he retire as", the card saying "retired as"', () => {
    expect(engine.explain('what job did he retire as', 1)[0]).toMatchObject({
      kind: 'entity',
      title: 'Who is Gordon Pilsworth?',
    });
  });
});

describe('when asked who someone is whose role the article gives whole before the name', () => {
  it('answers "who is teodor malkin" with his whole role, the ministry he speaks for', () => {
    expect(engine.ask('who is teodor malkin').answer).toMatch(/foreign ministry spokesperson/i);
  });

  it('answers "whos sandra lowther" with what she is to him, not her age alone', () => {
    expect(engine.ask('whos sandra lowther').answer).toMatch(/widow/);
  });
});
