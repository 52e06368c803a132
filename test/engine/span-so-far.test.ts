import { describe, expect, it } from 'vitest';
import { AnswerTypes } from '../../src/engine/intent.ts';
import { spanSoFarFit } from '../../src/engine/span-so-far.ts';
import { LANGUAGE } from '../support/language.ts';

const types = new AnswerTypes(LANGUAGE.cues);
const texts = [
  '"Until every one of those aircraft has been inspected, it will not carry a single passenger," said chief executive Miriam Oduya.',
  'Miriam Oduya has been chief executive since 2019.',
  null,
];
const fitOf = (question: string) =>
  spanSoFarFit(
    question,
    (unit) => texts[unit] ?? null,
    (text) => types.canAnswer('duration', text),
  );

describe('when asked how long something has lasted so far ("how long has oduya been ceo")', () => {
  it('holds a sentence whose only span runs until a time still to come against it', () => {
    expect(fitOf('how long has miriam oduya been ceo')?.(0)).toBe(false);
  });
  it('takes one saying since when', () => {
    expect(fitOf('how long has miriam oduya been ceo')?.(1)).toBe(true);
  });
  it('trusts an answer written for its questions', () => {
    expect(fitOf('how long has miriam oduya been ceo')?.(2)).toBe(true);
  });
  it('sets none on how long something will last ("how long will the grounding last")', () => {
    expect(fitOf('how long will the grounding last')).toBeNull();
  });
});
