import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { NamedKinds } from '../../src/engine/named-kind.ts';
import { STOPWORDS } from '../../src/engine/stopwords.ts';
import { TOP_UNIT_THRESHOLD } from '../eval/evaluate.ts';
import { fixtureStory } from '../eval/stories.ts';
import { LANGUAGE } from '../support/language.ts';

const texts = [
  'County officials said damage teams will start once the river drops.',
  'About 2,300 people left as the Tamsin River rose to its highest level.',
  'Russia operates an air base in Hmeimim.',
  'Anna Lind visited the port, the first visit by a Swedish official since the war.',
  'She told the court: "He is deeply ashamed."',
  'The hearing is set for November 14 at Stanmoor Crown Court.',
];
const namedKinds = new NamedKinds(LANGUAGE);
const ranked = texts.map((_, unit) => ({ unit, score: 1 - unit / 10 }));
const fitFor = (question: string) =>
  namedKinds.fit(
    question,
    (word) => STOPWORDS.has(word),
    (unit) => texts[unit] ?? '',
    ranked,
  );

describe('when asked "which river flooded"', () => {
  it('holds only answers that name a river', () => {
    const holds = fitFor('which river flooded?');
    expect(holds?.(0)).toBe(false);
    expect(holds?.(1)).toBe(true);
  });
});

describe('when asked "which court was this at"', () => {
  const holds = fitFor('which court was this at');
  it('does not take "She told the court" for a named court', () => {
    expect(holds?.(4)).toBe(false);
  });
  it('takes "Stanmoor Crown Court"', () => {
    expect(holds?.(5)).toBe(true);
  });
});

describe('when asked "what bases does russia have"', () => {
  it('takes "a base in Hmeimim" for a named base', () => {
    expect(fitFor('what bases does russia have')?.(2)).toBe(true);
  });
});

describe('when asked "which russian official went there"', () => {
  it('asks for an official, the last word before the verb', () => {
    const holds = fitFor('which russian official went there');
    expect(holds?.(3)).toBe(true);
    expect(holds?.(1)).toBe(false);
  });
});

describe('when asked "which plant was it"', () => {
  const plants = [
    'Water came from the Eastfield water treatment plant.',
    'Water came from the Eastfield old water treatment plant.',
    'Engineers at the plant said so, Eastfield Council reports.',
  ];
  const holds = new NamedKinds(LANGUAGE).fit(
    'which plant was it',
    (word) => STOPWORDS.has(word),
    (unit) => plants[unit] ?? '',
    plants.map((_, unit) => ({ unit, score: 1 })),
  );
  it('takes a name with two words between its capitalised word and "plant"', () => {
    expect(holds?.(0)).toBe(true);
  });
  it('does not take one with three words between them', () => {
    expect(holds?.(1)).toBe(false);
  });
  it('does not take "the plant" named by no capitalised word', () => {
    expect(holds?.(2)).toBe(false);
  });
});

describe('when the question asks for a time or an amount', () => {
  it.each(['what day did it start', 'which part of town', 'what did she say'])(
    'sets no condition on "%s"',
    (question) => {
      expect(fitFor(question)).toBeNull();
    },
  );
});

describe('when asked "what X" and no answer names one', () => {
  const valued = [
    'The county got 4.6 inches of rain, according to the regional weather office.',
    'The bank raised its rate to 5.75 percent.',
  ];
  const whatFit = (question: string, unit: number) =>
    new NamedKinds(LANGUAGE).fit(
      question,
      (word) => STOPWORDS.has(word),
      (u) => valued[u] ?? '',
      [{ unit, score: 1 }],
    )?.(unit);

  it('holds against an answer speaking of one unnamed, as a "which" does', () => {
    expect(whatFit('what weather office measured the rain', 0)).toBe(false);
  });
  it('takes one giving a figure right after the word: a "what" may ask a value', () => {
    expect(whatFit('what rate did they set', 1)).toBe(true);
  });
});

