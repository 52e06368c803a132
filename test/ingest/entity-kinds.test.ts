/**
 * People, places and organizations as a reader would list them: a town or a
 * company named beside a person is not a person, and words that only look
 * like names ("I'm", "Route" of "Route 9") are not entities at all.
 */
import { describe, expect, it } from 'vitest';
import { draftedEntities } from '../support/one-off.ts';

/** The drafted entities of a one-off article, by name: kind and description. */
function entitiesOf(...paragraphs: string[]) {
  return Object.fromEntries(
    draftedEntities(...paragraphs).map((e) => [
      e.name,
      { kind: e.kind, description: e.description },
    ]),
  );
}

const kindsOf = (...paragraphs: string[]) =>
  Object.fromEntries(Object.entries(entitiesOf(...paragraphs)).map(([name, e]) => [name, e.kind]));

describe('when a town is named in a role, before "who"', () => {
  const text =
    '"We lose a month with every delay," said Clara Voss, the mayor of Port Asker, who had backed the plan.';

  it('is drafted as a place, not a person', () => {
    expect(kindsOf(text)['Port Asker']).toBe('place');
  });

  it('does not take the clause about the mayor as its own description', () => {
    // With no role of its own, it is described by the sentence that names it.
    expect(entitiesOf(text)['Port Asker']?.description).toBe(text);
  });

  it('leaves the role to the person it belongs to', () => {
    expect(entitiesOf(text)['Clara Voss']).toEqual({
      kind: 'person',
      description: 'the mayor of Port Asker',
    });
  });
});

describe('when a company is named by its trade, with "which" after it', () => {
  it('is drafted as an organization', () => {
    const kinds = kindsOf(
      'The court blocked Brennor Logistics from expanding the depot.',
      'Brennor Logistics, which runs the depot, said in a statement that it was disappointed.',
    );
    expect(kinds['Brennor Logistics']).toBe('organization');
  });

  it('is an organization even without a telling word in its name', () => {
    const kinds = kindsOf(
      'Farrow Teller, which runs the ferries, said in a statement that it would appeal.',
    );
    expect(kinds['Farrow Teller']).toBe('organization');
  });
});

describe('when a company is named by its trade, shipping or freight', () => {
  it('is drafted as an organization ("Halvard Coastal Shipping")', () => {
    const drafted = draftedEntities(
      'The ship is operated by Halvard Coastal Shipping of Bergen.',
      'Halvard Coastal Shipping disputes that account.',
    );
    expect(drafted.find((e) => e.name === 'Halvard Coastal Shipping')?.kind).toBe('organization');
  });
});

describe('when a name follows "the" and "says" follows it', () => {
  it('is drafted as an organization, not a person', () => {
    const kinds = kindsOf('Two shelters are open. The Blue Crescent says both have room for more.');
    expect(kinds['Blue Crescent']).toBe('organization');
  });

  it('still makes a person of a name without "the" before "says"', () => {
    const kinds = kindsOf('Shelters are open. Nadia Ferrante says both have room for more.');
    expect(kinds['Nadia Ferrante']).toBe('person');
  });
});

describe('when a name is used as a word before a noun of place', () => {
  it('drafts it as a place ("the Oldmarket and Fenby neighborhoods")', () => {
    const kinds = kindsOf('Crews knocked on 900 doors in the Oldmarket and Fenby neighborhoods.');
    expect(kinds.Fenby).toBe('place');
  });

  it('drafts it as a place ("the nearby Sedge marshes")', () => {
    const kinds = kindsOf('Dredging would harm the nearby Sedge marshes, the panel found.');
    expect(kinds.Sedge).toBe('place');
  });
});

describe('when a road is named by a number', () => {
  const kinds = kindsOf(
    'The hall on Route 9 held 85 people. A stretch of Route 9 south of downtown is closed.',
  );

  it('keeps the number in the name', () => {
    expect(kinds['Route 9']).toBe('place');
  });

  it('does not draft the bare word as someone', () => {
    expect(kinds.Route).toBeUndefined();
  });
});

