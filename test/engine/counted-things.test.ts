import { beforeAll, describe, expect, it } from 'vitest';
import { countedPhrases, countsOnlyTogether } from '../../src/engine/counted.ts';
import { figuresOfThings } from '../../src/engine/figures-of-things.ts';
import { AnswerTypes } from '../../src/engine/intent.ts';
import { foldText } from '../../src/engine/text.ts';
import { LANGUAGE } from '../support/language.ts';
import { type PlainStory, plainStory } from '../support/plain-story.ts';

const types = new AnswerTypes(LANGUAGE.cues);
const mentionOf = (word: string) => (text: string) =>
  text.split(' ').some((used) => used === word || used === word.replace(/s$/, ''));
/** Whether some number of a text counts what a "how many" asks about, the reader's own words only. */
const countsIn = (question: string, text: string) => {
  const counting = types.counting(question, mentionOf);
  return counting !== null && countedPhrases(text).some((phrase) => counting.isCounted(phrase));
};

describe('what a number counts when its thing is named away from it', () => {
  describe('when asked "how many stores sold it"', () => {
    it('counts the stores of "all 214 of the chain\'s stores": a part counts what its whole is made of', () => {
      expect(countsIn('how many stores sold it', "stocked in all 214 of the chain's stores")).toBe(
        true,
      );
    });

    it('counts the aircraft of "nine of the airline\'s turboprop aircraft"', () => {
      expect(
        countsIn('how many aircraft', "grounded nine of the airline's turboprop aircraft"),
      ).toBe(true);
    });

    it('does not reach a thing named further on after "of" without a determiner', () => {
      expect(countsIn('how many stores sold it', 'two of which were in stores')).toBe(false);
    });
  });

  describe('when asked "how many tractors were there"', () => {
    it('counts "the number of tractors at about 380": the number is of what was named before it', () => {
      expect(
        countsIn('how many tractors were there', 'police put the number of tractors at about 380'),
      ).toBe(true);
    });

    it('does not take "every tractor" for a count of them', () => {
      expect(countsIn('how many tractors were there', 'every tractor was checked')).toBe(false);
    });
  });

  describe('when asked "how many copies did it sell"', () => {
    it('reads "40,000 copies and was reissued" as a count of copies alone: "was" is no second plural', () => {
      const counting = types.counting('how many copies did it sell', mentionOf);
      const text = 'sold more than 40,000 copies and was reissued';
      const [phrase = ''] = countedPhrases(text);
      expect(counting?.isCounted(phrase)).toBe(true);
      expect(counting && countsOnlyTogether(phrase, text, counting)).toBe(false);
    });
  });

  describe('when asked "how many went to hospital"', () => {
    it('counts nothing named: "went" is no thing counted', () => {
      expect(types.counting('how many went to hospital', mentionOf)).toBeNull();
    });
  });
});

describe('when a "how many people" is answered by a count of one kind of people further on', () => {
  it('counts the relatives, volunteers or pedestrians a reader calls people', () => {
    expect(countsIn('how many ppl went to the meeting', 'About 60 relatives attended')).toBe(true);
    expect(countsIn('how many people helped', 'more than 120 volunteers')).toBe(true);
  });

  it('counts the people of "four extra staff" and "97 were pedestrians"', () => {
    expect(countsIn('how many people did the pub hire', 'took on four extra staff')).toBe(true);
    expect(
      countsIn('how many folks on foot were hurt', 'Of those injured, 97 were pedestrians'),
    ).toBe(true);
  });

  it('counts the people of "27 cases of measles": a case of a disease is a person', () => {
    expect(countsIn('how many ppl have got measles', 'confirmed 27 cases of measles')).toBe(true);
  });

  it('counts "a crowd of 18,412": a gathering\'s "of" gives the number of its people', () => {
    expect(countsIn('how many ppl turned up to watch', 'A crowd of 18,412 watched the final')).toBe(
      true,
    );
    expect(countsIn('how many tickets were sold', 'A crowd of 18,412 watched the final')).toBe(
      false,
    );
  });

  it('counts the part of a whole of people: "six of the 40 parents"', () => {
    expect(countsIn('how many people wrote in', 'six of the 40 parents wrote in')).toBe(true);
  });

  it('still does not count a kind of people an adjective away from the number', () => {
    expect(countsIn('how many people answered the survey', 'it has 4,100 paying members')).toBe(
      false,
    );
  });
});

describe('on a story that names what a reader counts only by a broader or narrower word', () => {
  let story: PlainStory;
  beforeAll(async () => {
    story = await plainStory(
      [
        'The Old Mill Bridge has been closed since Tuesday after divers found cracks beneath two of its arches.',
        'About 14,000 vehicles a day normally use the crossing, the council said.',
        'Two tugs tried to pull the grain barge free on Wednesday.',
        'Meanwhile, 14 fishing boats are unable to leave the harbour.',
        'The council has set up a diversion of about 11 miles through Cotterham.',
      ],
      { title: 'Bridge closed', scope: 'A bridge closure.' },
    );
  });

  describe('when asked "how many cars use the bridge on a normal day"', () => {
    it('takes "14,000 vehicles" as the count: the story writes no car', () => {
      expect(
        story.engine.explainDecision('how many cars use the bridge on a normal day')?.fitsAll,
      ).toBe(true);
      expect(story.answerTo('how many cars use the bridge on a normal day')).toContain('14,000');
    });
  });

  describe('when asked "how many tugboats tried"', () => {
    it('counts the tugs the story names, not the boats a tugboat is one of', () => {
      expect(story.rankedFirst('how many tugboats tried')).toContain('Two tugs');
      expect(story.answerTo('how many tugboats tried')).not.toContain('14 fishing boats');
    });
  });
});

describe('when asked "how many times did the group write to the council"', () => {
  it('takes "on at least six occasions" as a number of times', () => {
    expect(types.need('how many times did the group write to the council')).toBe('times');
    expect(
      types.canAnswer('times', 'the group had written to the council on at least six occasions'),
    ).toBe(true);
  });
});

describe('when asked "how many exam centres were running the paper"', () => {
  it('reads "at 612 centres less than three hours later" as a count of centres, not a difference', () => {
    const { level, changed } = figuresOfThings(
      foldText('too late to halt an exam that began at 612 centres less than three hours later'),
    );
    expect(level).toContain('centres');
    expect(changed).not.toContain('centres');
  });

  it('still reads "two hours later than planned" as a difference of hours', () => {
    expect(figuresOfThings(foldText('it opened two hours later than planned')).changed).toContain(
      'hours',
    );
  });
});
