/**
 * The ways reporters say who someone is: a title or role before the name,
 * a role set off by commas before or after it, an age, a clause — and the
 * names themselves, with particles, hyphens and apostrophes, used again
 * later by surname or title and surname.
 */
import { describe, expect, it } from 'vitest';
import { draftedEntities } from '../support/one-off.ts';

/** The drafted people of a one-off article: name → role description and aliases. */
function peopleOf(...paragraphs: string[]) {
  return Object.fromEntries(
    draftedEntities(...paragraphs)
      .filter((e) => e.kind === 'person')
      .map((e) => [e.name, { description: e.description, aliases: e.aliases }]),
  );
}

const roleOf = (name: string, ...paragraphs: string[]) =>
  peopleOf(...paragraphs)[name]?.description;

describe('when the role is set off by commas before the name', () => {
  it('reads "the operator\'s chief executive, Paul Brenner, said"', () => {
    expect(
      roleOf(
        'Paul Brenner',
        "The operator's chief executive, Paul Brenner, said the line would reopen.",
      ),
    ).toBe("the operator's chief executive");
  });

  it('reads "a spokesperson for the Rail Safety Board, Dana Okafor, said"', () => {
    expect(
      roleOf(
        'Dana Okafor',
        'The board will publish a report, a spokesperson for the Rail Safety Board, Dana Okafor, said on Tuesday.',
      ),
    ).toBe('a spokesperson for the Rail Safety Board');
  });

  it('reads "its director of nursing, Jean-Paul Mercier, said"', () => {
    expect(
      roleOf(
        'Jean-Paul Mercier',
        'Its director of nursing, Jean-Paul Mercier, said the trust had hired 40 nurses.',
      ),
    ).toBe('its director of nursing');
  });

  it('reads the role at the end of a long sentence ("after the death of its founder, Karl-Heinz Moser.")', () => {
    expect(
      roleOf(
        'Karl-Heinz Moser',
        'Graf first conducted the cycle in 1986 after the death of its founder, Karl-Heinz Moser.',
      ),
    ).toBe('its founder');
  });

  it('names the body "its" refers to, from the sentence before ("Its chief executive, Rachel Dunn,")', () => {
    expect(
      roleOf(
        'Rachel Dunn',
        'Basin Metals, which employs 600 people, reported record profits. Its chief executive, Rachel Dunn, said output would double.',
      ),
    ).toBe('Basin Metals’ chief executive');
  });

  it('names the body "the union" stands for ("Dana Pryce, the union\'s regional organiser,")', () => {
    expect(
      roleOf(
        'Dana Pryce',
        'The Associated Union of Train Drivers said drivers were exhausted.',
        "Dana Pryce, the union's regional organiser, said rest-day working had been voluntary.",
      ),
    ).toBe('Associated Union of Train Drivers’ regional organiser');
  });

  it('takes "the union" for an association when no body is named a union', () => {
    expect(
      roleOf(
        'Dana Okafor',
        'Teachers of the Marlow Education Association walked out on Monday.',
        "Dana Okafor, the union's president, said talks had collapsed.",
      ),
    ).toBe('Marlow Education Association’s president');
  });

  it('names the body first named of two that "the bank" could be', () => {
    expect(
      roleOf(
        'Tomas Brell',
        'The Central Bank of Kestria raised rates, and economists at Harbourline Bank agreed.',
        "Tomas Brell, the bank's deputy governor, said more rises might follow.",
      ),
    ).toBe('Central Bank of Kestria’s deputy governor');
  });

  it('names the body a panel is "of" ("a panel of the Court of Appeal")', () => {
    expect(
      roleOf(
        'Helena Brask',
        'A panel of the Third Regional Court of Appeal annulled the permit.',
        "Helena Brask, the panel's presiding judge, wrote the ruling.",
      ),
    ).toBe('Third Regional Court of Appeal’s presiding judge');
  });

  it('keeps "the charity\'s" as written when only a "Charity Commission" is named', () => {
    expect(
      roleOf(
        'Priya Sandhu',
        'The Charity Commission was told of the theft.',
        "Priya Sandhu, the charity's treasurer, found the gap.",
      ),
    ).toBe("the charity's treasurer");
  });

  it('keeps "the agency\'s" as written when no agency is named', () => {
    expect(
      roleOf(
        'Helena Moravec',
        'The satellite was lost on Tuesday.',
        "Helena Moravec, the agency's mission director, said forecasts would not suffer.",
      ),
    ).toBe("the agency's mission director");
  });

  it('keeps "its" as written when no body is named just before', () => {
    expect(
      roleOf(
        'Rachel Dunn',
        'Profits rose last year. Its chief executive, Rachel Dunn, said output would double.',
      ),
    ).toBe('its chief executive');
  });

  it('keeps only the role when the sentence runs into it ("The company said the chief executive, …")', () => {
    expect(
      roleOf(
        'Paul Brenner',
        'The company said the chief executive, Paul Brenner, would step down in May.',
      ),
    ).toBe('the chief executive');
  });

  it('gives no role for a phrase about something else ("In a statement, Paul Brenner, …")', () => {
    expect(
      roleOf('Paul Brenner', 'In a statement, Paul Brenner, who joined in 2019, apologised.'),
    ).toBe('joined in 2019');
  });
});

