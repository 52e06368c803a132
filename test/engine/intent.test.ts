import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AnswerTypes, countedPhrases, countedThing } from '../../src/engine/intent.ts';
import { GENERAL_RESOURCES_DIR } from '../../src/knowledge/general.ts';
import { LanguageFileSchema } from '../../src/knowledge/general-schema.ts';

const { cues } = LanguageFileSchema.parse(
  JSON.parse(readFileSync(path.join(GENERAL_RESOURCES_DIR, 'language.json'), 'utf8')),
);
const types = new AnswerTypes(cues);
const answerNeed = (question: string) => types.need(question);
const canAnswer = (need: Parameters<AnswerTypes['canAnswer']>[0], text: string) =>
  types.canAnswer(need, text);

describe('when a question says what kind of fact it wants', () => {
  it.each([
    ['when was assad ousted', 'date'],
    ['what day did it happen', 'exact-date'],
    ['when exactly was the lease terminated', 'exact-date'],
    ['what exact day did bogdanov arrive', 'exact-date'],
    ['how long has russia been in syria', 'duration'],
    ['how many troops does russia have', 'quantity'],
    ['how much did the lease cost', 'quantity'],
    ['why did russia intervene', 'reason'],
    ['what reasons did the tribunal give for rejecting it', 'reason'],
    ['for what reasons was the work postponed', 'reason'],
    ['who is zakharova', 'person'],
    ['which official said it', 'person'],
    ['did russia help assad when rebels were closing in', null],
    ['so when did bogdanov visit', 'date'],
    ['where are the bases', 'place'],
    ['which city did he visit', 'place'],
    ['what is the vibe', null],
    ["what is bogdanov's first name", 'full-name'],
    ['how do you say hello in arabic', 'translation'],
    ['what is thank you in french', 'translation'],
  ])('reads "%s" as asking for %s', (question, need) => {
    expect(answerNeed(question)).toBe(need);
  });
});