describe('when a street is named after a word of an organization', () => {
  it('is a place: the last word says what it is', () => {
    expect(kindsOf('The Center Street bridge was shut at midnight.')['Center Street']).toBe(
      'place',
    );
  });

  it('keeps an organization whose last word is not a place ("Union Bank of Tressel")', () => {
    expect(kindsOf('Loans from the Union Bank of Tressel rose.')['Union Bank of Tressel']).toBe(
      'organization',
    );
  });
});

describe('when a quote says "I\'m" or "don\'t"', () => {
  it('drafts no entity for the contraction', () => {
    const names = Object.keys(
      entitiesOf(
        '"That number will rise, and I\'m not going to apologize for it," Mayor Bill Osric said.',
        '"Don\'t drive through water," he said.',
      ),
    );
    expect(names).toEqual(['Bill Osric']);
  });
});

describe('when an agency is named after "the director of"', () => {
  it('is an organization, and the director the person', () => {
    const kinds = kindsOf(
      '"The water had nowhere to go," said Dana Kowal, the director of Greer County Emergency Management.',
    );
    expect(kinds).toMatchObject({
      'Dana Kowal': 'person',
      'Greer County Emergency Management': 'organization',
    });
  });
});

describe('when a group is described at length, set off by a comma', () => {
  it('takes the whole description as what it is', () => {
    const text =
      'The tribunal rejected a challenge brought by the Tidewater Growers Union, a federation of some 1,200 small-boat fishermen and shellfish farmers operating along the northern coast.';
    expect(entitiesOf(text)['Tidewater Growers Union']).toEqual({
      kind: 'organization',
      description:
        'a federation of some 1,200 small-boat fishermen and shellfish farmers operating along the northern coast',
    });
  });
});

describe('when a town ends an opening phrase and "Governor X said" follows', () => {
  const text =
    'Speaking at a press conference in Corlan, Governor Ruth Aske said crews were at work.';

  it('is drafted as a place, not a person with the sentence as a role', () => {
    expect(kindsOf(text)).toMatchObject({ Corlan: 'place', 'Ruth Aske': 'person' });
  });
});

describe('when a sentence opens with "According to" an organization', () => {
  it('does not take the rest of the sentence as what the organization is', () => {
    const text = 'According to the Coastal Weather Service, the storm dropped 14 inches of rain.';
    expect(entitiesOf(text)['Coastal Weather Service']?.description).toBe(text);
  });

  it('still takes a role set off by two commas', () => {
    const text =
      'According to Ines Marlow, a spokeswoman for the utility, the storm cut power to 3,000 homes.';
    expect(entitiesOf(text)['Ines Marlow']?.description).toBe('a spokeswoman for the utility');
  });
});

describe('when a firm is named by its partners ("Brill & Hart")', () => {
  it('drafts one organization', () => {
    const kinds = kindsOf('Crews from Osk Energy and Brill & Hart were already at work.');
    expect(kinds).toEqual({ 'Osk Energy': 'organization', 'Brill & Hart': 'organization' });
  });
});

describe('when a body is named by its initials', () => {
  it('is an organization', () => {
    expect(kindsOf('The ministry said FRAMA had sent 2,000 staff.').FRAMA).toBe('organization');
  });
});

describe('when a name "said its" or opens a sentence with "which … said"', () => {
  const kinds = kindsOf(
    'Orvel said its stores in the region would stay closed.',
    'Dunmart, which has 350 stores in the region, said it had sent trucks of water.',
  );

  it('is an organization: people are not "it"', () => {
    expect(kinds.Orvel).toBe('organization');
  });

  it('is drafted at all, though it opens the sentence', () => {
    expect(kinds.Dunmart).toBe('organization');
  });
});