describe('when asked "which X" and no answer names one', () => {
  const unnamed = [
    'The county got 4.6 inches of rain, according to the regional weather office.',
    'On Monday he [Tom Ellery] said the union had raised it with ministers.',
    'Rovers, third in the Westmarch Premier Division, return to league action on Saturday.',
    'Rain fell on frozen ground.',
    'The Harlow Falls Courier reports, for March 31: Requests to the state close on March 31.',
    'The audit questioned a contract awarded to a company whose director is related to Mr Whitlow.',
    'The returning officer, Mr Holm, turned down a full recount.',
  ];
  const holds = new NamedKinds(LANGUAGE, ['The Harlow Falls Courier']).fit(
    'which weather office measured the rain',
    (word) => STOPWORDS.has(word),
    (unit) => unnamed[unit] ?? '',
    unnamed.map((_, unit) => ({ unit, score: 1 })),
  );
  const kindFit = (question: string, unit: number) =>
    new NamedKinds(LANGUAGE, ['The Harlow Falls Courier']).fit(
      question,
      (word) => STOPWORDS.has(word),
      (u) => unnamed[u] ?? '',
      [{ unit, score: 1 }],
    )?.(unit);

  it('holds against an answer speaking of one unnamed', () => {
    expect(holds?.(0)).toBe(false);
  });
  it('takes one silent on it, which may name it in other words', () => {
    expect(holds?.(3)).toBe(true);
  });
  it('reads neither a month nor a name put in for "he" as naming one', () => {
    expect(kindFit('which ministers did the union talk to', 1)).toBe(false);
  });
  it('takes one naming something the question does not, which may be the one', () => {
    expect(kindFit('which league are rovers in', 2)).toBe(true);
  });
  it("does not take the outlet's name for one", () => {
    expect(kindFit('which state is it', 4)).toBe(false);
  });
  it('does not take a person\'s name ("Mr Whitlow") for one of a kind no person is', () => {
    expect(kindFit('which company got the contract', 5)).toBe(false);
  });
  it("takes a person's name for one of a kind people are", () => {
    expect(kindFit('which officer turned down the recount', 6)).toBe(true);
  });
});

describe('when asked "which hospital" and a sentence opens on "The hospital"', () => {
  const texts = [
    'The hospital said on Thursday that all three were in a stable condition.',
    'Three people were admitted to Ashgrove General Hospital as a precaution.',
    'The Crown Court ruled on Friday.',
  ];
  const fitOf = (question: string, units: readonly number[]) =>
    new NamedKinds(LANGUAGE).fit(
      question,
      (word) => STOPWORDS.has(word),
      (unit) => texts[unit] ?? '',
      units.map((unit) => ({ unit, score: 1 })),
    );

  it('does not read the capitalised "The" as naming it, where another answer names one', () => {
    const holds = fitOf('which hospital', [0, 1]);
    expect(holds?.(0)).toBe(false);
    expect(holds?.(1)).toBe(true);
  });
  it('still takes it where no answer names one, as it did', () => {
    expect(fitOf('which hospital', [0])?.(0)).toBe(true);
  });
  it('still reads "The" before a capitalised kind\'s word as opening a name', () => {
    expect(fitOf('which crown ruled', [2, 1])?.(2)).toBe(true);
  });
});

describe('when asked outright for the name of one and no answer names one', () => {
  const spoken = [
    'Fire Chief Ray Delgado said the driver had gone around a barricade.',
    'Two people were rescued by boat on Sunday morning, said Tom Ellery.',
    'Two people were rescued by boat on Sunday morning.',
  ];
  const holds = namedKinds.fit(
    "what's the name of the driver who went around the barricade",
    (word) => STOPWORDS.has(word),
    (unit) => spoken[unit] ?? '',
    spoken.map((_, unit) => ({ unit, score: 1 })),
  );

  it('holds against an answer speaking of one unnamed', () => {
    expect(holds?.(0)).toBe(false);
  });
  it('takes one silent on it that names someone, who may be the one in other words', () => {
    expect(holds?.(1)).toBe(true);
  });
  it('holds against one silent on it that names no one at all', () => {
    expect(holds?.(2)).toBe(false);
  });
});

describe('when asked "what\'s the firefighter\'s name who got heat exhaustion"', () => {
  const spoken = [
    'One firefighter was treated for heat exhaustion, and two farms lost animals.',
    'Firefighter Dan Rees was treated for heat exhaustion.',
  ];
  const holds = namedKinds.fit(
    "what's the firefighter's name who got heat exhaustion",
    (word) => STOPWORDS.has(word),
    (unit) => spoken[unit] ?? '',
    spoken.map((_, unit) => ({ unit, score: 1 })),
  );

  it('asks the name outright, a clause after it telling which one', () => {
    expect(holds?.(0)).toBe(false);
  });
  it('takes an answer naming the firefighter', () => {
    expect(holds?.(1)).toBe(true);
  });
});

