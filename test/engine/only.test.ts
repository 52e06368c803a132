import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { FutureQuestions } from '../../src/engine/future.ts';
import { curatedOnly, onlyFit } from '../../src/engine/only.ts';
import { WhetherQuestions } from '../../src/engine/untold.ts';
import { bundledFresh } from '../eval/stories.ts';
import { LANGUAGE } from '../support/language.ts';
import { freshEngine } from '../support/one-off.ts';

const whether = new WhetherQuestions(LANGUAGE, new FutureQuestions(LANGUAGE));
const texts = [
  'The Larder runs a food bank in Ashcombe Vale.',
  'The Larder runs the only food bank in Ashcombe Vale.',
  'No other charity in the town hands out food.',
  null,
];
const condition = (question: string) => onlyFit(question, whether, (unit) => texts[unit] ?? null);

describe('the condition a question about the only one of its kind sets', () => {
  describe('when asked "is the larder the only food bank in town"', () => {
    const holds = condition('is the larder the only food bank in town');

    it('holds a sentence that only says it is one against it', () => {
      expect(holds?.(0)).toBe(false);
    });
    it('takes one saying "only" or "no other"', () => {
      expect(holds?.(1)).toBe(true);
      expect(holds?.(2)).toBe(true);
    });
    it('trusts an answer written for its questions', () => {
      expect(holds?.(3)).toBe(true);
    });
  });

  describe('when asked "are there other food banks in ashcombe vale"', () => {
    const holds = condition('are there other food banks in ashcombe vale');

    it('holds a sentence that only says there is one against it', () => {
      expect(holds?.(0)).toBe(false);
    });
    it('takes one saying "only" or "no other"', () => {
      expect(holds?.(1)).toBe(true);
      expect(holds?.(2)).toBe(true);
    });
  });

  describe('when asked "is there another investigation going on"', () => {
    const more = [
      'Investigators found the monitors had been switched off.',
      'The agency said a separate investigation into who approved it was continuing.',
      'An additional inquiry has been opened by the council.',
      'A further review will report in the spring.',
    ];
    const holds = onlyFit(
      'is there another investigation going on',
      whether,
      (unit) => more[unit] ?? null,
    );

    it('holds a sentence telling of the one investigation alone against it', () => {
      expect(holds?.(0)).toBe(false);
    });
    it('takes one telling of a "separate", "additional" or "further" one as another', () => {
      expect(holds?.(1)).toBe(true);
      expect(holds?.(2)).toBe(true);
      expect(holds?.(3)).toBe(true);
    });
  });

  describe('when a curated pair answers "does the larder run any other food bank"', () => {
    const holds = onlyFit('does the larder run any other food bank', whether, (unit) =>
      unit === 0
        ? curatedOnly(
            ['where does the larder hand out food', 'what does the larder run'],
            'The Larder runs a food bank in Ashcombe Vale; it also runs a cafe.',
          )
        : curatedOnly(
            ['is it the only food bank in town'],
            'The Larder runs a food bank in Ashcombe Vale.',
          ),
    );

    it('holds a pair written for other questions to saying "only"', () => {
      expect(holds?.(0)).toBe(false);
    });
    it('trusts a pair one of whose own questions asks it', () => {
      expect(holds?.(1)).toBe(true);
    });
  });

  it.each([
    'did the gazette report this itself or get it from somewhere else',
    'what is the only food bank in town',
    'is this from the ashcombe gazette or some other paper',
    'do the volunteers know each other',
    'what did the other trustee say',
    'did he steal only 500 pounds',
    'did his family go with him or only him',
    'i only want to know who runs the larder',
    'is it only me or is this confusing',
    'is the larder a food bank',
  ])('sets none on "%s"', (question) => {
    expect(condition(question)).toBeNull();
  });
});

describe('in a made-up article about a village shop', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(
      [
        'Village shop saved by residents',
        'Residents of Elmbridge have bought the village shop on Mill Lane, which had been due to close in May.',
        'The shop sells groceries, newspapers and stamps, and runs a post office counter on weekday mornings.',
        'Elmbridge has a post office in the shop on Mill Lane, open on weekday mornings.',
      ].join('\n\n'),
    );
  });

  describe('when asked "is the mill lane shop the only post office in elmbridge"', () => {
    it('does not say yes with the sentence that it has a post office', () => {
      const answer = engine.ask('is the mill lane shop the only post office in elmbridge');
      expect(answer.answer).not.toContain('has a post office');
    });
  });

  describe('when asked "does elmbridge have only one post office"', () => {
    it('says the article does not tell', () => {
      expect(engine.ask('does elmbridge have only one post office').status).toBe('unknown');
    });
  });
});

describe('in the bundled article ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine(await bundledFresh());
  });

  describe('when asked "is tartous russia\'s only mediterranean naval base"', () => {
    it('does not answer with the sentence that only names the base', () => {
      const answer = engine.ask("is tartous russia's only mediterranean naval base");
      expect(answer.answer).not.toContain('currently operates');
    });
  });
});
