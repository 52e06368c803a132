/**
 * Names drafted by what they are, not by a speaking verb or an "and": a firm
 * named in a plural noun that speaks, a law whose name holds "and", where a
 * firm is based after its name, the places of an MP's seat, and a body's
 * initials written bare after its name in full, and a campaign named "Save X".
 */
import { describe, expect, it } from 'vitest';
import { draftedEntities } from '../support/one-off.ts';

/** The drafted entity of this name, from an article of these paragraphs. */
const entity = (name: string, ...paragraphs: string[]) =>
  draftedEntities(...paragraphs).find((e) => e.name === name);

describe('when a name closing on an English plural speaks ("Dunmore Power Networks said")', () => {
  it('drafts a firm, not a person', () => {
    const firm = entity(
      'Dunmore Power Networks',
      'A fire at a substation cut power to 9,000 homes in Wexley on Monday.',
      'Dunmore Power Networks said the last homes were reconnected on Wednesday evening.',
    );
    expect(firm?.kind).toBe('organization');
    expect(firm?.aliases).not.toContain('Networks');
  });

  it('still drafts a person when a given name opens it ("Tony Banks said")', () => {
    const person = entity(
      'Tony Banks',
      'A fire at a substation cut power to 9,000 homes in Wexley on Monday.',
      'Tony Banks said the last homes were reconnected on Wednesday evening.',
    );
    expect(person?.kind).toBe('person');
  });
});

describe('when a law’s name holds "and" ("the Town and Country Planning Act")', () => {
  it('drafts one name, as a body is, not a town and a place', () => {
    const names = draftedEntities(
      'An oak was felled in Fernley overnight.',
      'Felling a protected tree is an offence under the Town and Country Planning Act 1990.',
    ).map((e) => `${e.kind} ${e.name}`);
    expect(names).toContain('organization Town and Country Planning Act');
    expect(names).not.toContain('place Town');
  });
});

describe('when a firm’s name is followed by ", of" and a name ("Hallam Coaches Ltd, of Brackley Cross,")', () => {
  it('drafts that name the place the firm is based, not a person', () => {
    const place = entity(
      'Brackley Cross',
      'Pupils have no buses.',
      'The commissioner ruled that Hallam Coaches Ltd, of Brackley Cross, could no longer run school buses.',
    );
    expect(place?.kind).toBe('place');
  });
});

describe('when an MP’s seat names two places ("the MP for Market Ashworth and Fenby")', () => {
  it('drafts both places', () => {
    const fenby = entity(
      'Fenby',
      'A fire cut power to Market Ashworth for two days.',
      'Tom Adeyemi, the MP for Market Ashworth and Fenby, said the survey had warned of it.',
    );
    expect(fenby?.kind).toBe('place');
  });
});

describe('when a body named in full is later called by its bare initials ("the DVSA")', () => {
  it('drafts one body, with the initials as its alias', () => {
    const names = draftedEntities(
      'Examiners from the Driver and Vehicle Standards Agency inspected 19 buses.',
      'The decision records that the DVSA wrote to the council in July.',
    );
    const agency = names.find((e) => e.name === 'Driver and Vehicle Standards Agency');
    expect(agency?.aliases).toContain('DVSA');
    expect(names.map((e) => e.name)).not.toContain('DVSA');
  });
});

describe('when a campaign is named for the place it would save ("the Save Glebe Meadow group")', () => {
  it('drafts a body, not a place, though its name ends on a place’s word', () => {
    const campaign = entity(
      'Save Glebe Meadow',
      'An oak was felled beside the Glebe Meadow housing site.',
      'Daniel Ebbutt, who chairs the Save Glebe Meadow group, said officers left after 15 minutes.',
    );
    expect(campaign?.kind).toBe('organization');
  });
});