describe('when a place is written with an abbreviation ("St. Aubyn", "U.S.")', () => {
  const kinds = kindsOf('Rain fell on St. Aubyn. Officials urged drivers to avoid U.S. Route 19.');

  it('keeps the abbreviation in one place name', () => {
    expect(kinds['St. Aubyn']).toBe('place');
    expect(kinds.St).toBeUndefined();
  });

  it('reads "U.S." as a country', () => {
    expect(kinds['U.S']).toBe('country');
  });
});

describe('when a storm is named ("Hurricane Oriel")', () => {
  it('drafts no person, place or organization for it', () => {
    const kinds = kindsOf('Hurricane Oriel made landfall near Cedar Point on Thursday.');
    expect(kinds).toEqual({ 'Cedar Point': 'place' });
  });
});

describe('when a name is followed by an age ("Marta Lind, 71, who has lived…")', () => {
  const text =
    'Marta Lind, 71, who has lived on Water Lane since 1983, said she moved her furniture upstairs.';

  it('takes the age and the clause as what she is', () => {
    expect(entitiesOf(text)['Marta Lind']).toEqual({
      kind: 'person',
      description: '71, has lived on Water Lane since 1983',
    });
  });
});

describe('when a first name ends like a nationality ("Sean", "Brian", "Adrian")', () => {
  it('keeps it in the name', () => {
    const names = Object.keys(
      entitiesOf(
        'Council leader Sean Orrin said the town had been here before.',
        'Brian Tallis and Adrian Moss said they would appeal.',
      ),
    );
    expect(names).toEqual(expect.arrayContaining(['Sean Orrin', 'Brian Tallis', 'Adrian Moss']));
  });

  it('still reads "Syrian" or "Korean" before a name as a nationality', () => {
    const kinds = kindsOf('Syrian official Omar Haddad met Korean diplomat Min-jun Park.');
    expect(kinds).toMatchObject({ 'Omar Haddad': 'person', 'Min-jun Park': 'person' });
  });

  it('makes a place of a sea named by its adjective ("the Mediterranean")', () => {
    expect(kindsOf('Its only naval base is in the Mediterranean.').Mediterranean).toBe('place');
  });
});

describe('when a firm is later called by its first word ("Vantor" for "Vantor Motors")', () => {
  const kinds = kindsOf(
    'Vantor Motors will cut 1,200 jobs at its Kellby plant.',
    '"This is a painful day," she said. "But Vantor must adapt."',
  );

  it('links the short name to the firm rather than drafting a new entity', () => {
    expect(kinds).not.toHaveProperty('Vantor');
    expect(kinds['Vantor Motors']).toBe('organization');
  });

  it('does not link a place to an organization that shares its first word', () => {
    const names = kindsOf(
      'The Halvard Water Board said the plant was safe.',
      'Residents in Halvard said they would not drink it.',
    );
    expect(names).toMatchObject({ 'Halvard Water Board': 'organization', Halvard: 'place' });
  });
});

describe('when a title is "Chief Executive"', () => {
  it('is the role, not part of the name', () => {
    expect(entitiesOf('Chief Executive Hanne Solvik told investors the plan had failed.')).toEqual({
      'Hanne Solvik': { kind: 'person', description: 'Chief Executive' },
    });
  });
});

describe("when a clause after a court's name is about a step, not the court", () => {
  const text =
    'No decision had been taken on whether to appeal to the Supreme Review Court, a step that must be lodged within 60 days.';

  it('does not describe the court with it', () => {
    expect(entitiesOf(text)['Supreme Review Court']).toEqual({
      kind: 'organization',
      description: text,
    });
  });

  it('still describes a group by a clause about a group', () => {
    const group =
      'The case was brought by the Tidewater Growers Union, a federation that represents 1,200 farmers.';
    expect(entitiesOf(group)['Tidewater Growers Union']?.description).toBe(
      'a federation that represents 1,200 farmers',
    );
  });
});

describe('when a title is written with a point ("Gov. Ellen Marsh", "Sen. Dave Ortiz")', () => {
  const entities = entitiesOf('Last March, Gov. Ellen Marsh visited the site with Sen. Dave Orta.');

  it('keeps the person whole and gives the title as the role', () => {
    expect(entities).toEqual({
      'Ellen Marsh': { kind: 'person', description: 'Gov.' },
      'Dave Orta': { kind: 'person', description: 'Sen.' },
    });
  });
});

