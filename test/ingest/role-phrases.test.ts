/**
 * Roles a reporter sets off by commas that open on neither "a" nor "the":
 * a job whose head noun comes after a word qualifying it, a role the
 * organisation just named holds ("its director"), a role before a name
 * written with its title, and an age followed by where someone lives.
 */
import { describe, expect, it } from 'vitest';
import { draftedEntities } from '../support/one-off.ts';

const roleOf = (name: string, ...paragraphs: string[]) =>
  draftedEntities(...paragraphs).find((e) => e.kind === 'person' && e.name === name)?.description;

describe('when asked "who is …" of someone whose job opens on a qualifying word', () => {
  it('reads "Tam Ollery, operations director for the Harbour Board, said"', () => {
    expect(
      roleOf(
        'Tam Ollery',
        'Tam Ollery, operations director for the Harbour Board, said the quay would reopen.',
      ),
    ).toBe('operations director for the Harbour Board');
  });

  it('does not read a place after a name as a role ("Tam Ollery, Westford, said")', () => {
    const role = roleOf('Tam Ollery', 'Tam Ollery, Westford Harbour, said the quay was shut.');
    expect(role ?? '').not.toMatch(/Westford/);
  });
});

describe('when asked "who is …" of someone whose role is the organisation\'s ("its")', () => {
  it('reads "The Harbour Board agreed. Tam Ollery, its head of safety, said…" as the board\'s', () => {
    expect(
      roleOf(
        'Tam Ollery',
        'The Harbour Board agreed. Tam Ollery, its head of safety, said the quay would reopen.',
      ),
    ).toMatch(/^Harbour Board.s head of safety$/);
  });
});

describe('when asked "who is …" of someone whose role comes before a titled name', () => {
  it('reads "signed by its director, Dr. Ines Mora, and…"', () => {
    expect(
      roleOf(
        'Ines Mora',
        'The deal was signed at the gallery by its director, Dr. Ines Mora, and the mayor.',
      ),
    ).toBe('its director');
  });
});

describe('when asked "who is …" of someone given an age and a home town', () => {
  it('reads "Ada Penrick, 44, of Westford, said"', () => {
    expect(roleOf('Ada Penrick', 'Ada Penrick, 44, of Westford, said the bus never came.')).toBe(
      '44, of Westford',
    );
  });
});

describe('when asked "what\'s X\'s job" of someone whose role noun follows its field ("planning inspector")', () => {
  it('reads "led by planning inspector Alan Foyle" whole', () => {
    expect(
      roleOf('Alan Foyle', 'The inquiry is led by planning inspector Alan Foyle, who opened it.'),
    ).toMatch(/^planning inspector\b/);
  });

  it('reads "The visiting professor Ann Bell spoke" whole', () => {
    expect(roleOf('Ann Bell', 'The visiting professor Ann Bell spoke first.')).toBe(
      'visiting professor',
    );
  });

  it('leaves out a verb before its object ("after sacking manager Tom Hale")', () => {
    expect(roleOf('Tom Hale', 'The club was fined after sacking manager Tom Hale last week.')).toBe(
      'manager',
    );
  });
});

describe('when asked "who is …" of someone whose role names the body it serves before it', () => {
  it('reads "foreign ministry spokesperson Teodor Malkin" whole, not "spokesperson"', () => {
    expect(
      roleOf(
        'Teodor Malkin',
        'Asked on Friday, foreign ministry spokesperson Teodor Malkin said talks went on.',
      ),
    ).toBe('foreign ministry spokesperson');
  });

  it('reads "Coastguard station officer Gareth Pengelly" whole, not "officer"', () => {
    expect(
      roleOf(
        'Gareth Pengelly',
        'Coastguard station officer Gareth Pengelly said the beach was shut.',
      ),
    ).toBe('Coastguard station officer');
  });
});

describe('when asked "who is …" of someone the article gives as kin to another, then an age', () => {
  it('reads "His widow, Sandra Lowther, 68, said" as his widow, not her age alone', () => {
    expect(
      roleOf(
        'Sandra Lowther',
        'Arthur Lowther died in 2021. His widow, Sandra Lowther, 68, said she was afraid.',
      ),
    ).toBe('his widow, 68');
  });
});