describe('when checking whether an answer can be what was asked', () => {
  it('takes two capitalised words in a row as a full name', () => {
    expect(canAnswer('full-name', 'Russian Deputy Foreign Minister Mikhail Bogdanov')).toBe(true);
    expect(canAnswer('full-name', 'President Bashar al-Assad')).toBe(true);
    expect(canAnswer('full-name', 'Sharaa, one of the new Syrian authorities')).toBe(false);
  });

  it('takes only a day of a month as an exact date', () => {
    expect(canAnswer('exact-date', 'ousted on December 8')).toBe(true);
    expect(canAnswer('exact-date', 'visited Damascus in late January')).toBe(false);
    expect(canAnswer('exact-date', 'the lease was recently terminated')).toBe(false);
  });

  it('takes a month or "recently" as a date', () => {
    expect(canAnswer('date', 'Bogdanov visited Damascus in late January')).toBe(true);
    expect(canAnswer('date', 'the lease was recently terminated')).toBe(true);
    expect(canAnswer('date', 'Zakharova is the spokeswoman')).toBe(false);
  });

  it('does not take a year as a quantity, nor "recently" as a duration', () => {
    expect(canAnswer('quantity', 'involvement began in 2015')).toBe(false);
    expect(canAnswer('quantity', 'two bases')).toBe(true);
    expect(canAnswer('quantity', 'Seventeen schools closed')).toBe(true);
    expect(canAnswer('duration', 'involvement began in 2015')).toBe(true);
    expect(canAnswer('duration', 'the lease was recently terminated')).toBe(false);
  });

  it('takes minutes as a span ("how long does the crossing take")', () => {
    expect(canAnswer('duration', 'The crossing takes 35 minutes')).toBe(true);
    expect(canAnswer('duration', 'The crossing takes a while')).toBe(false);
  });

  it('names every place a text gives, by name or by a word of place', () => {
    expect(types.placesIn('He moved to Lyon, then lived by the coast')).toEqual(['Lyon', 'coast']);
    expect(types.placesIn('Assad fled in December')).toEqual([]);
  });

  it('takes a name after "in", "to" or "visited", or a word of place, as a place', () => {
    expect(canAnswer('place', 'an air base in Hmeimim and a naval base in Tartous')).toBe(true);
    expect(canAnswer('place', 'Assad and his family fled to Moscow')).toBe(true);
    expect(canAnswer('place', 'both strategically located on the coast')).toBe(true);
    expect(canAnswer('place', 'ousted in December due to a rebel offensive')).toBe(false);
    expect(canAnswer('place', 'the lease was recently terminated')).toBe(false);
  });

  it('takes a full name or a role as a person', () => {
    expect(canAnswer('person', 'said Foreign Ministry spokeswoman Maria Zakharova')).toBe(true);
    expect(canAnswer('person', 'the new authorities expressed interest')).toBe(true);
    expect(canAnswer('person', 'the lease was recently terminated')).toBe(false);
  });

  it('does not take a pronoun as a person: "she said…" tells a reader nobody', () => {
    expect(canAnswer('person', 'She said the advisory could not be lifted')).toBe(false);
    expect(canAnswer('person', 'He added that his department respected it')).toBe(false);
  });

  describe('in a story that names its people and groups', () => {
    const named = new AnswerTypes({ ...cues, names: ['Bill Ostrander', 'Ostrander', 'Red Cross'] });

    it('takes one of those names, the surname alone included, as a person', () => {
      expect(named.canAnswer('person', 'Mayor Bill Ostrander declared an emergency')).toBe(true);
      expect(named.canAnswer('person', '"I am not sorry," Ostrander said')).toBe(true);
      expect(named.canAnswer('person', 'The Red Cross says both have room')).toBe(true);
    });

    it('does not take a place written in two capitalised words as a person', () => {
      expect(named.canAnswer('person', 'Harlow Falls schools will be closed Monday')).toBe(false);
      expect(canAnswer('person', 'Harlow Falls schools will be closed Monday')).toBe(true);
    });

    it('does not find a name inside a longer word', () => {
      const short = new AnswerTypes({ ...cues, names: ['Li'] });
      expect(short.canAnswer('person', 'flights to Lisbon were cancelled')).toBe(false);
      expect(short.canAnswer('person', 'Jenna Li said crews cannot reach it')).toBe(true);
    });
  });

  it('takes "due to" or "in order to" as a reason', () => {
    expect(canAnswer('reason', 'ousted due to a rebel offensive')).toBe(true);
    expect(canAnswer('reason', 'Assad fled to Moscow')).toBe(false);
    expect(canAnswer('reason', 'Officials blamed a mix of heavy rain and melting snow.')).toBe(
      true,
    );
    expect(canAnswer('reason', 'ties with Russia, despite its support for Assad')).toBe(false);
  });
});

describe('when a "how many" question names what it counts', () => {
  it('finds the counted thing', () => {
    expect(countedThing('how many troops does russia have')).toBe('troops');
    expect(countedThing('where are the bases')).toBeNull();
  });

  it('takes the head of a longer phrase: the troops are counted, not the Russians', () => {
    expect(countedThing('how many russian troops are still in syria')).toBe('troops');
    expect(countedThing('how many naval bases')).toBe('bases');
    expect(countedThing('how many bases russia operate in syria')).toBe('bases');
    expect(countedThing("how many of syria's arms are russian")).toBe('arms');
    expect(countedThing('how many russian military personnel are there')).toBe('personnel');
  });

  it('stops at a verb or a preposition after the noun: people are counted, not "since"', () => {
    expect(countedThing('how many people treated since sunday')).toBe('people');
    expect(countedThing('how many people since monday')).toBe('people');
    expect(countedThing('how many armed men')).toBe('men');
  });

  it('reads what each number in an answer counts, and nothing for a year', () => {
    expect(countedPhrases('Russia operates two bases in Syria since 2015')).toEqual([
      'bases in syria',
    ]);
    expect(countedPhrases('All of Syria’s arms are of Russian origin')).toEqual(['of syria arms']);
    expect(countedPhrases('its only naval base in the Mediterranean')).toEqual(['naval base in']);
  });

  it('reads on past "and" between the modifiers of what a number counts', () => {
    expect(countedPhrases('about 180 deck and engine crew walked off')).toEqual([
      'deck and engine crew',
    ]);
  });
});