describe('when a name has "Dr." before it and its job after it', () => {
  it('describes the person by the job, not by "Dr."', () => {
    const text = 'Dr. Tomas Reye, the county health officer, said 23 people were treated.';
    expect(entitiesOf(text)['Tomas Reye']?.description).toBe('the county health officer');
  });
});

describe('when a surname is also a word of place ("Tom Hall said")', () => {
  it('is a person when the name speaks', () => {
    expect(kindsOf('"We are ready," Tom Hall said.')['Tom Hall']).toBe('person');
  });

  it('still makes a street of a title and a word of place ("King Street")', () => {
    expect(kindsOf('Shops on King Street were flooded.')['King Street']).toBe('place');
  });
});

describe('when a quotation opens with capitals ("Build Back Better for…")', () => {
  it('drafts no entity for the slogan', () => {
    const names = Object.keys(
      entitiesOf('Mayor Alan Brook called the plan "Build Back Better for our streets" on Monday.'),
    );
    expect(names).toEqual(['Alan Brook']);
  });
});

describe('when a holiday is named ("during Ramadan")', () => {
  it('drafts no entity for it', () => {
    const names = Object.keys(
      entitiesOf('Mayor Alan Brook spoke during Ramadan celebrations at the Islamic Center.'),
    );
    expect(names).toEqual(['Alan Brook', 'Islamic Center']);
  });
});

describe('when a name is listed with one whose kind is plain ("X and Y")', () => {
  it('takes that kind', () => {
    const kinds = kindsOf(
      'Figures from the Dorrit Motor Society and Tradesfolk showed sales down.',
    );
    expect(kinds).toMatchObject({
      'Dorrit Motor Society': 'organization',
      Tradesfolk: 'organization',
    });
  });

  it('still makes a person of a name listed with a guessed one ("Sharif and Shadi")', () => {
    const kinds = kindsOf('He met officials, including Sharif and Shadi, to discuss ties.');
    expect(kinds).toEqual({ Sharif: 'person', Shadi: 'person' });
  });
});

describe('when a name has "of the" inside it ("Ministry of the Interior")', () => {
  it('keeps the whole name of a body, an organization', () => {
    expect(
      kindsOf('Officials at the Ministry of the Interior said the road would reopen.'),
    ).toEqual({ 'Ministry of the Interior': 'organization' });
  });
});

describe('when a sentence opens with a plain word and "of the" ("Officials of the…")', () => {
  it('does not take the word into the name', () => {
    expect(kindsOf('Officials of the Harbour Board met on Tuesday.')).toEqual({
      'Harbour Board': 'organization',
    });
  });
});

describe('when a campaign group is named in title case', () => {
  const text =
    "Campaigners from Save Our Riverside, a residents' group that has opposed the depot, said they had warned of the risks.";

  it('keeps "Our" inside the name', () => {
    expect(Object.keys(kindsOf(text))).toContain('Save Our Riverside');
  });

  it('drafts it as an organization, as the words after it say', () => {
    expect(entitiesOf(text)['Save Our Riverside']).toEqual({
      kind: 'organization',
      description: "a residents' group that has opposed the depot",
    });
  });

  it('still drafts as a person a name whose role is a person\'s ("a lawyer representing the company")', () => {
    const kinds = kindsOf(
      'The appeal was argued by Ingrid Vause, a lawyer representing the company.',
    );
    expect(kinds['Ingrid Vause']).toBe('person');
  });
});

describe('when a statement is posted on a platform', () => {
  it('drafts the platform as an organization, not a person', () => {
    const kinds = kindsOf('Brenner said in a statement posted on Facebook that he was sorry.');
    expect(kinds.Facebook).toBe('organization');
  });
});