describe('when the whole clause before the name is the role, in capitals', () => {
  it('reads "Chief Executive of Brightline Digital, Naomi Achterberg, said"', () => {
    expect(
      roleOf(
        'Naomi Achterberg',
        'Chief Executive of Brightline Digital, Naomi Achterberg, said the company had worked with clinicians.',
      ),
    ).toBe('Chief Executive of Brightline Digital');
  });
});

describe('when a courtesy title comes before the name', () => {
  it('gives no role for "Mr Hartley", with or without a point', () => {
    expect(
      roleOf(
        'Wes Hartley',
        'Health Secretary Wes Hartley spoke on Monday. Mr Hartley said the app was safe.',
      ),
    ).toBe('Health Secretary');
  });

  it('reads the role after "Dr Femi Adeyemi, a GP in Salford,"', () => {
    expect(
      roleOf('Femi Adeyemi', 'Dr Femi Adeyemi, a GP in Salford, said he welcomed the pilot.'),
    ).toBe('a GP in Salford');
  });
});

describe('when a list of places runs on into the sentence', () => {
  it('takes "the West Midlands and Cornwall will be…" for no role of the place before it', () => {
    const entities = draftedEntities(
      'Patients in Greater Manchester, the West Midlands and Cornwall will be the first to use the app.',
    );
    expect(entities.find((e) => e.name === 'Greater Manchester')?.kind).toBe('place');
  });
});

describe('when the role follows the name', () => {
  it('reads "Paul Brenner, chief executive of Northline Rail, said"', () => {
    expect(
      roleOf(
        'Paul Brenner',
        'Paul Brenner, chief executive of Northline Rail, told a committee in March.',
      ),
    ).toBe('chief executive of Northline Rail');
  });

  it('reads "Dr. Amara Singh, who leads the trauma unit at St Luke\'s,"', () => {
    expect(
      roleOf(
        'Amara Singh',
        "Dr. Amara Singh, who leads the trauma unit at St Luke's, said the decision protected patients.",
      ),
    ).toBe("leads the trauma unit at St Luke's");
  });

  it('reads an age and a role ("Okafor, 52, a former engineer,")', () => {
    expect(
      roleOf(
        'Dana Okafor',
        'Dana Okafor briefed reporters. Okafor, 52, a former engineer, said the train was slow.',
      ),
    ).toBe('52, a former engineer');
  });
});

describe('when the role comes before the name as a title or a lowercase noun', () => {
  it('reads "Councillor Priya Natarajan"', () => {
    expect(
      roleOf('Priya Natarajan', 'Councillor Priya Natarajan said the closures would hurt.'),
    ).toBe('Councillor');
  });

  it('reads "tenant organiser Luis Ortega", even opening a sentence', () => {
    expect(
      roleOf(
        'Luis Ortega',
        'Tenant organiser Luis Ortega said residents had begun collecting signatures.',
      ),
    ).toBe('Tenant organiser');
  });
});