/** A fit over these answers, each answer naming the story's people listed beside it. */
function outrightFit(question: string, spoken: readonly (readonly [string, boolean | null])[]) {
  return namedKinds.fit(
    question,
    (word) => STOPWORDS.has(word),
    (unit) => spoken[unit]?.[0] ?? '',
    spoken.map((_, unit) => ({ unit, score: 1 })),
    (unit) => spoken[unit]?.[1] ?? null,
  );
}

describe('when asked "what\'s the name of the cop who woke tom brierley up"', () => {
  const holds = outrightFit("what's the name of the cop who woke tom brierley up", [
    [
      'Tom Brierley, who has lived on Fenwick Road for 31 years, was woken by a police officer.',
      false,
    ],
    ['PC Dana Hale knocked on every door on Fenwick Road, said Tom Brierley.', true],
  ]);

  it('holds against an answer naming only a street and the man the reader named', () => {
    expect(holds?.(0)).toBe(false);
  });
  it('takes one naming someone else, who may be the officer in other words', () => {
    expect(holds?.(1)).toBe(true);
  });
});

describe('when asked "what\'s the name of the 19 year old who was arrested?"', () => {
  const holds = outrightFit("what's the name of the 19 year old who was arrested?", [
    ['Police said at the time that a 19-year-old man had been arrested.', false],
    ['Jordan Pike, 19, of Mill Lane, was arrested at the scene.', true],
  ]);

  it('reads someone told by their age as a person, and holds against one unnamed', () => {
    expect(holds?.(0)).toBe(false);
  });
  it('takes an answer naming someone', () => {
    expect(holds?.(1)).toBe(true);
  });
});

describe('when asked "what are the names of the other five schools the trust runs"', () => {
  const holds = outrightFit('what are the names of the other five schools the trust runs', [
    [
      'The Learning Trust, which runs Hollinsworth and five other schools across Westmarsh, said…',
      null,
    ],
    ['The trust also runs Elmfield School and Dunmore School.', null],
  ]);

  it('asks for schools, not for "other" or "five", and holds against one leaving them unnamed', () => {
    expect(holds?.(0)).toBe(false);
  });
  it('takes an answer naming schools', () => {
    expect(holds?.(1)).toBe(true);
  });
});

describe('when asked "what\'s the name of the coach firm\'s MD again"', () => {
  const holds = outrightFit("what's the name of the coach firm's MD again", [
    ['The services are run by Tarrant Valley Coaches, a family-owned firm.', false],
    ["Martin Okafor, the firm's managing director, said fuel costs had risen.", true],
  ]);

  it('asks for the MD, the one after the "\'s", not the firm named before it', () => {
    expect(holds?.(0)).toBe(false);
    expect(holds?.(1)).toBe(true);
  });
});

describe('when asked "whats the union called" and no answer names one', () => {
  const spoken = [
    'The union is asking for 9 percent over three years.',
    'Dana Okafor, who leads the teachers, said the strike would go on.',
  ];
  const calledFit = (question: string) =>
    namedKinds.fit(
      question,
      (word) => STOPWORDS.has(word),
      (unit) => spoken[unit] ?? '',
      spoken.map((_, unit) => ({ unit, score: 1 })),
    );

  it('holds against an answer speaking of the union unnamed, as "the name of the union" does', () => {
    expect(calledFit('whats the union called')?.(0)).toBe(false);
    expect(calledFit("What's the union called?")?.(0)).toBe(false);
  });
  it('takes one silent on it that names someone, who may be the one in other words', () => {
    expect(calledFit('what is the union called')?.(1)).toBe(true);
  });
});

describe('when asked "what\'s the culture minister\'s name" and no answer names one', () => {
  const spoken = [
    'Hannah Lisle, the culture spokeswoman, urged the culture minister to meet both sides.',
    'Tomas Berg, the music director, said the minister had not replied.',
  ];
  const holds = namedKinds.fit(
    "what's the culture minister's name",
    (word) => STOPWORDS.has(word),
    (unit) => spoken[unit] ?? '',
    spoken.map((_, unit) => ({ unit, score: 1 })),
  );

  it('holds against an answer speaking of the minister unnamed, as "the name of the minister" does', () => {
    expect(holds?.(0)).toBe(false);
    expect(holds?.(1)).toBe(false);
  });
});

