import { beforeAll, describe, expect, it } from 'vitest';
import { countedPhrases, countedThing, countsOnlyTogether } from '../../src/engine/counted.ts';
import { createEngine } from '../../src/engine/engine.ts';
import {
  AnswerTypes,
  needWords,
  partsOfDayNamedIn,
  withoutPartsOfDayNamed,
} from '../../src/engine/intent.ts';
import { TOP_UNIT_THRESHOLD } from '../eval/evaluate.ts';
import { bundledFresh, fixtureStory } from '../eval/stories.ts';
import { LANGUAGE } from '../support/language.ts';

const { cues } = LANGUAGE;
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
    ["what's the exact date the decision notice will be issued", 'exact-date'],
    ['what is the new date for the planning meeting', 'date'],
    ['what was the date of the vote', 'date'],
    ['what time did it go up, local?', 'time-of-day'],
    ['at what time was the result declared', 'time-of-day'],
    ["what time's ko for the ashgrove game", 'time-of-day'],
    ['which day of the week was the vote', 'weekday'],
    ['what time of year do the floods come', 'date'],
    ['what time frame did they give', 'date'],
    ["what's services inflation running at right now", 'quantity'],
    ['whats the final score lol', 'tally'],
    ['what was the half time score', 'tally'],
    ['how long has russia been in syria', 'duration'],
    ['how many troops does russia have', 'quantity'],
    ['how much did the lease cost', 'money'],
    ['how much has the baker spent on water', 'money'],
    ['how much does a driver earn a year', 'money'],
    ["what was coastlink's profit in 2023", 'money'],
    ['why did profits fall', 'reason'],
    ['how many euros was the firm fined', 'money'],
    ["what's gareth loame's salary", 'money'],
    ['what are the drivers wages now', 'money'],
    ['how much could the council be fined by the data regulator', 'money'],
    ["by how much was the firm's fine reduced?", 'quantity'],
    ['what dates were the dunmere concerts', 'date'],
    ['which days is the ferry running', 'date'],
    ['how many us dollars did it cost', 'money'],
    ['how many pounds of flour were delivered', 'quantity'],
    ['how much are fares going up', 'quantity'],
    // A yes-or-no asks whether it was paid, not how much: "had not yet been paid".
    ['was he paid as treasurer or was it volunteer', null],
    ['has the band been paid', null],
    ['so will he pay the money back?', null],
    ['is the pier insured and for how much', 'quantity'],
    ['what did the museum pay for them', 'quantity'],
    ['cost of the repairs?', 'quantity'],
    ['how many times was the upgrade delayed', 'times'],
    ['how often does the ferry run', 'frequency'],
    ['how far is the island from the coast', 'distance'],
    // "How fast" of a deed asks how long it took; of a motion, a speed.
    ['how fast did the lifeboat get out after the call', 'duration'],
    ['How fast does the contractor reckon they could get it done?', 'duration'],
    ['how fast was the train going', null],
    ['how fast was the wind blowing', null],
    ["what's the phone number for the calloway helpline", 'quantity'],
    ['what were enhanced payments worth in 2019?', 'money'],
    ["what's beyoncé's net worth", null],
    ['what did sandra say isnt worth it', null],
    ['what share of costs is fuel', 'percentage'],
    ['how old is the eastfield plant', 'age'],
    ['at what age do pupils sit the exam', 'age'],
    ['whats her vote share as a %', 'percentage'],
    ['what percentage of pupils shifted their wake-up time', 'percentage'],
    ['why did russia intervene', 'reason'],
    ['what reasons did the tribunal give for rejecting it', 'reason'],
    ['for what reasons was the work postponed', 'reason'],
    ['how come the lease was terminated', 'reason'],
    // A word of money alone asks a sum, but not in a "why".
    ['what did the repairs cost', 'money'],
    ['why did costs go up', 'reason'],
    ['why does the builder have to pay for it', 'reason'],
    ['how come they had to pay', 'reason'],
    ['what did peter harcourt die from?', 'reason'],
    ['what did     die of', 'reason'],
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

describe('when a "how much" names money in the reader\'s own word', () => {
  it.each([
    'how much cash did the trust splash on temp staff',
    'how much money does the valley lose daily',
    'how much dosh did the mayor claim',
    'how much funding did the charity freeze',
  ])('reads "%s" as asking for a sum of money, as "cost" would', (question) => {
    expect(answerNeed(question)).toBe('money');
  });

  it('still reads a change asked in such words as any amount ("how much cash is going into…")', () => {
    expect(answerNeed('how much cash is going into new water mains')).toBe('quantity');
  });
});

