import type { LanguageFile } from '../knowledge/general-schema.ts';
import { pastOpeners } from './openers.ts';
import { foldText } from './text.ts';

/**
 * The clause a yes-or-no question asks about: from its auxiliary to the
 * first break ("is route 9 closed" of "is route 9 closed? need to drive thru
 * there tmrw", "did the ceo apologize" of "did the ceo apologize or nah",
 * "did they plead guilty" of "did they plead guilty or fight it").
 *
 * English asks a yes-or-no by putting its auxiliary first ("is", "did",
 * "has", "will"), then the subject and what is said of it; that clause is
 * the claim the reader wants confirmed or denied. What follows a question
 * mark, a comma or a dash is the reader's own context ("need to drive thru
 * there tmrw", "asking coz i walk my dog there"), and what follows "or" is
 * a tag ("or nah", "or not") or the other option ("or fight it"), which a
 * sentence stating the first one answers as well. Null for a message that
 * opens on no auxiliary, past general English's openers ("so", "wait").
 */
export class AskedClauses {
  private readonly clause: RegExp;

  /** @param words general English's openers; absent, none is read past */
  constructor(words: Pick<LanguageFile, 'openers'> | undefined) {
    this.clause = new RegExp(
      `${pastOpeners(words, 'whether')}((?:${AUXILIARIES})\\b.*?)(?=\\s+or\\b|${BREAK})((?:\\s+or\\b.*?)?)(?=${BREAK})`,
      'u',
    );
  }

  /**
   * The clause asked and what the reader wrote after it, folded; null when
   * the question asks no yes-or-no.
   */
  of(question: string): AskedClause | null {
    const folded = foldText(question).replace(/'/g, '');
    const found = this.clause.exec(folded);
    const asked = found?.[1];
    if (found === null || asked === undefined) return null;
    return {
      asked,
      options: `${asked}${found[2] ?? ''}`,
      after: folded.slice(found.index + found[0].length),
    };
  }
}

/** A yes-or-no's asked clause, and the rest of the question after it. */
export interface AskedClause {
  /** The clause, up to a break or an "or": "was anyone mauled". */
  asked: string;
  /** The clause and the options after its "or", up to a break: "was anyone mauled or injured tbh". */
  options: string;
  /** What follows the options: the reader's own context. */
  after: string;
}

/** Where a question's clause ends: a mark of its end, a comma, a dash. */
const BREAK = '[?!,;:.]|\\s[-–—]\\s|$';

/** The auxiliaries a yes-or-no opens on, contracted denials included ("didnt", "wont"). */
const AUXILIARIES =
  'is|are|was|were|did|does|do|has|have|had|will|would|can|could|should|isnt|arent|wasnt|werent|didnt|doesnt|dont|hasnt|havent|wont|cant';