describe('when a name has particles, hyphens or an apostrophe', () => {
  it('keeps "Ludwig van Beethoven" whole and answers to "Beethoven"', () => {
    expect(peopleOf('The orchestra played Ludwig van Beethoven symphonies.')).toMatchObject({
      'Ludwig van Beethoven': { aliases: ['van Beethoven', 'Beethoven'] },
    });
  });

  it('keeps "Maria de la Cruz" whole', () => {
    expect(
      Object.keys(
        peopleOf('Maria de la Cruz, a nurse at the hospital, said staff had warned managers.'),
      ),
    ).toEqual(['Maria de la Cruz']);
  });

  it('reads a later "van der Berg told" as the same person', () => {
    const people = peopleOf(
      'The concerts will be conducted by Sofia van der Berg, the associate conductor.',
      '"Every note carries his fingerprints," van der Berg told reporters.',
    );
    expect(Object.keys(people)).toEqual(['Sofia van der Berg']);
  });

  it('keeps "Siobhan O\'Neill" and "Jean-Paul Mercier" whole, with their surnames as aliases', () => {
    const people = peopleOf("Siobhan O'Neill met Jean-Paul Mercier on Friday.");
    expect(people).toMatchObject({
      "Siobhan O'Neill": { aliases: ["O'Neill"] },
      'Jean-Paul Mercier': { aliases: ['Mercier'] },
    });
  });
});

describe('when a person is named again by surname or by title and surname', () => {
  it('reads "Ms. Okafor" and "Calloway" as the people named before', () => {
    const people = peopleOf(
      'Dana Okafor, a spokesperson for the board, met Hugh Calloway on Monday.',
      'Ms. Okafor declined to comment. Calloway said he would resign.',
    );
    expect(Object.keys(people)).toEqual(['Dana Okafor', 'Hugh Calloway']);
  });

  it('keeps "Ms. Okafor" as an alias, since readers call her as the article does', () => {
    const people = peopleOf(
      'Dana Okafor, a spokesperson for the board, spoke on Monday.',
      'Ms. Okafor declined to comment.',
    );
    expect(people['Dana Okafor']?.aliases).toEqual(['Okafor', 'Ms. Okafor']);
  });
});

describe('when a court report gives the role as a participle ("defending", "prosecuting")', () => {
  it('reads "Naomi Achebe-Lunt, defending, said"', () => {
    expect(
      roleOf(
        'Naomi Achebe-Lunt',
        'Naomi Achebe-Lunt, defending, said her client had been struggling.',
      ),
    ).toBe('defending');
  });

  it('reads "Sarah Lindqvist, prosecuting for the council, told magistrates"', () => {
    expect(
      roleOf(
        'Sarah Lindqvist',
        'Sarah Lindqvist, prosecuting for Brindlecombe Borough Council, told magistrates the flats were damp.',
      ),
    ).toBe('prosecuting for Brindlecombe Borough Council');
  });
});

describe('when the role after the name is a named owner\'s ("Northwind\'s chief executive")', () => {
  it('reads the role', () => {
    expect(
      roleOf(
        'Tomas Elverum',
        '"We will fly again," Tomas Elverum, Northwind\'s chief executive, told reporters.',
      ),
    ).toBe("Northwind's chief executive");
  });
});

describe('when a chair is named after or before her role', () => {
  it('reads "Margaret Oduya, chair of the Community Larder, said"', () => {
    expect(
      roleOf(
        'Margaret Oduya',
        'Margaret Oduya, chair of the Ashcombe Vale Community Larder, said outside court that it was a blow.',
      ),
    ).toBe('chair of the Ashcombe Vale Community Larder');
  });

  it('reads the whole owner of "The Green Party\'s regional chair, Aled Price,"', () => {
    expect(
      roleOf(
        'Aled Price',
        'The Green Party\'s regional chair, Aled Price, called the result "a historic night".',
      ),
    ).toBe("the Green Party's regional chair");
  });
});

describe('when a role is set off before a title and a name ("the deputy mayor, Councillor Neil Farrant,")', () => {
  it('keeps both', () => {
    expect(
      roleOf(
        'Neil Farrant',
        'Since then the deputy mayor, Councillor Neil Farrant, has run the city.',
      ),
    ).toBe('the deputy mayor, Councillor');
  });
});

describe('when a role set off by commas comes before an honorific ("the lab\'s director, Professor Alistair Brennan")', () => {
  it('reads the role without the honorific', () => {
    expect(
      roleOf(
        'Alistair Brennan',
        "The lab's director, Professor Alistair Brennan, denies any wrongdoing.",
      ),
    ).toBe("the lab's director");
  });
});

describe('when a role comes before a title of courtesy ("Lead author Dr Helena Marsh")', () => {
  it('reads the role without the title', () => {
    expect(roleOf('Helena Marsh', 'Lead author Dr Helena Marsh said the pattern held.')).toBe(
      'Lead author',
    );
  });
});

