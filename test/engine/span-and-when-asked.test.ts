import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { AnswerTypes } from '../../src/engine/intent.ts';
import { fixtureStory } from '../eval/stories.ts';
import { LANGUAGE } from '../support/language.ts';

const types = new AnswerTypes(LANGUAGE.cues);

describe('a question asking how quickly, or "when\'s" wherever it stands', () => {
  it.each([
    ['how quickly did they report it to the regulator?', 'duration'],
    ['how soon will the line reopen', 'duration'],
    ["ok and the full report, when's that dropping", 'date'],
    ["lol ok but when's the full timetable back", 'date'],
  ])('reads "%s" as asking for a %s', (question, need) => {
    expect(types.need(question)).toBe(need);
  });

  it('still reads "when" as a conjunction as asking nothing', () => {
    expect(types.need('did the army help when rebels advanced')).toBeNull();
  });

  describe('on an article ingested fresh', () => {
    let ransomware: StoryEngine;
    let maternity: StoryEngine;
    beforeAll(async () => {
      ransomware = createEngine((await fixtureStory('council-ransomware')).kb);
      maternity = createEngine((await fixtureStory('maternity-unit')).kb);
    });

    describe('when asked "how quickly did they report it to the regulator?"', () => {
      it('gives the sentence saying it was reported "within 72 hours"', () => {
        const answer = ransomware.ask('how quickly did they report it to the regulator?');
        expect(answer.status).toBe('answered');
        expect(answer.quote?.text).toContain('within 72 hours');
      });
    });

    describe(`when asked "ok and the full report, when's that dropping"`, () => {
      it('gives the sentence saying it would be published "in the coming weeks"', () => {
        const answer = maternity.ask("ok and the full report, when's that dropping");
        expect(answer.status).toBe('answered');
        expect(answer.quote?.text).toContain('in the coming weeks');
      });
    });
  });
});
