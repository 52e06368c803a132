import { beforeAll, describe, expect, it } from 'vitest';
import { spellsOut } from '../../src/engine/acronym-asked.ts';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { fixtureStory } from '../eval/stories.ts';

describe('when a text is read for the words a short form stands for', () => {
  it.each([
    ["Members of the Regional Transport Workers' Union (RTWU) backed the deal", 'RTWU'],
    ['the Department of Health and Human Services said', 'HHS'],
    ['the Department of Health and Human Services said', 'DHHS'],
  ])('finds them in "%s" (%s)', (text, letters) => {
    expect(spellsOut(text, letters)).toBe(true);
  });

  it.each([
    ["said Sandra Okafor, the RTWU's regional organiser.", 'RTWU'],
    ['Russian Foreign Ministry spokeswoman Maria Zakharova', 'MFA'],
  ])('does not find them in "%s" (%s)', (text, letters) => {
    expect(spellsOut(text, letters)).toBe(false);
  });
});

describe('when asked "what does RTWU stand for?"', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('bus-pay-deal')).kb);
  });

  it('does not answer with a quote that only uses the short form', () => {
    const answer = engine.ask('what does RTWU stand for?');
    expect(answer.status === 'unknown' || /Regional Transport Workers/.test(answer.answer)).toBe(
      true,
    );
  });

  it('ranks the name spelt out first', () => {
    const [first] = engine.explain('what does RTWU stand for?', 1);
    expect(first?.title).toContain("Regional Transport Workers' Union");
  });
});
