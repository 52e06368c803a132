import type { Entity } from '../knowledge/schema.ts';
import { COMMON_ENGLISH_WORDS } from './common-words.ts';
import type { UnitSentence } from './sentences.ts';
import { wordSet, words } from './text.ts';

/**
 * The nouns by which news prose points back to a business it has named:
 * "Veltmar rejected that account. A spokesperson for the company said…".
 * General English, closed: "the airline" or "the chain" say what kind of
 * business, which nothing here can check of a name.
 */
const COMPANY_NOUNS = wordSet('company firm');

/**
 * Words that make an organisation's name a public body or an association,
 * never what the article calls "the company": "the Information Standards
 * Office", "the Associated Union of Train Drivers". General English.
 */
const NOT_A_COMPANY = wordSet(`
  office ministry department agency authority council committee court union association
  university college school hospital police government commission board trust party unit
  institute federation league club parliament assembly`);

/**
 * How many sentences before one saying "the company" the business it means
 * is looked for: it is the subject of a sentence just before, or the
 * article has moved on to another.
 */
const SENTENCES_BACK = 3;

/** One way an organisation's name is written, as words. */
interface CompanyForm {
  name: string;
  words: readonly string[];
}

/**
 * Finds which business a sentence's "the company" or "the firm" means: the
 * one the subject of a sentence just before names ("Veltmar rejected that
 * account."), by its name or the first word of it ("Calloway" of "Calloway
 * Pharmaceuticals"), when that word is no everyday English. A reader asks
 * "what did Veltmar say" of a sentence that only says "a spokesperson for
 * the company said"; its name lets the index find it. Built once per story.
 *
 * Ingest's `bodies.ts` credits such a spokesperson's quotation to the
 * business as its speaker; this class only indexes, and reaches what that
 * cannot: sentences with no quotation, sentences further on, and stories
 * no ingest made (see there for what each covers).
 */
export class CompanyAntecedents {
  private readonly forms: CompanyForm[] = [];

  /** @param entities the story's people, places and groups; only its organisations count */
  constructor(entities: readonly Entity[]) {
    for (const entity of entities) {
      if (entity.kind !== 'organization') continue;
      const nameWords = words(entity.name);
      if (nameWords.some((word) => NOT_A_COMPANY.has(word))) continue;
      const written = [entity.name, ...entity.aliases].map((name) => words(name));
      const first = nameWords[0];
      if (nameWords.length > 1 && first !== undefined && !COMMON_ENGLISH_WORDS.has(first)) {
        written.push([first]);
      }
      // Indexed by the words of its name that are no everyday English:
      // "Coastway" of "Coastway Rail", so that "the company and the union"
      // does not answer "which rail company is this about" without naming it.
      const name = nameWords.filter((word) => !COMMON_ENGLISH_WORDS.has(word)).join(' ');
      if (name === '') continue;
      for (const form of written) {
        if (form.length > 0) this.forms.push({ name, words: form });
      }
    }
  }

  /**
   * For each of an article's sentences, the business it means by "the
   * company" or "the firm", as the words of its name to index it with;
   * empty where it says neither, names a business as its own subject, or no
   * sentence just before has one as its subject. A sentence that says "the
   * company" of one keeps it in view for the next ("He said the company had
   * recruited…"), and one of quotation alone does not count as moving on.
   */
  companiesBehind(sentences: readonly UnitSentence[]): string[][] {
    const found: string[][] = [];
    let inView: string | null = null;
    let since = 0;
    for (const sentence of sentences) {
      const own = words(sentence.unquoted);
      const subject = this.subjectOf(own);
      const saysCompany = own.some(
        (word, i) => word === 'the' && COMPANY_NOUNS.has(own[i + 1] ?? ''),
      );
      if (own.length > 0) since++;
      if (subject !== null) {
        inView = subject;
        since = 0;
        found.push([]);
      } else if (saysCompany && inView !== null && since <= SENTENCES_BACK) {
        found.push([inView]);
        since = 0;
      } else {
        found.push([]);
      }
    }
    return found;
  }

  /** The business a sentence opens on ("Veltmar rejected…", "Calloway Pharmaceuticals said…"), by its name's own words. */
  private subjectOf(own: readonly string[]): string | null {
    const start = own[0] === 'the' ? 1 : 0;
    for (const form of this.forms) {
      if (form.words.every((word, i) => own[start + i] === word)) return form.name;
    }
    return null;
  }
}
