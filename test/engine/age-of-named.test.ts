import { describe, expect, it } from 'vitest';
import { ageOfNamed, givesAgeOfAnother } from '../../src/engine/age-of-named.ts';

describe('whose age a text gives', () => {
  it('reads an age after a name as theirs ("Tom Ashdown, 55,")', () => {
    expect(ageOfNamed('His son Tom Ashdown, 55, a sound engineer, said', ['tom'])).toBe('theirs');
  });

  it('reads it as someone else\'s for a name the text does not hold ("Ruth")', () => {
    expect(ageOfNamed('His son Tom Ashdown, 55, a sound engineer, said', ['ruth'])).toBe('others');
  });

  it('reads "the 24-year-old" as someone else\'s than the speaker named', () => {
    expect(ageOfNamed('Keslar said the 24-year-old had been taken to hospital', ['keslar'])).toBe(
      'others',
    );
  });

  it('reads "the 24-year-old" as nobody named, for a name told in the sentence before', () => {
    expect(
      ageOfNamed('Keslar said the 24-year-old had been taken to hospital', ['mensah-hart']),
    ).toBe('unnamed');
  });

  it('reads ages after a dash or before a name as theirs', () => {
    expect(ageOfNamed('Hollis — a 71-year-old retired teacher', ['hollis'])).toBe('theirs');
    expect(ageOfNamed('the pupil, 13-year-old Lina Marchetti, said', ['lina'])).toBe('theirs');
    expect(ageOfNamed('The six-year-old male, named Tashi, was seen', ['tashi'])).toBe('theirs');
  });

  it('reads a text giving no age as telling none of theirs', () => {
    expect(ageOfNamed('Ruth Ashdown watched from the stand.', ['ruth'])).toBe('others');
  });
});

describe('whether a text gives the age of someone besides the one named ("how old is Chloe\'s sister")', () => {
  it("does not take the named owner's own age for another's", () => {
    expect(
      givesAgeOfAnother('Chloe Ashdown, 22, a trainee nurse, bought two tickets for her sister.', [
        'chloe',
      ]),
    ).toBe(false);
  });
  it('takes an age beside someone else, or beside nobody named', () => {
    expect(givesAgeOfAnother('Her son Tom Ashdown, 55, a sound engineer, said', ['ruth'])).toBe(
      true,
    );
    expect(
      givesAgeOfAnother('Leanne Corrigan fed it to her eight-month-old son.', ['leanne']),
    ).toBe(true);
  });
  it("takes another's age given beside the owner's own", () => {
    expect(
      givesAgeOfAnother('Ruth Ashdown, 71, and her husband, 74, were rescued.', ['ruth']),
    ).toBe(true);
  });
});