describe('when a role comes before an honorific ("Co-author Professor Signe Aalto")', () => {
  const text =
    'Co-author Professor Signe Aalto, a marine engineer at Torvik University who wrote the inspection report, told the broadcaster that the doors had failed.';

  it('leaves the honorific out of the role', () => {
    expect(roleOf('Signe Aalto', text)).not.toMatch(/Professor/);
  });

  it('keeps what she is, even with a verb of saying in its "who" clause', () => {
    expect(roleOf('Signe Aalto', text)).toBe(
      'Co-author, a marine engineer at Torvik University who wrote the inspection report',
    );
  });
});

describe('when a role before the name follows "of" ("the resignation of Labour mayor Graham Whitlow")', () => {
  it('does not open the role on "of"', () => {
    expect(
      roleOf(
        'Graham Whitlow',
        'The by-election was triggered by the resignation of Labour mayor Graham Whitlow last year.',
      ),
    ).toBe('Labour mayor');
  });
});

describe('when sports positions and trades stand before the name', () => {
  it('reads "tighthead prop Sione Vakalahi" and "retired accountant Priya Sandhu"', () => {
    const people = peopleOf(
      'Tighthead prop Sione Vakalahi was shown a red card.',
      'A new volunteer, retired accountant Priya Sandhu, noticed the gap.',
    );
    expect(people['Sione Vakalahi']?.description).toBe('Tighthead prop');
    expect(people['Priya Sandhu']?.description).toBe('a new volunteer, retired accountant');
  });
});

describe('when a "who" clause follows a town named after "in"', () => {
  it('leaves the town a place and gives it no role', () => {
    const entities = draftedEntities(
      "Dr Ruth Calloway, a consultant at St Aldhelm's Hospital in Bristol, who was not involved in the research, said the findings were interesting.",
    );
    expect(entities.find((e) => e.name === 'Bristol')?.kind).toBe('place');
    expect(entities.find((e) => e.name === 'Ruth Calloway')?.description).toBe(
      "a consultant at St Aldhelm's Hospital in Bristol",
    );
  });
});

describe('when a sporting position or trade stands before a name', () => {
  it('reads it as the role', () => {
    expect(
      roleOf('Harry Lowe', 'The red card was for a high tackle on Vale centre Harry Lowe.'),
    ).toBe('Vale centre');
    expect(roleOf('Ann Kerr', 'Local baker Ann Kerr said the queue was long.')).toBe('Local baker');
  });
});

describe('when the role after the name belongs to an owner of several words ("Corran Stores\' chief executive")', () => {
  it('reads the possessive name and the role as the role', () => {
    expect(
      roleOf(
        'Martin Yeoh',
        "Martin Yeoh, Corran Stores' chief executive, told the Ledger the company was reviewing the decision.",
      ),
    ).toBe("Corran Stores' chief executive");
    expect(
      roleOf(
        'Ruth Obi',
        "Ruth Obi, Halden Water Board's head of finance, said the bills would rise.",
      ),
    ).toBe("Halden Water Board's head of finance");
  });

  it('takes no run of names without a possessive for an owner', () => {
    expect(
      roleOf(
        'Martin Yeoh',
        'Martin Yeoh, Corran Stores and ValuMart chief executives, met the minister.',
      ),
    ).not.toBe('Corran Stores and ValuMart chief executives');
  });
});

describe('when asked "who is the vice chancellor" of a compound role set off before a name', () => {
  it('reads "written to the vice-chancellor, Professor Martin Eade, asking him…"', () => {
    expect(
      roleOf(
        'Martin Eade',
        'Ms Reid said she had written to the vice-chancellor, Professor Martin Eade, asking him to meet tenants.',
      ),
    ).toBe('the vice-chancellor');
  });

  it('reads "The firm\'s co-founder, Ann Bell, said"', () => {
    expect(roleOf('Ann Bell', "The firm's co-founder, Ann Bell, said sales fell.")).toBe(
      "the firm's co-founder",
    );
  });

  it('leaves out the bare "Professor" of a later "Professor Eade said"', () => {
    expect(
      roleOf(
        'Martin Eade',
        'Ms Reid said she had written to the vice-chancellor, Professor Martin Eade, asking him to meet tenants.',
        'Professor Eade said he would reply within a week.',
      ),
    ).toBe('the vice-chancellor');
  });

  it('reads no role from a compound that ends on no role ("the long-time, Ann Bell")', () => {
    expect(roleOf('Ann Bell', 'She thanked the long-time, Ann Bell, for coming.')).not.toBe(
      'the long-time',
    );
  });
});