describe('when a disease or a model is named with capitals', () => {
  it('drafts no entity for it ("the COVID-19 pandemic")', () => {
    const kinds = kindsOf('The company was short of inspectors after the COVID-19 pandemic.');
    expect(kinds['COVID-19']).toBeUndefined();
  });
});

describe('when an MP is named with her seat', () => {
  const text =
    "Siobhan O'Neill, the Labour MP for Kellbridge North, called for the line to stay closed.";

  it('drafts no organization called "Labour MP for Kellbridge North"', () => {
    expect(Object.keys(kindsOf(text))).not.toContain('Labour MP for Kellbridge North');
  });

  it('drafts the seat as a place', () => {
    expect(kindsOf(text)['Kellbridge North']).toBe('place');
  });

  it('gives her the role', () => {
    expect(entitiesOf(text)["Siobhan O'Neill"]?.description).toBe(
      'the Labour MP for Kellbridge North',
    );
  });

  it('reads the party before the title as part of the role ("Labour MP Siobhan O\'Neill")', () => {
    expect(kindsOf("Labour MP Siobhan O'Neill said the line must stay shut.")).toEqual({
      "Siobhan O'Neill": 'person',
    });
  });

  it('drafts no one called "Democrat"', () => {
    const kinds = kindsOf(
      'State Sen. Roberto Alvarez, a Democrat whose district includes the mine, asked for a hearing.',
    );
    expect(kinds.Democrat).toBeUndefined();
  });
});

describe('when a body is introduced with its short form in brackets', () => {
  const text = [
    'The Rail Safety Investigation Board (RSIB) said its team would stay a week.',
    'The RSIB expects to publish an interim report within 30 days.',
  ];

  it('makes the short form an alias of the body, not a second body', () => {
    expect(draftedEntities(...text).map((e) => [e.name, e.kind, e.aliases])).toEqual([
      ['Rail Safety Investigation Board', 'organization', ['RSIB']],
    ]);
  });

  it('joins a name that "and" splits when the short form spells it', () => {
    const kinds = kindsOf(
      'Mining in the state is overseen by the Mine Safety and Health Administration (MSHA), which fined the firm.',
    );
    expect(kinds).toMatchObject({ 'Mine Safety and Health Administration': 'organization' });
    expect(kinds['Mine Safety']).toBeUndefined();
  });
});

describe('when a firm is named later without its suffix', () => {
  it('reads "Basin Metals" as "Basin Metals Corp"', () => {
    const kinds = kindsOf(
      'The mine is owned by Basin Metals Corp. Basin Metals, which employs 600 people, reported record profits.',
    );
    expect(kinds).toEqual({ 'Basin Metals Corp': 'organization' });
  });

  it('reads "Northline" as "Northline Rail", and "according to" names no place', () => {
    const kinds = kindsOf(
      'Repairs will cost 2 million pounds, according to Northline Rail.',
      '"We wrote to Northline three times," said Gareth Price.',
    );
    expect(kinds).toEqual({ 'Northline Rail': 'organization', 'Gareth Price': 'person' });
  });
});

describe('when a hospital is named after a saint ("St Luke\'s")', () => {
  it('keeps the possessive inside the name and reads the short form as the same place', () => {
    const kinds = kindsOf(
      "St Luke's Hospital will close its trauma unit. Doctors at St Luke's said they were not consulted.",
    );
    expect(kinds).toEqual({ "St Luke's Hospital": 'place' });
  });
});

describe('when a day is named ("New Year\'s Day")', () => {
  it('drafts no entity for it', () => {
    const kinds = kindsOf(
      "The orchestra has played on New Year's Day for four decades. Sofia Berg will conduct.",
    );
    expect(kinds).toEqual({ 'Sofia Berg': 'person' });
  });
});

describe('when a dateline gives a US state in short form', () => {
  const kinds = kindsOf(
    'ELKO, Nev. — Regulators ordered a gold mine in northern Nevada to halt work on Monday.',
  );

  it('drafts no entity for the short form', () => {
    expect(kinds.Nev).toBeUndefined();
  });

  it('drafts the state as a place, past a word of direction', () => {
    expect(kinds.Nevada).toBe('place');
  });
});