describe('when asked "who was the original contractor" and no answer names one', () => {
  const spoken = [
    'The upgrade was delayed by a dispute with the original contractor.',
    'Referee Gareth Pennock awarded the try.',
  ];
  const roleFit = (question: string) =>
    namedKinds.fit(
      question,
      (word) => STOPWORDS.has(word),
      (unit) => spoken[unit] ?? '',
      spoken.map((_, unit) => ({ unit, score: 1 })),
    );

  it('holds against an answer speaking of the contractor unnamed', () => {
    expect(roleFit('who was the original contractor')?.(0)).toBe(false);
  });
  it('does not read "the ref" into "Referee"', () => {
    expect(roleFit('who was the ref')?.(1)).toBe(true);
  });
  it('sets no condition for "who was the upgrade for", which asks whom it served', () => {
    expect(roleFit('who was the upgrade for')).toBeNull();
  });
});

describe('in the flood report ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('harlow-falls-flood')).kb);
  });

  describe('when asked "What\'s the name of the driver who went around the barricade?"', () => {
    it('says the article does not tell, not the fire chief who spoke of the driver', () => {
      expect(
        engine.ask("What's the name of the driver who went around the barricade?").status,
      ).toBe('unknown');
    });
  });
});

describe('in the flood report ingested fresh, the engine answering its best unit', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('harlow-falls-flood')).kb, {
      answerThreshold: TOP_UNIT_THRESHOLD,
    });
  });

  describe('when asked "What county is Harlow Falls in?"', () => {
    it('answers with one that names a county, not the pair made for what happened on Sunday', () => {
      expect(engine.ask('What county is Harlow Falls in?').answer).toContain('Greer County');
    });
  });
});

describe('in the by-election report ingested fresh, asked the name of something a person owns', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('kessington-by-election')).kb);
  });

  describe('when asked "whats the name of bracewells haulage firm"', () => {
    it('does not answer with his own card, which names no firm', () => {
      expect(engine.ask('whats the name of bracewells haulage firm').status).toBe('unknown');
    });
  });

  describe('when asked "who is the returning officer"', () => {
    it('still answers with the one whose role it is', () => {
      expect(engine.ask('who is the returning officer').answer).toContain('Derek Holm');
    });
  });
});

describe('in the port ruling ingested fresh, where "Third" is only ever a name\'s word', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('port-valdora-ruling')).kb);
  });

  describe('when asked "who was the third judge on the panel"', () => {
    it('asks a judge named, and the sentence on the three-judge panel names none', () => {
      expect(engine.ask('who was the third judge on the panel').status).toBe('unknown');
    });
  });

  describe('when asked "who presided over the panel"', () => {
    it('still names the presiding judge', () => {
      expect(engine.ask('who presided over the panel').answer).toContain('Helena Brask');
    });
  });
});

describe('in the museum bronzes report ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('museum-bronzes')).kb);
  });

  describe('when asked "who was the officer in charge of the expedition that burned the palace"', () => {
    it('abstains rather than quoting the sentence on the expedition, which names no one', () => {
      expect(
        engine.ask('who was the officer in charge of the expedition that burned the palace').status,
      ).toBe('unknown');
    });
  });
});

describe('in the cough syrup recall ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine((await fixtureStory('cough-syrup-recall')).kb);
  });

  describe('when asked "what\'s the name of the department of health spokesperson"', () => {
    it('abstains rather than quoting "A spokesperson for the Department of Health said…"', () => {
      expect(engine.ask("what's the name of the department of health spokesperson").status).toBe(
        'unknown',
      );
    });
  });
});

describe('when asked "what\'s the fire chief\'s advice to residents"', () => {
  it('asks for the advice, not to name the chief whose it is', () => {
    const kinds = new NamedKinds(LANGUAGE);
    const isFiller = (word: string) => STOPWORDS.has(word);
    expect(kinds.kindAskedFor("what's the fire chief's advice to residents", isFiller)).toBe(
      'advice',
    );
  });

  it('in the flood article ingested fresh, ranks "He urged residents to stay off flooded roads" first', async () => {
    const { kb } = await fixtureStory('harlow-falls-flood');
    const engine = createEngine(kb, { answerThreshold: TOP_UNIT_THRESHOLD });
    expect(engine.ask("what's the fire chief's advice to residents").answer).toContain(
      'stay off flooded roads',
    );
  });
});

