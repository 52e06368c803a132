/**
 * Asked for a day or an age, a sentence giving that kind beside the one word
 * the reader's question holds besides its framing ("what day… announce…")
 * is given below the threshold when it leads any other fact by
 * `DECISION.clearSentenceLead` (`day-or-age-asked.ts`); two sentences as
 * close are two readings of the question.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Riverside food market to close for good after 40 years
The Riverside food market in Kelford will close for good at the end of the month, its owners said.
The Hartley family, who have run the covered market since 1985, announced the decision on Wednesday in a letter to traders.
Rents for the 38 stalls have risen by a third since 2022, and footfall has fallen every year since the pandemic.
The last day of trading will be Saturday 31 May.
Stallholder Priya Desai, who sells spices, said traders had been given no warning.
"We found out from a letter pushed under the shutters," she said. "Nobody came to talk to us."
The council said it would look at whether the building could be used for a new market.
The market's longest-serving trader, Tom Avery, 74, has sold fish there since it opened.
Mr Avery said he had not decided whether to retire.
A smaller market in Brookfield announced its own closure last year.
`;

describe('when asked "what date did they announce the closure"', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE);
  });

  it('answers with the sentence giving the day it was announced, though another sentence gives a date', () => {
    const answer = engine.ask('what date did they announce the closure');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('announced the decision on Wednesday');
  });
});

describe('when asked "what day did they announce it" of two sentences announcing on a day', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(
      ARTICLE.replace('The last day of trading will be Saturday 31 May.\n', '').replace(
        'its own closure last year',
        'its own closure on 3 March last year',
      ),
    );
  });

  it('abstains: neither leads the other', () => {
    expect(engine.ask('what day did they announce it').status).toBe('unknown');
  });
});