describe('when a neighbourhood is named before "ward" or "estate"', () => {
  it('drafts it as a place', () => {
    const kinds = kindsOf(
      'Councillor Priya Natarajan, who represents the Eastgate ward, met residents of the Hollowmere estate.',
    );
    expect(kinds).toMatchObject({ Eastgate: 'place', Hollowmere: 'place' });
  });
});

describe('when a plural noun opens a sentence before "say" ("Prosecutors say…")', () => {
  it("makes no entity of it: the capital is the sentence's", () => {
    const kinds = kindsOf(
      'Prosecutors say the money was never recovered. Witnesses said the van left at noon.',
    );
    expect(kinds).not.toHaveProperty('Prosecutors');
    expect(kinds).not.toHaveProperty('Witnesses');
  });
});

describe('when a role opens a sentence before a name ("Referee Gareth Pennock spoke…")', () => {
  const text =
    'Referee Tomas Greenhalgh spoke with his assistant. Prosecutor Imelda Varga told the court the van was stolen.';

  it('gives the person the name alone, and the role as the description', () => {
    const entities = entitiesOf(text);
    expect(entities['Tomas Greenhalgh']).toEqual({ kind: 'person', description: 'Referee' });
    expect(entities['Imelda Varga']).toEqual({ kind: 'person', description: 'Prosecutor' });
  });

  it('keeps a place or a body whole ("New Harbour Rovers", "Port Valdora Council")', () => {
    const kinds = kindsOf('New Harbour Rovers lost again. Port Valdora Council met on Friday.');
    expect(Object.keys(kinds)).toEqual(
      expect.arrayContaining(['New Harbour Rovers', 'Port Valdora Council']),
    );
  });
});

describe('when a name carries a number', () => {
  it('is a thing made, never a person', () => {
    const kinds = kindsOf(
      'A Vega-7 rocket carrying the Skyline-2 satellite broke apart, said Anna Roth, a spokeswoman.',
    );
    expect(kinds['Vega-7']).not.toBe('person');
    expect(kinds['Skyline-2']).not.toBe('person');
    expect(kinds['Anna Roth']).toBe('person');
  });
});

describe('when a side is named as the opponent in a fixture or a table', () => {
  const kinds = kindsOf(
    'Rovers will face Tollbridge Harriers in the final on Saturday.',
    'They sit four points behind second-placed Marden Cross in the league.',
    '"We beat them twice last year," said Colin Ashby, the Rovers coach.',
  );

  it('is drafted as an organization, not a person', () => {
    expect(kinds['Tollbridge Harriers']).toBe('organization');
    expect(kinds['Marden Cross']).toBe('organization');
  });

  it('still makes a person of the one who speaks', () => {
    expect(kinds['Colin Ashby']).toBe('person');
  });
});

describe('when a capitalised word belongs to an idiom ("an act of God")', () => {
  it('drafts no entity for it', () => {
    const kinds = kindsOf(
      '"If the vessel is worn out, that\'s a failure of planning, not an act of God," Sheldon Makwa said.',
      'Investors lost their savings in what Ana Ruiz called a Ponzi scheme.',
    );
    expect(kinds).toEqual({ 'Sheldon Makwa': 'person', 'Ana Ruiz': 'person' });
  });

  it('still drafts a name that only opens with the idiom\'s words ("Good Samaritan Hospital")', () => {
    const kinds = kindsOf('Two patients were taken to Good Samaritan Hospital on Friday.');
    expect(kinds['Good Samaritan Hospital']).toBe('place');
  });
});

describe('when a river is described by what it is ("The Brenn, a chalk stream that runs 38 miles")', () => {
  it('drafts the river as a place, not a person', () => {
    const entities = draftedEntities(
      'Water firm fined',
      'The firm poured raw sewage into the River Brenn for four years.',
      'The Brenn, a chalk stream that runs 38 miles from the Kestle Hills to the estuary, was once rich in trout.',
    );
    expect(entities.find((entity) => entity.name === 'River Brenn')?.kind).toBe('place');
  });
});