describe('in the rent-strike article ingested fresh, when asked "how much money does the university make from its halls every year?"', () => {
  // The article gives no income from the halls: "three years in a row" is no sum.
  it('abstains rather than answer with a sentence holding no sum of money', async () => {
    const { kb } = await fixtureStory('rent-strike');
    const answer = createEngine(kb).ask(
      'how much money does the university make from its halls every year?',
    );
    expect(answer.status).toBe('unknown');
  });
});

describe('when checking whether an answer can be what was asked', () => {
  it('takes two capitalised words in a row as a full name', () => {
    expect(canAnswer('full-name', 'Russian Deputy Foreign Minister Mikhail Bogdanov')).toBe(true);
    expect(canAnswer('full-name', 'President Bashar al-Assad')).toBe(true);
    expect(canAnswer('full-name', 'Sharaa, one of the new Syrian authorities')).toBe(false);
  });

  it('takes a sum with its currency as money, not any number', () => {
    expect(canAnswer('money', 'a $38 million upgrade')).toBe(true);
    expect(canAnswer('money', 'a 310-million-euro project')).toBe(true);
    expect(canAnswer('money', 'she paid 400 pounds')).toBe(true);
    expect(canAnswer('money', 'Seventeen schools closed on Monday')).toBe(false);
  });

  it('takes once, twice, an ordinal or "N times" as how many times, not any number', () => {
    expect(canAnswer('times', 'the work was postponed twice')).toBe(true);
    expect(canAnswer('times', 'the third increase in two years')).toBe(true);
    expect(canAnswer('times', 'the bank raised rates eight times')).toBe(true);
    expect(canAnswer('times', 'the upgrade was delayed by rising costs')).toBe(false);
    expect(canAnswer('times', 'its first increase since May')).toBe(false);
    expect(canAnswer('times', 'monthly payments would rise by 38 dalens')).toBe(false);
  });

  it('takes "N times a day", "every week" or "hourly" as how often', () => {
    expect(canAnswer('frequency', 'runs six times a day')).toBe(true);
    expect(canAnswer('frequency', 'trackers worn for a fortnight each school year')).toBe(true);
    expect(canAnswer('frequency', 'and hourly in summer')).toBe(true);
    expect(canAnswer('frequency', 'the work was postponed twice')).toBe(false);
  });

  it('takes a fraction or "one in eight" as a share, as it takes a percentage', () => {
    expect(canAnswer('percentage', 'fuel accounts for almost a third of its costs')).toBe(true);
    expect(canAnswer('percentage', 'One in eight shifted it by more than four hours')).toBe(true);
    expect(canAnswer('percentage', 'the fuel bill rose to 4 million pounds')).toBe(false);
  });

  it('takes a number of miles, or of hours apart, as a distance', () => {
    expect(canAnswer('distance', 'which lies 11 miles off the coast')).toBe(true);
    expect(canAnswer('distance', 'samples taken 24 hours apart')).toBe(true);
    expect(canAnswer('distance', 'about 2,300 residents')).toBe(false);
  });

  it('takes the year something began as an age, not any year', () => {
    expect(canAnswer('age', 'The plant was built in 1978')).toBe(true);
    expect(canAnswer('age', 'sediment data collected more than a decade earlier')).toBe(true);
    expect(canAnswer('age', 'down from 36.9 per cent at the 2022 mayoral election')).toBe(false);
  });

  it('takes only a day of a month or of the week as an exact date', () => {
    expect(canAnswer('exact-date', 'ousted on December 8')).toBe(true);
    expect(canAnswer('exact-date', 'the court ruled on Wednesday')).toBe(true);
    expect(canAnswer('exact-date', 'visited Damascus in late January')).toBe(false);
    expect(canAnswer('exact-date', 'the lease was recently terminated')).toBe(false);
  });

  it('does not take "since" alone as a date: "since his arrest" says not when he was arrested', () => {
    expect(canAnswer('date', 'He had attended meetings since his arrest, she said')).toBe(false);
    expect(canAnswer('date', 'Russia has been involved since 2015')).toBe(true);
  });

  it('takes only two tallies side by side as a score', () => {
    expect(canAnswer('tally', 'a disputed try gave Dunmore Vale a 24-22 victory')).toBe(true);
    expect(canAnswer('tally', 'they lost 15–9 to Portley')).toBe(true);
    expect(canAnswer('tally', 'The conversion put the visitors ahead for the first time')).toBe(
      false,
    );
    expect(canAnswer('tally', 'in the 2022-23 season')).toBe(false);
  });

  it('takes a span said of a thing ("a 30-year concession") as no date, a span ago or since as one', () => {
    expect(canAnswer('date', 'It operates the terminal under a 30-year concession')).toBe(false);
    expect(canAnswer('date', 'signed a three-year contract')).toBe(false);
    expect(canAnswer('date', 'the first failure in more than two years')).toBe(true);
    expect(canAnswer('date', 'the plant closed last year')).toBe(true);
  });

  it('takes a time of day as a date ("what time was it announced")', () => {
    expect(canAnswer('date', 'The result was declared at 2.47am')).toBe(true);
    expect(canAnswer('date', 'a meeting at 6 p.m.')).toBe(true);
    expect(canAnswer('date', 'a meeting at 10:15 pm')).toBe(true);
    expect(canAnswer('date', 'a 5 mile run')).toBe(false);
  });

  it('takes a clock time or a part of the day as a time of day: "due on April 24" gives no hour', () => {
    expect(canAnswer('time-of-day', 'The result was declared at 2.47am')).toBe(true);
    expect(canAnswer('time-of-day', 'lifted off at 6:42 a.m. local time')).toBe(true);
    expect(canAnswer('time-of-day', 'on Saturday, May 10, kick-off 3pm')).toBe(true);
    expect(canAnswer('time-of-day', "The committee's next decision is due on April 24.")).toBe(
      false,
    );
    expect(canAnswer('time-of-day', 'Crews reached the site early on Tuesday morning.')).toBe(true);
    expect(
      canAnswer('time-of-day', 'raised rates eight times since 2022, most recently in May'),
    ).toBe(false);
  });

  it('takes only a weekday as the day of the week: a date in the month names none', () => {
    expect(canAnswer('weekday', 'The council voted on Thursday.')).toBe(true);
    expect(canAnswer('weekday', 'The next vote is due on April 24.')).toBe(false);
  });

  it('takes only a number said to be an age, or the year something began, as an age', () => {
    expect(canAnswer('age', 'The 46-year-old, in his third season in charge')).toBe(true);
    expect(canAnswer('age', 'pupils aged 13 to 16')).toBe(true);
    expect(canAnswer('age', 'said Dev Anand, 34, who was travelling')).toBe(true);
    expect(canAnswer('age', 'The building, which opened in 1958, would be sold')).toBe(true);
    expect(canAnswer('age', 'forced the evacuation of 312 passengers and 41 crew')).toBe(false);
    expect(canAnswer('age', 'a mother of three who started the petition')).toBe(false);
  });

  it('takes only a share as a percentage, not any number', () => {
    expect(canAnswer('percentage', 'came third with 7,801 votes (15.7 per cent)')).toBe(true);
    expect(canAnswer('percentage', 'About 41% of the pupils')).toBe(true);
    expect(canAnswer('percentage', 'came third with 7,801 votes')).toBe(false);
  });

  it('takes a number or a year as an age, a sentence without either not', () => {
    expect(canAnswer('age', 'Ms Marchetti, a 44-year-old former headteacher')).toBe(true);
    expect(canAnswer('age', 'The plant was built in 1978')).toBe(true);
    expect(canAnswer('age', 'The plant serves the east of the city')).toBe(false);
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

  it('does not take the day of a date as a quantity ("how much" of "Tuesday 24 June")', () => {
    expect(canAnswer('quantity', 'the meeting is scheduled for Tuesday 24 June')).toBe(false);
    expect(canAnswer('quantity', 'the vote is on March 3')).toBe(false);
    expect(canAnswer('quantity', 'on 24 June, 300 people marched')).toBe(true);
    expect(canAnswer('quantity', 'since June 2,300 people have signed')).toBe(true);
  });

  it('does not take a clock time as a quantity ("how big" of "at about 7.15pm")', () => {
    expect(canAnswer('quantity', 'The last tractors left the ring road at about 7.15pm.')).toBe(
      false,
    );
    expect(canAnswer('quantity', 'crews arrived at 2.58am')).toBe(false);
    expect(canAnswer('quantity', 'the meeting starts at 6 p.m. on Monday')).toBe(false);
    expect(canAnswer('quantity', 'at 6pm, 40 people gathered')).toBe(true);
    expect(
      types.whereIn('quantity', ['left', 'at', '7', '15pm', 'with', '40', 'tractors']),
    ).toEqual([5]);
  });

  it('takes minutes as a span ("how long does the crossing take")', () => {
    expect(canAnswer('duration', 'The crossing takes 35 minutes')).toBe(true);
    expect(canAnswer('duration', 'The crossing takes a while')).toBe(false);
  });

  it('takes a span written in words or joined to its noun ("three hours", "a 30-year concession")', () => {
    expect(canAnswer('duration', 'The public comment period ran for nearly three hours')).toBe(
      true,
    );
    expect(canAnswer('duration', 'It operates the terminal under a 30-year concession')).toBe(true);
    expect(canAnswer('duration', 'Three people were hurt')).toBe(false);
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

  it('takes a role named in the plural as people: "a meeting with agency engineers, council officers and estate representatives"', () => {
    expect(
      canAnswer(
        'person',
        'A public meeting with agency engineers, council officers and estate representatives is planned.',
      ),
    ).toBe(true);
    expect(canAnswer('person', 'Structural engineers spent Monday inspecting the roof')).toBe(true);
  });

  it('takes any role noun of general English, or its plural, as a person: "the regulator", "most workers"', () => {
    expect(
      canAnswer(
        'person',
        'Her stance angered the trust, which hoped she would press the regulator',
      ),
    ).toBe(true);
    expect(
      canAnswer(
        'person',
        'Secondary pupils, hospital patients and most workers depend on the ferry.',
      ),
    ).toBe(true);
    expect(canAnswer('person', 'It is run by a charitable trust with two paid staff.')).toBe(true);
  });

  it('does not take a role noun that is as often another word as a person: "a lock", "the head of the river"', () => {
    expect(canAnswer('person', 'The lock gates at the head of the river were closed')).toBe(false);
    expect(canAnswer('person', 'The scheme will move forward in general terms')).toBe(false);
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

    it('names every person a text gives, a role word before a name being its title', () => {
      expect(named.peopleIn('Mayor Bill Ostrander thanked the Red Cross')).toEqual([
        'Bill Ostrander',
        'Red Cross',
      ]);
      expect(named.peopleIn('Ostrander met the spokeswoman')).toEqual(['Ostrander', 'spokeswoman']);
    });

    it("takes a role set off after a name as that person's, and a role apart as someone else", () => {
      expect(named.peopleIn('Ostrander, one of the county officials, told reporters')).toEqual([
        'Ostrander',
      ]);
      expect(named.peopleIn('Bill Ostrander, the mayor, said so')).toEqual(['Bill Ostrander']);
      expect(named.peopleIn('Ostrander said so, and the mayor agreed')).toEqual([
        'Ostrander',
        'mayor',
      ]);
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

  it('takes a cause said as a purpose, a precaution, a citing or a protest', () => {
    expect(canAnswer('reason', 'admitted to hospital as a precaution')).toBe(true);
    expect(canAnswer('reason', 'applied it to only 40 per cent of papers, citing cost')).toBe(true);
    expect(
      canAnswer('reason', 'let pupils finish the paper to avoid "chaos in the exam halls"'),
    ).toBe(true);
    expect(canAnswer('reason', 'will watch the bay in case the whale returns')).toBe(true);
    expect(canAnswer('reason', 'which is exactly why the limits are set so cautiously')).toBe(true);
    expect(canAnswer('reason', 'a decision it defended on grounds of cost')).toBe(true);
    expect(canAnswer('reason', 'income fell, driven largely by a drop in applications')).toBe(true);
    expect(canAnswer('reason', 'marched to protest against a proposed takeover')).toBe(true);
    expect(canAnswer('reason', 'The farmers are protesting against a cut to payments')).toBe(true);
    expect(canAnswer('reason', 'Volunteers will watch the bay each morning this week')).toBe(false);
  });

  it('does not take "the result" of a vote for a cause, but "the result of" one', () => {
    expect(canAnswer('reason', 'Price called the result "a historic night"')).toBe(false);
    expect(canAnswer('reason', 'The closure was the result of heavy rain')).toBe(true);
  });

  it('takes a span of one unit, or of an unsaid number, as a span ("nearly an hour", "months of talks")', () => {
    expect(canAnswer('duration', "It's nearly an hour on the bus if you time it right")).toBe(true);
    expect(canAnswer('duration', 'after months of talks broke down')).toBe(true);
    expect(canAnswer('duration', 'her details were with criminals for a month')).toBe(true);
  });

  it('takes a counted span of seasons or nights as a span, not "a season-ticket holder"', () => {
    expect(canAnswer('duration', 'groundsharing at Linden Park for at least five seasons')).toBe(
      true,
    );
    expect(canAnswer('duration', 'they spent three nights in a shelter')).toBe(true);
    expect(canAnswer('duration', 'said Brenda Halloway, a season-ticket holder')).toBe(false);
  });

  it('does not take a rate for a span ("$58,000 a year", "twice a day")', () => {
    expect(canAnswer('duration', 'she earns about $58,000 a year')).toBe(false);
    expect(canAnswer('duration', 'the minibus runs twice a day')).toBe(false);
  });

  it('takes "over the weekend" as when', () => {
    expect(canAnswer('date', 'the party would take legal advice over the weekend')).toBe(true);
  });
});

describe('when a question asks what someone said about a topic', () => {
  it('asks for no sum where the topic names one ("say about the cost going up")', () => {
    expect(answerNeed('what did mayor ostrander say about the cost going up')).toBeNull();
  });

  it('still asks when, where the topic is a "when"', () => {
    expect(answerNeed('what did she say about when will the road reopen')).toBe('date');
  });
});

describe('when a question asks who said something', () => {
  it('asks for a person, whatever words of sums the remark holds ("the pressure to pay")', () => {
    expect(answerNeed('who said the pressure to pay is enormous')).toBe('person');
    expect(answerNeed('who said we have to be honest with people about the cost')).toBe('person');
  });

  it('still asks a sum where "who" opens no question of saying', () => {
    expect(answerNeed('how much did the council say it would cost')).toBe('money');
  });
});

describe('in the ransomware article ingested fresh, when asked who said the pressure to pay is "enormous"', () => {
  it('answers with the one who said it', async () => {
    const { kb } = await fixtureStory('hospital-ransomware');
    const answer = createEngine(kb).ask('who said the pressure to pay is "enormous"');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('Daniel Hesketh');
  });
});

describe('in the flood article ingested fresh, when asked "What did Mayor Ostrnader say about the cost going up?"', () => {
  it('ranks his quotation first, not the sentence giving the sum spent', async () => {
    const { kb } = await fixtureStory('harlow-falls-flood');
    const engine = createEngine(kb, { answerThreshold: TOP_UNIT_THRESHOLD });
    const answer = engine.ask('What did Mayor Ostrnader say about the cost going up?');
    expect(`${answer.answer} ${answer.quote?.text}`).toContain('going to go up');
  });
});

describe('in the maternity-unit article ingested fresh, when asked how long the bus takes', () => {
  it('ranks "nearly an hour on the bus" first', async () => {
    const { kb } = await fixtureStory('maternity-unit');
    const engine = createEngine(kb, { answerThreshold: TOP_UNIT_THRESHOLD });
    const answer = engine.ask(
      "how long does the bus take her to get to the other hospital if she's lucky",
    );
    expect(answer.answer).toContain('nearly an hour');
  });
});

describe('in the by-election article ingested fresh', () => {
  let engine: ReturnType<typeof createEngine>;
  beforeAll(async () => {
    const { kb } = await fixtureStory('kessington-by-election');
    engine = createEngine(kb, { answerThreshold: TOP_UNIT_THRESHOLD });
  });

  describe('when asked "when will they decide on legal action"', () => {
    it('ranks "take legal advice over the weekend" first', () => {
      expect(engine.ask('when will they decide on legal action').answer).toContain(
        'over the weekend',
      );
    });
  });

  describe('when asked "wait why was there even a by-election"', () => {
    // The lead's "a by-election called after her predecessor resigned" gives
    // the same cause as "triggered by the resignation" (`event-cause.ts`).
    it('answers with the resignation that caused it, not "called the result a historic night"', () => {
      const answer = engine.ask('wait why was there even a by-election').answer;
      expect(answer).toMatch(/triggered by the resignation|after her predecessor resigned/);
      expect(answer).not.toContain('historic night');
    });
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

  it('passes over a plural possessive: schools are counted in "how many kids\' schools"', () => {
    expect(countedThing("how many kids' schools are shut")).toBe('schools');
  });

  it('stops at a verb or a preposition after the noun: people are counted, not "since"', () => {
    expect(countedThing('how many people treated since sunday')).toBe('people');
    expect(countedThing('how many people since monday')).toBe('people');
    expect(countedThing('how many armed men')).toBe('men');
  });

  it('counts a plural without an "s" before a verb: people, not "work" or "live"', () => {
    expect(countedThing('how many people work there')).toBe('people');
    expect(countedThing('how many ppl live in the town')).toBe('ppl');
    expect(countedThing('how many children attend the school')).toBe('children');
  });

  it('reads what each number in an answer counts, and nothing for a year', () => {
    expect(countedPhrases('Russia operates two bases in Syria since 2015')).toEqual([
      'bases in syria',
    ]);
    expect(countedPhrases('All of Syria’s arms are of Russian origin')).toEqual(['of syria arms']);
    expect(countedPhrases('its only naval base in the Mediterranean')).toEqual(['naval base in']);
  });

  it('reads a number with digit groups as one number', () => {
    expect(countedPhrases('It handed out 180,000 sandbags, pumps and tarps')).toEqual([
      'sandbags pumps and tarps',
    ]);
    expect(countedPhrases('1.5 million people')).toEqual(['million people', 'people']);
  });

  it('reads a number with a digit group as a count, though its digits look like a year ("1,850 teachers")', () => {
    expect(countedPhrases('as about 1,850 teachers walked off the job')).toEqual([
      'teachers walked off',
    ]);
    expect(countedPhrases('the first strike since 2019, when talks broke down')).toEqual([]);
  });

  it('reads no count in a sum of money ("£1.8 million on agency staff" counts no staff)', () => {
    expect(countedPhrases('The trust spent almost £1.8 million on agency staff')).toEqual([]);
    expect(countedPhrases('It spent $180,000 on overtime and 40 pumps')).toEqual(['pumps']);
  });

  it('reads a number joined to the next word by a hyphen as counting that word alone ("a twice-daily minibus and permitted cars" counts no cars)', () => {
    expect(countedPhrases('a twice-daily minibus and permitted cars')).toEqual(['daily']);
    expect(countedPhrases('a single-track forestry road')).toEqual(['track']);
    expect(countedPhrases('a three-day strike by 40 nurses')).toEqual(['day', 'nurses']);
  });

  it('reads no count in the day of a date ("Tuesday 4 March, when staff…" counts no staff)', () => {
    expect(
      countedPhrases('detected on Tuesday 4 March, when staff at County Hall could not log in'),
    ).toEqual([]);
    expect(countedPhrases('on March 4th, when 30 staff were sent home')).toEqual([
      'staff were sent',
    ]);
  });

  it('ends a count with its sentence ("…81 per cent. Members of the union" counts no members)', () => {
    expect(countedPhrases('a turnout of 81 per cent. Members of the union voted')).toEqual([
      'per cent',
    ]);
    expect(countedPhrases('about 3,000 members, said: “People want…”')).toEqual([
      'members said people',
    ]);
  });

  it('reads no count in a name that carries a number, nor in "at all"', () => {
    expect(countedPhrases('the Tern-2 failure grounded the fleet')).toEqual([]);
    expect(countedPhrases('no warning at all, and some people')).toEqual([]);
  });

  it('reads on past "and" between the modifiers of what a number counts', () => {
    expect(countedPhrases('about 180 deck and engine crew walked off')).toEqual([
      'deck and engine crew',
    ]);
  });
});

describe('when a "how many people" is answered by a count of one kind of people', () => {
  const mentionOf = (word: string) => (text: string) => text.split(' ').includes(word);
  const countsIn = (question: string, text: string) => {
    const counting = types.counting(question, mentionOf);
    return counting !== null && countedPhrases(text).some((phrase) => counting.isCounted(phrase));
  };

  it('counts the residents, passengers or customers a reader calls people', () => {
    expect(countsIn('how many people left their homes', 'About 2,100 residents left')).toBe(true);
    expect(countsIn('how many ppl fit on the ferry', 'carries 12 cars and 96 passengers')).toBe(
      true,
    );
    expect(countsIn('how many ppl does it serve', 'about 1.9 million customers')).toBe(true);
  });

  it('does not count a kind of people a word away from the number: another count', () => {
    expect(countsIn('how many ppl voted yes', 'left thousands of passengers stranded')).toBe(false);
    expect(countsIn('how many people answered the survey', 'it has 4,100 paying members')).toBe(
      false,
    );
  });

  it('counts a kind of people only for a reader asking for people at all, not for "how many staff"', () => {
    expect(countsIn('how many staff work there', 'about 1,800 visitors came')).toBe(false);
  });
});

describe('in the island ferry article ingested fresh, when asked "how many ppl fit on the Carragh"', () => {
  it('answers with the ferry\'s "96 passengers"', async () => {
    const { kb } = await fixtureStory('island-ferry-inspections');
    const answer = createEngine(kb).ask('how many ppl fit on the Carragh');
    expect(answer.status).toBe('answered');
    expect(answer.quote?.text).toContain('96 passengers');
  });
});

describe('when a "how much" or "how many" is answered in words, not digits', () => {
  it('takes "hundreds", "a couple" or "a handful" for a quantity', () => {
    expect(canAnswer('quantity', 'Hundreds of residents left their homes.')).toBe(true);
    expect(canAnswer('quantity', 'A handful of shops stayed open.')).toBe(true);
    expect(canAnswer('quantity', 'A couple of roads were shut.')).toBe(true);
  });

  it('reads what "thousands" counts', () => {
    expect(countedPhrases('Thousands of homes lost power')).toEqual(['of homes lost']);
  });
});

describe('when a "how many" is answered by a list rather than a number', () => {
  /** Plurals read as their singular, as the story's index reads them. */
  const sameWord = (text: string, word: string) => {
    const root = (w: string) => w.replace(/ies$/, 'y').replace(/s$/, '');
    return text
      .toLowerCase()
      .split(/[^a-z]+/)
      .some((used) => root(used) === root(word));
  };
  const named = new AnswerTypes({ ...cues, names: ['Anna Lind', 'Marc Duval', 'Peter Voss'] });
  const enumerates = (text: string, question: string) => {
    const counting = named.counting(question, (word) => (said) => sameWord(said, word));
    return counting !== null && named.enumerates(text, counting);
  };

  describe('when asked "how many countries were there" of "Britain, France and Germany"', () => {
    it('counts the names listed as the countries', () => {
      expect(
        enumerates(
          'Ministers from Britain, France and Germany met in Lisbon.',
          'how many countries were there',
        ),
      ).toBe(true);
    });

    it('does not count the people of a list as countries, nor weekdays', () => {
      expect(
        enumerates('Talks were led by Anna Lind and Marc Duval.', 'how many countries were there'),
      ).toBe(false);
      expect(enumerates('They met on Monday and Tuesday.', 'how many countries were there')).toBe(
        false,
      );
    });
  });

  describe('when asked "how many people led the talks" of "Anna Lind, Marc Duval and Peter Voss"', () => {
    it("counts the story's people listed", () => {
      expect(
        enumerates(
          'The talks were led by Anna Lind, Marc Duval and Peter Voss.',
          'how many people led the talks',
        ),
      ).toBe(true);
    });

    it('does not count them for a qualified kind the names cannot tell ("russian officials")', () => {
      expect(
        enumerates(
          'The talks were led by Anna Lind, Marc Duval and Peter Voss.',
          'how many russian officials led the talks',
        ),
      ).toBe(false);
    });
  });

  describe('when asked "how many terminals" of "a container terminal at X and a ferry terminal in Y"', () => {
    const text =
      'The port runs a container terminal at Kell Point and a ferry terminal in the harbour.';

    it('counts the items that each name a terminal', () => {
      expect(enumerates(text, 'how many terminals does the port run')).toBe(true);
    });

    it('does not count them as "ferry terminals": only one of them is', () => {
      expect(enumerates(text, 'how many ferry terminals does the port run')).toBe(false);
    });
  });

  it('finds no list in a sentence that names the thing once', () => {
    expect(enumerates('The port runs a ferry terminal.', 'how many terminals are there')).toBe(
      false,
    );
  });
});

describe('in the bundled article ingested fresh, when asked "how many bases does russia operate in syria"', () => {
  it('answers with the sentence listing "an air base … and a naval base"', async () => {
    const engine = createEngine(await bundledFresh());
    const answer = engine.ask('how many bases does russia operate in syria');
    expect(answer.status).toBe('answered');
    expect(answer.quote?.text).toContain('an air base in Hmeimim and a naval base in Tartous');
  });
});

describe('when a question names the kind of fact it wants', () => {
  it('finds the kind after "what" or "which": an answer that is one explains it', () => {
    expect(needWords('what time did he call', 'He called at 7 a.m.')).toEqual(['time']);
    expect(needWords('the visit was in which month?', 'He visited in January')).toEqual(['month']);
    expect(needWords('what exact day did it open', 'It opened on Monday')).toEqual(['day']);
  });

  it('finds "long" of "how long" only where the answer spells a span out', () => {
    expect(
      needWords('how long must people boil water', 'They must boil it until Saturday'),
    ).toEqual(['long']);
    expect(needWords('how long has she lived there', 'She has lived there for 52 years')).toEqual([
      'long',
    ]);
    expect(
      needWords('how long did he stay', 'He visited in January, the first visit since 2015'),
    ).toEqual([]);
  });

  it('finds none in another measure or a thing asked for: "how big", "which port"', () => {
    expect(needWords('how big is the terminal', 'It would grow by 40 hectares')).toEqual([]);
    expect(needWords('which port lease got cancelled', 'The lease was terminated')).toEqual([]);
  });
});

describe('when a question asks how much money', () => {
  it('reads the reader\'s word for money as the kind of fact asked, as "cost" is', () => {
    expect(types.kindWords('how much money did the coffee seller lose', 'money')).toEqual([
      'money',
    ]);
    expect(types.kindWords('how much dosh are the fishermen losing a day', 'money')).toEqual([
      'dosh',
    ]);
    expect(types.kindWords('how much did the ticket cost', 'money')).toEqual(['cost']);
  });
});

describe('when a question asks for the first or full name of someone it names', () => {
  it('reads "first" and "name" as the kind of fact asked, not as words to match', () => {
    expect(types.kindWords("what is assad's first name", 'full-name')).toEqual(['first', 'name']);
    expect(types.kindWords('his surname?', 'full-name')).toEqual(['surname']);
  });

  it('wants the full name of the one it names, not of someone beside them', () => {
    const text = 'Mikhail Bogdanov met President Bashar al-Assad.';
    expect(types.givesFullNameOf(['assad'], text)).toBe(true);
    expect(types.givesFullNameOf(['sharaa'], text)).toBe(false);
    expect(types.givesFullNameOf([], text)).toBe(true);
  });

  it('ranks the sentence naming "President Bashar al-Assad" first for "assads first name"', async () => {
    const engine = createEngine(await bundledFresh());
    expect(engine.explain('assads first name', 1)[0]?.title).toContain('Bashar al-Assad');
  });
});

describe('in the rate-decision article ingested fresh, when asked "what time did the announcement drop"', () => {
  it('ranks the sentence giving "2 p.m." first, over the shorter one about the announcement with no time', async () => {
    const { kb } = await fixtureStory('rate-decision');
    const [best] = createEngine(kb).explain('what time did the announcement drop', 1);
    expect(best?.title).toContain('2 p.m.');
  });
});

describe('the parts of the day a question names', () => {
  it('reads "that night" as naming the night, and blanks only it out of an answer', () => {
    const parts = partsOfDayNamedIn('what time did harwood arrive at kettlebridge that night');
    expect(parts).toEqual(['night']);
    const text = withoutPartsOfDayNamed(
      'He was taken there on the night of 14 August, by morning.',
      parts,
    );
    expect(text).not.toContain('night');
    expect(text).toContain('morning');
  });
});

describe('a count of two kinds together ("about 1,800 visitors and staff")', () => {
  const sameWord = (text: string, word: string) => text.split(' ').includes(word);
  const together = (text: string, question: string) => {
    const counting = types.counting(question, (word) => (said) => sameWord(said, word));
    if (counting === null) return false;
    return countedPhrases(text).some(
      (phrase) => counting.isCounted(phrase) && countsOnlyTogether(phrase, text, counting),
    );
  };

  it('counts neither kind alone', () => {
    expect(together('the evacuation of about 1,800 visitors and staff', 'how many staff')).toBe(
      true,
    );
    expect(together('the evacuation of about 1,800 visitors and staff', 'how many visitors')).toBe(
      true,
    );
  });

  it('counts both for a reader asking both', () => {
    expect(
      together('the evacuation of about 1,800 visitors and staff', 'how many visitors and staff'),
    ).toBe(false);
  });

  it('reads no second kind in "or more", a clause after a comma, or an item with its own count', () => {
    expect(together('working 20 hours or more a week', 'how many hours')).toBe(false);
    expect(
      together('cancelled in the first eight days, and only 71 percent', 'how many days'),
    ).toBe(false);
    expect(together('three schools and two libraries', 'how many schools')).toBe(false);
  });
});

describe('in the data-centre approval report ingested fresh', () => {
  describe(`when asked "what's the exact date the decision notice will be issued"`, () => {
    it('abstains: the article gives the decision notice no date, only the six weeks after it', async () => {
      const engine = createEngine((await fixtureStory('data-centre-approval')).kb);
      expect(engine.ask("what's the exact date the decision notice will be issued").status).toBe(
        'unknown',
      );
    });
  });
});