describe('when asked outright for the name of a thing someone named owns', () => {
  const spoken = [
    'Priya Natarajan runs a bakery on Tanner Street.',
    "Tellin's elementary school only goes to Grade 7.",
    "Mr Harwood's daughter, Claire Benning, told the Herald the family had pushed for the findings.",
  ];
  // A name the story writes only with a capital is filler to the kind.
  const names = new Set(['priya', 'natarajan', 'tellin', 'mr', 'harwood']);
  const ownedFit = (question: string) =>
    namedKinds.fit(
      question,
      (word) => STOPWORDS.has(word) || names.has(word),
      (unit) => spoken[unit] ?? '',
      spoken.map((_, unit) => ({ unit, score: 1 })),
    );
  it('reads the kind past an owner named in two words ("Priya Natarajan\'s bakery")', () => {
    expect(ownedFit("What's the name of Priya Natarajan's bakery?")?.(0)).toBe(false);
  });
  it('does not take "a bakery on Tanner Street", which tells only where one is, for its name', () => {
    expect(ownedFit("what's the name of Priya Natarajan's bakery")?.(0)).toBe(false);
  });
  it('does not take the owner\'s own possessive ("Tellin\'s elementary school") for its name', () => {
    expect(ownedFit("what's the name of Tellin's elementary school?")?.(1)).toBe(false);
  });
  it('takes a name set off after the kind ("his daughter, Claire Benning")', () => {
    expect(ownedFit("What's the name of Mr Harwood's daughter?")?.(2)).toBe(true);
  });
});

describe('when asked for one of a kind the answers speak of unnamed', () => {
  const spoken = [
    'Calloway declined to say whether the same ingredient had been used in any of its other products.',
    '"Three shops on this stretch have closed."',
    'An email told colleagues to "hold the line at 34 cents no matter what the co-ops say".',
    'A spokesperson for the Department of Health said hospitals in Harrowgate had been asked to report.',
  ];
  const unnamedFit = (question: string) =>
    namedKinds.fit(
      question,
      (word) => STOPWORDS.has(word) || word === 'calloway',
      (unit) => spoken[unit] ?? '',
      spoken.map((_, unit) => ({ unit, score: 1 })),
    );
  it('reads the kind after "other" ("what other products"), and holds against "its other products"', () => {
    expect(unnamedFit('what other products does calloway make')?.(0)).toBe(false);
  });
  it('does not take a count opening a sentence ("Three shops") for a name', () => {
    expect(unnamedFit('which three shops closed down?')?.(1)).toBe(false);
  });
  it('reads a hyphened kind ("which co-ops") whole', () => {
    expect(unnamedFit('which co-ops did the manager mean')?.(2)).toBe(false);
  });
  it('does not run a name across a verb ("the Department of Health said hospitals")', () => {
    expect(unnamedFit('whats the name of the hospital')?.(3)).toBe(false);
  });
});

describe('when asked "which exam board messed up"', () => {
  const boards = [
    'An exam board has admitted that a fault wrongly lowered the grades of 4,300 pupils.',
    'The Midland and Western Examinations Board said a software error had caused it.',
  ];
  const holds = new NamedKinds(LANGUAGE).fit(
    'which exam board messed up',
    (word) => STOPWORDS.has(word),
    (unit) => boards[unit] ?? '',
    boards.map((_, unit) => ({ unit, score: 1 - unit / 10 })),
  );
  it('does not take "An exam board" opening a sentence for a named board', () => {
    expect(holds?.(0)).toBe(false);
  });
  it('takes the board the other sentence names', () => {
    expect(holds?.(1)).toBe(true);
  });
});

describe('when asked "which government department was mentioned"', () => {
  const departments = [
    'The council would ask the national government for emergency funding.',
    'A spokesperson for the Department for Transport and Infrastructure said it would be considered.',
  ];
  const holds = new NamedKinds(LANGUAGE).fit(
    'which government department was mentioned',
    (word) => STOPWORDS.has(word),
    (unit) => departments[unit] ?? '',
    departments.map((_, unit) => ({ unit, score: 1 - unit / 10 })),
  );
  it('takes "the Department for Transport and Infrastructure" for a named department', () => {
    expect(holds?.(1)).toBe(true);
  });
  it('holds the sentence naming no department against it', () => {
    expect(holds?.(0)).toBe(false);
  });
});