describe('when a one-word name has an adjective of its own in the article', () => {
  const paragraphs = [
    'Talks over the river broke up on Thursday as farmers warned that a new Karvanian dam was cutting their supply.',
    'Asked whether Karvania had agreed to guarantee releases, spokesperson Teodor Malkin said the matter was still under discussion.',
  ];

  it('is drafted as a place, though it "had agreed" as a person might', () => {
    expect(kindsOf(...paragraphs).Karvania).toBe('place');
  });

  it('still drafts the spokesperson as a person', () => {
    expect(kindsOf(...paragraphs)['Teodor Malkin']).toBe('person');
  });
});

describe('when the Sun, the Earth or a planet is named', () => {
  it('drafts none of them as someone, somewhere or a body', () => {
    const kinds = kindsOf(
      'The comet is 610 million kilometres from the Sun, four times the distance between Earth and the Sun.',
      'It will pass inside the orbit of Mercury and may be seen from Mars.',
    );
    for (const body of ['Sun', 'Earth', 'Mercury', 'Mars']) expect(kinds[body]).toBeUndefined();
  });
});

describe('when a survey is named', () => {
  it('drafts "the Lowther Sky Survey" as an organization', () => {
    const kinds = kindsOf('She sent her measurements to the Lowther Sky Survey on Friday.');
    expect(kinds['Lowther Sky Survey']).toBe('organization');
  });
});

describe('when a firm or a farm is later called by its first two words', () => {
  const kinds = kindsOf(
    'The balloon, flown by Highwind Glide Balloon Trips, came down at Upper Coombe Farm on Friday.',
    'Highwind Glide, founded in 2011, says it flies 900 visitors a year.',
    'Jo Arden, 52, who has farmed Upper Coombe for 20 years, disputes that.',
  );

  it('drafts "Highwind Glide" as a body, as the firm its name opens', () => {
    expect(kinds).toMatchObject({
      'Highwind Glide Balloon Trips': 'organization',
      'Highwind Glide': 'organization',
    });
  });

  it('drafts "Upper Coombe" as a place, as the farm its name opens', () => {
    expect(kinds).toMatchObject({ 'Upper Coombe Farm': 'place', 'Upper Coombe': 'place' });
  });
});

describe('when a name comes right after a noun of things made ("the cruise ship Coral Dawn")', () => {
  const kinds = kindsOf(
    'Dozens fell ill aboard the cruise ship Coral Dawn, which is held in port.',
    'In 2020 its sister ship Coral Mist was held for a week.',
    'Tidewell Voyages, which operates the vessel, said a Tidewell ship had never been held before.',
  );

  it('drafts each ship as a thing made, not a person or a body', () => {
    expect(kinds).toMatchObject({ 'Coral Dawn': 'product', 'Coral Mist': 'product' });
  });

  it('keeps the operator a body though its name is set before "ship" ("a Tidewell ship")', () => {
    expect(kinds['Tidewell Voyages']).toBe('organization');
  });
});

describe('when a town is the place a journey "left"', () => {
  it('drafts it as a place', () => {
    expect(kindsOf('The voyage left Portsford on 5 June with 900 aboard.').Portsford).toBe('place');
  });
});

describe('when a body is a guild or a register', () => {
  it('keeps "the National Growers\' Guild" whole, as a body', () => {
    expect(
      kindsOf("Dr Ann Lee, an adviser at the National Growers' Guild, said so.")[
        "National Growers' Guild"
      ],
    ).toBe('organization');
  });

  it('makes a body of a name set off as "a voluntary register"', () => {
    expect(
      kindsOf(
        'A warning was sent through HiveWatch, a voluntary register that asks farmers to call.',
      ).HiveWatch,
    ).toBe('organization');
  });
});
