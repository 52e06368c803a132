/**
 * How long someone has done something, as they say it themselves: "I've been
 * mending boats on this quay for thirty years" is in the perfect ("'ve" is
 * its auxiliary, a number in words its count), and a speaker's remark shown
 * with the sentence introducing them ("Tom Keel, who has run the yard for 23
 * years, said the deal was "…"") tells it in that sentence's own clause
 * (`perfect-span.ts`).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { perfectSpansIn } from '../../src/engine/perfect-span.ts';
import { foldText, words } from '../../src/engine/text.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Boatyard on Fenmouth quay to close after rent rise
The last boatyard on Fenmouth quay will close at the end of the month after its landlord, the Fenmouth Harbour Trust, doubled the rent, its owners said on Monday.
The yard repairs about 40 fishing boats and pleasure craft a year, and three of its four staff have been told they will lose their jobs.
"I've been mending boats on this quay for thirty years and I never thought I'd see it empty," said Ada Hartley, 62, the yard's oldest shipwright.
For the staff, the mood was one of anger rather than surprise. Tom Keel, who has run the yard for 23 years, said the new rent was "more than we take in a good year".
The trust said the new rent reflected the value of the site and that it had offered the yard a smaller unit on the industrial estate.
Councillor Ruth Pelling said she would ask the trust to delay the rise until the summer.
`;

describe('a span a speaker tells in the perfect', () => {
  it.each([
    '"I\'ve been mending boats on this quay for thirty years," said Ada Hartley.',
    "We've waited for this bridge for forty years.",
  ])('is found in "%s"', (text) => {
    expect(perfectSpansIn(words(foldText(text)))).toHaveLength(1);
  });
});

describe('in a made-up report of a boatyard closing', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE);
  });

  describe('when asked "how long has hartley been mending boats"', () => {
    it('answers with her own "I\'ve been mending boats on this quay for thirty years"', () => {
      const answer = engine.ask('how long has hartley been mending boats');
      expect(answer.status).toBe('answered');
      expect(`${answer.answer} ${answer.quote?.text ?? ''}`).toContain('for thirty years');
    });
  });

  describe('when asked "how long has keel run the yard"', () => {
    it('answers with the sentence introducing him, "who has run the yard for 23 years"', () => {
      const answer = engine.ask('how long has keel run the yard');
      expect(answer.status).toBe('answered');
      expect(`${answer.answer} ${answer.quote?.text ?? ''}`).toContain('for 23 years');
    });
  });

  describe('when asked "how long has pelling been a councillor"', () => {
    it('does not answer: nobody says how long she has been one', () => {
      expect(engine.ask('how long has pelling been a councillor').status).toBe('unknown');
    });
  });
});

const BUS_ARTICLE = `Bus drivers accept pay offer, ending strike
Bus drivers at Fenwick Coaches have voted to accept a revised pay offer, ending a two-week strike that left villages across the Lowdale valley without services.
The drivers' union said 71 per cent of members had backed the offer of a 6 per cent rise this year.
For drivers returning to work, the mood was one of relief rather than celebration. Sam Pryor, who has driven out of the Lowdale depot for 19 years, said the deal was "fair enough, but it should not have taken a strike".
The company said full services would resume on Monday.
`;

describe('in a made-up report of a bus strike ending', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(BUS_ARTICLE);
  });

  describe('when asked "how long has sam pryor drove for"', () => {
    it('answers with his remark, shown with "who has driven out of the Lowdale depot for 19 years"', () => {
      const answer = engine.ask('how long has sam pryor drove for');
      expect(answer.status).toBe('answered');
      expect(answer.answer).toContain('for 19 years');
    });
  });
});
