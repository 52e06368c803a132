import { type Gender, GenderCues, pronounGender, roleGender } from '../engine/gender.ts';
import { findQuoteMarks, withoutQuotes } from '../engine/quote-marks.ts';
import { sentenceSpans } from '../engine/sentences.ts';
import { words } from '../engine/text.ts';
import type { Passage } from '../knowledge/schema.ts';
import type { GivenNames } from './given-names.ts';
import type { Mention, NamedEntity } from './names.ts';
import { SPEECH_VERBS } from './words.ts';

/** A sentence opening on a quote handed over by "he" or "she": `"…," she said`; group 1 the pronoun. */
const QUOTE_THEN_PRONOUN = new RegExp(
  `^["“][^"”]+[,?!]["”]\\s+(he|she)\\s+(?:${SPEECH_VERBS})\\b`,
  'iu',
);

/**
 * What an article says of its people's gender: the title or role written at
 * a mention ("Mrs Marsh", "spokeswoman Jo Pike", "Tom Hartley, a spokesman
 * for…"), the pronouns after a name in a sentence that names that person
 * alone, outside quotation marks ("Whitlock said she would…"), and the
 * "He" opening a sentence that names nobody, after one that names one
 * person alone; failing all of these, the given name ("Julian Penrose").
 */
export function articleGenders(
  passages: readonly Passage[],
  mentions: ReadonlyMap<number, readonly Mention[]>,
  givenNames?: GivenNames,
): GenderCues<NamedEntity> {
  const genders = new GenderCues<NamedEntity>();
  /** The one person the sentence before names, if it names only one. */
  let alone: NamedEntity | null = null;
  for (const { n, text } of passages) {
    const people = (mentions.get(n) ?? []).filter((m) => m.entity.kind === 'person');
    for (const mention of people) {
      const given = mention.entity.name.includes(' ') ? mention.entity.name.split(' ')[0] : null;
      if (given && givenNames) genders.addByName(mention.entity, givenNames.genderOf(given));
      genders.addStrong(
        mention.entity,
        roleGender(words(text.slice(mention.outerStart, mention.start))),
      );
      if (mention.role) genders.addStrong(mention.entity, roleGender(words(mention.role)));
    }
    const found = findQuoteMarks(text).quotes;
    const quotes = found.map((q) => q.outer);
    const unquoted = withoutQuotes(text, found);
    for (const sentence of sentenceSpans(text)) {
      const named = people.filter(
        (m) =>
          m.start >= sentence.start &&
          m.end <= sentence.end &&
          !quotes.some((q) => m.start > q.start && m.start < q.end),
      );
      const sentenceText = text.slice(sentence.start, sentence.end);
      // `"…," she said.` right after a sentence naming one person alone: the
      // pronoun handing over the quote is that person's, as an opening "She" is.
      const handing = QUOTE_THEN_PRONOUN.exec(sentenceText)?.[1]?.toLowerCase();
      if (named.length === 0 && alone !== null && handing !== undefined) {
        genders.addWeak(alone, pronounGender(handing));
      }
      alone = genders.readSentence(
        {
          named: named.map((m) => m.entity),
          text: text.slice(sentence.start, sentence.end),
          afterFirst: words(unquoted.slice(named[0]?.end ?? sentence.end, sentence.end)),
        },
        alone,
      );
    }
  }
  return genders;
}

/**
 * The people an article has named and heard so far, for whom a quote's "he"
 * or "she" stands: the latest speaker the pronoun can be (as the article
 * always meant, when nothing says otherwise), else the latest person named
 * whom the article calls by that pronoun's gender. A person the quote's own
 * paragraph introduces comes before a speaker of an earlier paragraph: a
 * paragraph that brings in "Sarah Whitlock, a retired librarian" and then
 * quotes "she" is quoting her. A "she" is never given to a man the article
 * calls "Mr" or "spokesman".
 */
export class EarlierPeople {
  /** Most recent last. */
  private readonly speakers: NamedEntity[] = [];
  private readonly named: NamedEntity[] = [];
  /** Whoever spoke in the current paragraph, most recent last. */
  private hereSpeakers: NamedEntity[] = [];
  /** Whoever the current paragraph has named, most recent last. */
  private hereNamed: NamedEntity[] = [];

  constructor(private readonly genders: GenderCues<NamedEntity>) {}

  /** A new paragraph begins: the people it names are the nearest to its pronouns. */
  newParagraph(): void {
    this.hereSpeakers = [];
    this.hereNamed = [];
  }

  /** A person named outside a quotation. */
  mentioned(person: NamedEntity): void {
    moveLast(this.named, person);
    moveLast(this.hereNamed, person);
  }

  /** A person who said something, by a verb of speech or as a quote's speaker. */
  spoke(person: NamedEntity): void {
    moveLast(this.speakers, person);
    moveLast(this.named, person);
    moveLast(this.hereSpeakers, person);
    moveLast(this.hereNamed, person);
  }

  /** Whether what the article says of someone lets "he" or "she" stand for them. */
  canBe(person: NamedEntity, pronoun: Gender): boolean {
    return this.genders.canStandFor(person, pronoun);
  }

  /** Whom "he" or "she" stands for here; null when nobody earlier can be them. */
  standingFor(pronoun: Gender): NamedEntity | null {
    const here =
      this.hereSpeakers.findLast((p) => this.genders.canStandFor(p, pronoun)) ??
      this.hereNamed.findLast((p) => this.genders.genderOf(p) === pronoun);
    if (here) return here;
    const speaker = this.speakers.findLast((p) => this.genders.canStandFor(p, pronoun));
    return speaker ?? this.named.findLast((p) => this.genders.genderOf(p) === pronoun) ?? null;
  }
}

function moveLast<T>(list: T[], item: T): void {
  const at = list.indexOf(item);
  if (at >= 0) list.splice(at, 1);
  list.push(item);
}
