/**
 * A body's name that "and" runs through: two subjects of one ministry or
 * union, or two words sharing a committee's last word.
 */
import { describe, expect, it } from 'vitest';
import { draftedEntities } from '../support/one-off.ts';

const namesOf = (...paragraphs: string[]) =>
  draftedEntities('A headline for the test', ...paragraphs).map((e) => `${e.kind}: ${e.name}`);

describe('when asked "which organisations are in the story" of a body named with "and"', () => {
  it('keeps "Union of Nurses and Health Workers" whole', () => {
    const names = namesOf('The Union of Nurses and Health Workers said the pay offer was too low.');
    expect(names).toContain('organization: Union of Nurses and Health Workers');
    expect(names).not.toContain('person: Workers');
  });

  it('keeps "Department for Water and Sanitation" whole, and no person "Sanitation"', () => {
    const names = namesOf(
      'A spokesperson for the Department for Water and Sanitation said the pipes would be mended.',
    );
    expect(names).toContain('organization: Department for Water and Sanitation');
    expect(names.some((n) => n.endsWith(': Sanitation'))).toBe(false);
  });

  it('keeps "the Fisheries and Tourism Committee" whole', () => {
    const names = namesOf('She will appear before the Fisheries and Tourism Committee on Monday.');
    expect(names).toContain('organization: Fisheries and Tourism Committee');
  });

  it('still tells two places apart: "between Westford and Orrin Junction"', () => {
    const names = namesOf('Trains run between Westford and Orrin Junction every hour.');
    expect(names.some((n) => n.includes('Westford and'))).toBe(false);
  });

  it('still tells a body from a person after it: "the Ministry of Defence and Colonel Ames"', () => {
    const names = namesOf('The Ministry of Defence and Colonel Tam Ames met on Monday.');
    expect(names.some((n) => n.includes('Defence and'))).toBe(false);
  });
});

describe('when asked "who is …" of a group named by a plural\'s possessive', () => {
  it('keeps "Tenants\' Voice" whole, as an organisation', () => {
    const names = namesOf(
      "Ada Penrick, who chairs the campaign group Tenants' Voice, said rents were too high.",
    );
    expect(names).toContain("organization: Tenants' Voice");
    expect(names).not.toContain('person: Voice');
  });
});

describe('when asked "who is in the story" of a plural of initials', () => {
  it('lists no "MPs" as a person or a place', () => {
    const names = namesOf('Tam Ollery told MPs on Tuesday that the quay would reopen.');
    expect(names.some((n) => n.endsWith(': MPs'))).toBe(false);
    expect(names).toContain('person: Tam Ollery');
  });
});

describe('when asked "who is …" of someone whose office comes first', () => {
  it('lists no person "Fisheries Minister" for "Orrin\'s Fisheries Minister, Tam Ollery, said"', () => {
    const names = namesOf("Orrin's Fisheries Minister, Tam Ollery, said the quota would stay.");
    expect(names.some((n) => n.includes('Fisheries Minister'))).toBe(false);
    expect(names).toContain('person: Tam Ollery');
  });
});

describe('when asked "where" of a forest, a junction or a pass', () => {
  it('reads "Dalmore Forest", "Orrin Junction" and "Kell Pass" as places', () => {
    const names = namesOf(
      'Trucks now use a track through Dalmore Forest to reach Orrin Junction, since the Kell Pass road shut.',
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'place: Dalmore Forest',
        'place: Orrin Junction',
        'place: Kell Pass',
      ]),
    );
  });
});

describe('when asked "which organisations are in the story" of a museum', () => {
  it('reads "the Orrin National Museum" as one body, not a person "Museum"', () => {
    const names = namesOf('Staff at the Orrin National Museum were told on Monday.');
    expect(names).toContain('organization: Orrin National Museum');
    expect(names).not.toContain('person: Museum');
  });
});

describe('when asked "where" of a sentence opening on "Residents of …"', () => {
  it('names the town alone', () => {
    const names = namesOf(
      'Residents of Dalmore, a valley town, face six more weeks without a road.',
    );
    expect(names).toContain('place: Dalmore');
    expect(names.some((n) => n.includes('Residents'))).toBe(false);
  });
});

describe('when asked "who is in the story" of a dateline with a short month', () => {
  it('lists no person "Nov" for "KELMOUTH, Nov. 3 —"', () => {
    const names = namesOf('KELMOUTH, Nov. 3 — The harbour council voted to close the quay.');
    expect(names.some((n) => /: Nov$/.test(n))).toBe(false);
  });

  it('still reads "Jan Berg said" as a person', () => {
    expect(namesOf('Jan Berg said the quay would close on Monday.')).toContain('person: Jan Berg');
  });
});

describe('when asked "where" of places listed after a preposition', () => {
  it('reads both of "flights to Dalmore and Kellan" as places', () => {
    const names = namesOf('The airline cancelled its flights to Dalmore and Kellan on Monday.');
    expect(names).toEqual(expect.arrayContaining(['place: Dalmore', 'place: Kellan']));
  });
});

describe('when asked "who said …" of a body on a street', () => {
  it('reads "the YMCA on Orrin Street said" as the street, a place', () => {
    const names = namesOf('The YMCA on Orrin Street said it had taken in 300 pupils.');
    expect(names).toContain('place: Orrin Street');
  });
});

describe('when asked "who said …" of the people of a place ("Residents of Tellin Island say")', () => {
  it('reads the place as a place, not a speaker', () => {
    const names = namesOf('Residents of Tellin Island say they face months of isolation.');
    expect(names).toContain('place: Tellin Island');
    expect(names).not.toContain('person: Tellin Island');
  });

  it('still reads someone named after "of" elsewhere in the sentence, speaking, as a person', () => {
    expect(
      namesOf('The mayor of Kellan, Jan Berg, said the quay would close on Monday.'),
    ).toContain('person: Jan Berg');
  });
});

describe('when asked "who warned …" of a group named "the Friends of …"', () => {
  it('keeps "the Friends of the National Museum" whole, and no body "National Museum"', () => {
    const names = namesOf(
      'The Friends of the National Museum, a volunteer group, warned that the galleries would empty.',
    );
    expect(names).toContain('organization: Friends of the National Museum');
    expect(names.some((n) => n.endsWith(': National Museum'))).toBe(false);
  });

  it('still parts a plural with no "the" before it from the place after: "Officials of the Old Town"', () => {
    const names = namesOf('Officials of the Old Town met residents on Monday.');
    expect(names.some((n) => n.includes('Officials of'))).toBe(false);
  });
});

describe('when asked "which fire service went" of "X Fire and Rescue Service" with no "the"', () => {
  it('keeps the service whole, with no place "X Fire"', () => {
    const names = namesOf(
      'Staff reported a strong smell, according to Marlow Fire and Rescue Service.',
    );
    expect(names).toContain('organization: Marlow Fire and Rescue Service');
    expect(names.some((n) => n.endsWith(': Marlow Fire'))).toBe(false);
  });

  it('still tells a group from a named body after it: "Residents and Kelbridge Borough Council"', () => {
    const names = namesOf('Residents and Kelbridge Borough Council met on Monday.');
    expect(names).toContain('organization: Kelbridge Borough Council');
  });

  it('still tells a town from a body after it: "Saltmere and Brackley Town Council"', () => {
    const names = namesOf('Residents wrote to Saltmere and Brackley Town Council on Monday.');
    expect(names.some((n) => n.includes('Saltmere and'))).toBe(false);
  });
});
