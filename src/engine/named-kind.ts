import type { LanguageFile } from '../knowledge/general-schema.ts';
import { YEARS_OLD } from './age-of-named.ts';
import { BoundedMemo } from './bounded-memo.ts';
import { MONTHS, WEEKDAYS, YEAR_SOURCE } from './calendar.ts';
import { regularSingular } from './counted.ts';
import { SPELLED_NUMBERS } from './figures.ts';
import { wordGender } from './gender.ts';
import type { RankedUnit, UnitFit } from './term-index.ts';
import { foldText, words as textWords, withPossessives } from './text.ts';
import { speaksOnlyOfUnnamedOnes } from './unnamed-one.ts';

/**
 * General English a named kind is read with (`language.json`); absent, no
 * word is a determiner and every word after "which" may be a kind.
 */
export type NamedKindWords = Pick<LanguageFile, 'determiners' | 'notKinds'> | undefined;

/**
 * Whether answers name the kind of thing a question asks for ("which
 * river"), with what each answer was found to name, kept per kind asked
 * about for this story's engine.
 *
 * A name of a kind is read around each place the kind's word occurs, by
 * code and one small pattern built once: a pattern built for each kind
 * asked, with Unicode letter classes, would be compiled by V8 on the kind's
 * first answers, some 7 ms paid by every question asking for a new kind.
 */
export class NamedKinds {
  /**
   * A determiner opens a new noun phrase: "She told the court" names no court,
   * while "Stanmoor Crown Court" and "Eastfield treatment plant" do. Every
   * determiner does, the reader's and the listener's ("my", "your") too.
   */
  private readonly determiners: ReadonlySet<string>;
  /** Words after "what" or "which" that ask for no named thing ("what day"). */
  private readonly notKinds: ReadonlySet<string>;
  /**
   * Per kind asked about, whether each unit names it, as far as questions
   * asked so far read it: filled in as they read it.
   */
  private readonly naming = new BoundedMemo(MAX_KINDS, () => new Map<number, Naming>());

  /**
   * The words of the outlets' names: generated answers open on them ("The
   * Harlow Falls Courier reports…"), and they name no thing a sentence tells of.
   */
  private readonly outletWords: ReadonlySet<string>;

  /**
   * @param words general English
   * @param outlets the names of the story's outlets
   */
  constructor(words: NamedKindWords, outlets: readonly string[] = []) {
    this.outletWords = new Set(outlets.flatMap((outlet) => textWords(foldText(outlet))));
    this.determiners = new Set([
      ...(words?.determiners.common ?? []),
      ...(words?.determiners.personal ?? []),
    ]);
    this.notKinds = new Set(words?.notKinds);
  }

  /**
   * "Which river flooded?", "what county is it in": the answer must name a
   * river or a county, a name ending in or next to that word ("the Tamsin
   * River", "Greer County"), not merely mention rivers. The word is the one
   * right after "what" or "which"; null when the question asks no such thing,
   * or when no ranked answer names one (then nothing is held against any).
   *
   * @param isFiller whether a word is filler (a stopword), never a kind
   * @param textOf what a unit answers with, as written (capitals kept); null
   *   for an answer trusted to meet its questions (a curated one). The same
   *   for a unit on every call with the same `possessed`, which says the name
   *   asked for is of a thing someone named owns ("bracewells haulage firm"):
   *   what it says is kept from one question to the next.
   * @param namesSomeoneElse whether a unit names one of the story's people or
   *   groups the question does not; null where that is not known
   * @param rosterOf the text of a list of the article's people (trusted as
   *   a list otherwise); null for any other unit. Asked for a kind that is no
   *   person ("which union is involved"), a roster giving a role in one it
   *   leaves unnamed ("the union's regional chairman") tells who, not which
   *   union.
   */
  fit(
    question: string,
    isFiller: (word: string) => boolean,
    textOf: (unit: number, possessed: boolean) => string | null,
    ranked: readonly RankedUnit[],
    namesSomeoneElse: (unit: number) => boolean | null = () => null,
    rosterOf: (unit: number) => string | null = () => null,
  ): UnitFit {
    // A person's card, trusted to name the one of a kind its role gives
    // ("the name of the driver"), names no kind someone named owns ("the name
    // of bracewells haulage firm": his own card).
    const possessed = this.possessedNameOf(question, isFiller) !== null;
    const nameOf = this.kindOfNameAsked(question, isFiller);
    const folded = foldText(question);
    // "What other products does the firm make": others of a kind, which an
    // answer speaking of them unnamed ("any of its other products") does not
    // tell; one naming one may be the very one the reader set aside, so it is
    // no sign the others are named.
    const others = OTHERS_OF_KIND.exec(folded)?.[1];
    const kind =
      nameOf ??
      this.kindAskedFor(question, isFiller) ??
      (others === undefined ? null : this.kindOf(others, isFiller));
    if (kind === null) {
      // Asked outright for the name of one of no kind read ("the name of the
      // 2nd one"): an answer must still name something the question does not.
      if (!NAME_OF.test(folded)) return null;
      const asked = new Set(textWords(folded));
      return (unit) => {
        const text = textOf(unit, possessed);
        return text === null || this.namesOtherThan(text, asked);
      };
    }
    const othersOnly = nameOf === null && others !== undefined;
    // "Which campus" keeps its "s": only a regular plural loses one.
    const singular = regularSingular(kind) ?? kind;
    const initial = singular[0] ?? '';
    const word: KindWord = {
      // Its first letter in either case: "the Tamsin River", "the river".
      initials: [...new Set(initial.toUpperCase() + initial)],
      rest: singular.slice(1),
    };
    /** True or false for an answer held to the condition; null for a trusted one. */
    // Each unit is asked about more than once (here, then by ranking and by
    // the decision), and again by the next question asking for the same kind.
    const known = this.naming.get(
      `${possessed ? '~' : ''}${nameOf === null ? '' : '!'}${word.initials.join('')}${word.rest}`,
    );
    const person = mayBeAPerson(singular);
    const naming = (unit: number): Naming => {
      let names = known.get(unit);
      if (names === undefined) {
        const roster = person ? null : rosterOf(unit);
        const text = roster ?? textOf(unit, possessed);
        // Most answers never use the word: a plain search rules them out first.
        if (text === null) names = 'trusted';
        else if (!this.speaksOf(text, word)) names = 'silent';
        else names = this.names(text, word, nameOf !== null, possessed) || 'unnamed';
        // A roster of people is trusted as ever, but where it gives someone's
        // role in one of the kind it does not name ("the union's regional
        // chairman"): it tells who, not which union.
        if (roster !== null) {
          names = names === 'unnamed' && rolesInUnnamed(roster, singular) ? 'roster' : 'trusted';
        }
        known.set(unit, names);
      }
      return names;
    };
    if (!othersOnly && ranked.some((r) => naming(r.unit) === 'names')) {
      return (unit) => naming(unit) === 'names' || naming(unit) === 'trusted';
    }
    // "The hospital said…" opening a sentence names no hospital; where no
    // answer names one, it still tells of one as a name would, and answers
    // as one (each of several said "the company" is read as the one asked).
    if (!othersOnly && ranked.some((r) => naming(r.unit) === 'opened')) {
      return (unit) => {
        const says = naming(unit);
        return says !== 'unnamed' && says !== 'silent' && says !== 'roster';
      };
    }
    const asked = new Set(textWords(folded));
    // Asked outright for the name of one ("what's the name of the driver"),
    // an answer speaking of one and naming none ("the driver had gone
    // around a barricade") does not answer, even when none names one; one
    // that never says the word may still give the name in other words, if
    // it names anyone or anything at all the question does not ("who was
    // the officer in charge" is not answered by "removed by soldiers of a
    // colonial expedition").
    if (nameOf !== null) {
      // A person's name asked ("the name of the cop who woke him"), an answer
      // never saying the word gives one only by naming someone the question
      // does not: not by naming the street he lives on.
      const personNamed = person && asksNameOutright(question);
      return (unit) => {
        const says = naming(unit);
        if (says !== 'silent') return says !== 'unnamed' && says !== 'roster';
        return (
          (personNamed ? namesSomeoneElse(unit) : null) ??
          this.namesOtherThan(textOf(unit, possessed) ?? '', asked, false)
        );
      };
    }
    // "Which weather office measured the rain" is not answered by "according
    // to the regional weather office", which names none: an answer speaking
    // of the kind unnamed tells which one only where it names something the
    // question does not ("return to league action" beside "Westmarch
    // Premier Division"), a name the pattern could not tie to the word. A
    // "what" may ask a value instead ("what rate did they set": "its rate
    // to 5.75 percent"): there a figure answers as a name does.
    const asksWhich = ASKS_WHICH.test(folded);
    if (!asksWhich && !ASKS_WHAT.test(folded)) return null;
    return (unit) => {
      const says = naming(unit);
      if (says === 'roster') return false;
      if (says !== 'unnamed') return true;
      const text = textOf(unit, possessed) ?? '';
      // "Sent to a medical journal": said outright not to tell which.
      if (asksWhich && speaksOnlyOfUnnamedOnes(text, singular)) return false;
      return (
        this.namesOtherThan(text, asked, !person) ||
        (!asksWhich && figureAfter(text, singular)) ||
        yearBefore(text, singular, asked)
      );
    };
  }

  /**
   * Whether a text names one of a kind where it says the kind's word
   * ("the Nethercombe site", "rock band The Hollow Vines"), as {@link fit}
   * reads a name of the kind asked.
   */
  namesOneOf(text: string, kind: string): boolean {
    const singular = regularSingular(kind) ?? kind;
    const initial = singular[0] ?? '';
    const word: KindWord = {
      initials: [...new Set(initial.toUpperCase() + initial)],
      rest: singular.slice(1),
    };
    return this.names(text, word, false, false) === 'names';
  }

  /**
   * Whether a text names one of the kind a question asks the name of
   * outright ("what's the name of the dam", "what's the consumer group
   * called"), as {@link fit} reads a name of it: "Upper Tarrow Dam", "the
   * consumer group Fair Deal"; null when the question asks no name
   * outright or no kind of it ("whats her name"), and, unless strict, when
   * the text never says the word of a kind of person ("the health guy they
   * quoted"), which {@link fit} holds to naming someone. Speaking of the
   * kind unnamed ("the dam") names none.
   *
   * @param isFiller whether a word is filler (a stopword), never a kind
   * @param strict whether a text never saying a kind of person's word names
   *   none ("what is the name of delgado's wife"); else {@link fit} holds it
   */
  namesOneAsked(
    question: string,
    isFiller: (word: string) => boolean,
    text: string,
    strict = false,
  ): boolean | null {
    // "The name of the spokeswoman, first name": a part of a name, a need of its own.
    if (!asksNameOutright(question) || NAME_PART.test(foldText(question))) return null;
    const kind = this.kindOfNameAsked(question, isFiller);
    if (kind === null) return null;
    const possessed = this.possessedNameOf(question, isFiller) !== null;
    const singular = regularSingular(kind) ?? kind;
    const initial = singular[0] ?? '';
    const word: KindWord = {
      initials: [...new Set(initial.toUpperCase() + initial)],
      rest: singular.slice(1),
    };
    // "The name of the health guy they quoted": a kind of person in the
    // reader's own words, which a text naming him need never say ({@link fit}
    // holds it to naming someone the question does not).
    if (!strict && mayBeAPerson(singular) && !this.speaksOf(text, word)) return null;
    return this.names(text, word, true, possessed) === 'names';
  }

  /**
   * The kind a question asks the name of outright, singular ("lifeguard" of
   * "whats the lifeguards name"); null when it asks no name outright.
   *
   * @param isFiller whether a word is filler (a stopword), never a kind
   */
  kindOfNameAskedOutright(question: string, isFiller: (word: string) => boolean): string | null {
    // "Whats coyles first name": a part of a name, a need of its own, and no kind.
    if (!asksNameOutright(question) || NAME_PART.test(foldText(question))) return null;
    const kind = this.kindOfNameAsked(question, isFiller);
    return kind === null ? null : (regularSingular(kind) ?? kind);
  }

  /**
   * Whether a text names something the question does not: a capitalised
   * word inside a sentence that the question never says, and that is no
   * determiner, month, weekday, outlet's word or name the engine put in
   * brackets for a pronoun ("He [Tom Ellery] said").
   *
   * @param asked the question's folded words
   * @param peopleAside whether a person's name ("Mr Whitlow") is left out
   */
  namesOtherThan(text: string, asked: ReadonlySet<string>, peopleAside = false): boolean {
    for (const { word, person } of this.innerNames.get(text)) {
      if (!asked.has(word) && !(peopleAside && person)) return true;
    }
    return false;
  }

  /**
   * The capitalised words inside a text's sentences that may name a thing
   * (see {@link namesOtherThan}), folded, read once per text: every "what"
   * or "which" question scanned each unit it ranked with the pattern.
   * The story's texts are few; a loose cap bounds a large one.
   */
  private readonly innerNames = new BoundedMemo(INNER_NAMES_LIMIT, (text: string) => {
    const names: InnerName[] = [];
    const plain = text.replace(BRACKETED, ' ');
    // Where the last title ("Mr", "Mrs": a word saying a gender) ended.
    let titleEnd = -1;
    for (const found of plain.matchAll(INNER_CAPITALISED)) {
      const word = foldText(found[1] ?? '');
      // "Mr Whitlow": the title and the name right after it are a person's.
      const title = wordGender(word) !== null;
      const person = title || (titleEnd >= 0 && plain.slice(titleEnd, found.index).trim() === '');
      titleEnd = title ? found.index + (found[0]?.length ?? 0) : -1;
      if (word === '' || this.outletWords.has(word)) continue;
      if (!this.determiners.has(word) && !NOT_NAMES.has(word)) names.push({ word, person });
    }
    return names;
  });

  /**
   * The kind a question asks the name of: "driver" of "what's the name of
   * the driver who…", "company" of "the name of the landscaping company";
   * null when it asks for no name.
   */
  private kindOfNameAsked(question: string, isFiller: (word: string) => boolean): string | null {
    const folded = foldText(question);
    const owned = this.possessedNameOf(question, isFiller);
    if (owned !== null) return owned;
    // "What's the culture minister's name": folding drops the "'s" that says
    // whose name it is.
    const whose = NAME_OWNED.exec(withPossessives(question))?.[1];
    if (whose !== undefined) return this.kindOf(foldText(whose), isFiller);
    const named = NAME_OF.exec(folded)?.[1];
    const who = named === undefined ? WHO_IS_THE.exec(folded)?.[1] : undefined;
    if (who !== undefined) return this.personAfterOf(who) ?? this.kindOf(who, isFiller);
    const after = named ?? CALLED.exec(folded)?.[1];
    if (after === undefined) return null;
    // "The name of the coach firm's MD": whose one it is stands before the
    // "'s", the kind after it.
    const whoseOne =
      named === undefined ? undefined : NAME_OF_OWNED.exec(withPossessives(question));
    const ownedKind = whoseOne && this.kindOf(foldText(whoseOne[2] ?? ''), isFiller);
    if (ownedKind) return ownedKind;
    // "The 19 year old who was arrested" is someone told by their age: a
    // person, whatever follows.
    const aged = AGED.exec(after);
    if (aged !== null) return this.kindOf(after.slice(aged[0].length), isFiller) ?? 'person';
    // "The names of the other five schools", "all 3 ferries": which ones and
    // how many are asked of the kind, not the kind.
    const kindWords = after.replace(OTHERS_OR_COUNT, '');
    return this.personAfterOf(kindWords) ?? this.kindOf(kindWords, isFiller);
  }

  /**
   * The person a name asked for is, after a group named by "of" with no
   * determiner: "spokesperson" of "the department of health spokesperson".
   * Null otherwise: "the head of the department" is its head.
   */
  private personAfterOf(after: string): string | null {
    const [first, of, owner, last, ...more] = after.split(/[^\p{L}]+/u).filter((w) => w !== '');
    if (of !== 'of' || first === undefined || owner === undefined || last === undefined) {
      return null;
    }
    if (more.length > 0 || this.determiners.has(owner)) return null;
    return PERSON_KINDS.has(last) ? last : null;
  }

  /**
   * The kind of "the name of bracewells haulage firm": whose it is (a
   * possessive name opening the words) is not the kind ("firm"); null when
   * the name asked for is of nobody named.
   *
   * @param folded the question, folded
   */
  private possessedNameOf(question: string, isFiller: (word: string) => boolean): string | null {
    const after = NAME_OF.exec(foldText(question))?.[1];
    if (after === undefined) return null;
    const [first = ''] = after.split(/[^\p{L}]+/u);
    if (isPossessiveOf(first, isFiller)) return this.kindOf(after, isFiller, true);
    // "The name of Tom Beaney's butcher shop": a name of one or two words,
    // typed with the "'s" folding drops.
    const owned = NAME_OF_OWNED.exec(withPossessives(question));
    const owner = owned?.[1]?.split(/\s+/u) ?? [];
    if (owner.length === 0 || !owner.every((word) => isFiller(foldText(word)))) return null;
    return this.kindOf(foldText(owned?.[2] ?? ''), isFiller);
  }

  /**
   * The kind a question asks to be named: the last of at most two words after
   * "what" or "which", before any filler or verb ("which swedish official
   * went" → "official", "what bases does" → "bases"); null when there is none.
   */
  kindAskedFor(question: string, isFiller: (word: string) => boolean): string | null {
    return this.kindWordsAskedFor(question, isFiller).at(-1) ?? null;
  }

  /**
   * The words naming the kind a question asks to be named, as
   * {@link kindAskedFor} reads them, the kind last: "which police force" →
   * "police", "force"; a name may be called by either ("Marlshire Police").
   */
  kindWordsAskedFor(question: string, isFiller: (word: string) => boolean): readonly string[] {
    // "What's the fire chief's advice": the chief is whose advice it is, the
    // advice what is asked; folding drops the "'s" that tells so. "What's
    // the union's name" still asks to name the union.
    const owned = OWNER_AFTER_WHAT.exec(withPossessives(question))?.[1];
    if (owned !== undefined && !/^names?\b/u.test(owned)) {
      return this.kindWordsOf(foldText(owned), isFiller);
    }
    // "Which 14 routes", "which six schools": the count says how many, the noun the kind.
    const after = KIND_AFTER_WHAT.exec(foldText(question))?.[1] ?? '';
    return this.kindWordsOf(after, isFiller);
  }

  /** The kind words open: the last of at most two, before any filler or verb. */
  private kindOf(
    after: string,
    isFiller: (word: string) => boolean,
    pastPossessor = false,
  ): string | null {
    return this.kindWordsOf(after, isFiller, pastPossessor).at(-1) ?? null;
  }

  /** The words {@link kindOf} reads, the kind last; none when there is no kind. */
  private kindWordsOf(
    after: string,
    isFiller: (word: string) => boolean,
    pastPossessor = false,
  ): readonly string[] {
    const taken: string[] = [];
    // At most two words are read (three past a possessor's name): the rest of
    // a long question is not split.
    // "Which co-ops": a hyphen joins one word.
    for (const word of after.split(/[^\p{L}-]+/u, pastPossessor ? 3 : 2)) {
      if (pastPossessor && taken.length === 0 && isPossessiveOf(word, isFiller)) continue;
      if (
        (word.length < 3 && !PERSON_KINDS.has(word)) ||
        isFiller(word) ||
        this.notKinds.has(word) ||
        RELATIVE.has(word) ||
        LOOKS_LIKE_A_VERB.test(word)
      ) {
        break;
      }
      taken.push(word);
      if (taken.length === 2) break;
    }
    return taken;
  }

  /**
   * Whether the text says the kind's word, or its plural, as a word of its
   * own: "ref" is not said by "Referee".
   */
  private speaksOf(text: string, word: KindWord): boolean {
    for (let from = 1; from <= text.length; ) {
      const at = text.indexOf(word.rest, from);
      if (at === -1) return false;
      from = at + 1;
      let after = at + word.rest.length;
      if (text.charAt(after) === 's' && !isBoundary(text, after)) after++;
      if (!isBoundary(text, after)) continue;
      for (const initial of word.initials) {
        const start = at - initial.length;
        if (start >= 0 && text.startsWith(initial, start) && isBoundary(text, start)) return true;
      }
    }
    return false;
  }

  /**
   * Whether the text names one of the kind: the kind's word (its plural
   * too) ending a name ("the Tamsin River", "Eastfield treatment plant"), or
   * followed by one ("a naval base in Lysa", "the port of Brenna").
   *
   * @param outright whether the name of one is asked outright ("what's the
   *   name of the spokesperson"): then "A spokesperson" opening a sentence
   *   names none, nor "a bakery on Tanner Street", which tells only where one is
   * @param owned whether the name asked is of a thing someone named owns
   *   ("the name of Tellin's school"): then the owner's possessive names none
   */
  private names(
    text: string,
    word: KindWord,
    outright: boolean,
    owned: boolean,
  ): 'names' | 'opened' | null {
    let opened = false;
    for (let from = 1; from <= text.length; ) {
      const at = text.indexOf(word.rest, from);
      if (at === -1) return opened ? 'opened' : null;
      from = at + 1;
      const after = at + word.rest.length;
      const plural = text.charAt(after) === 's';
      for (const initial of word.initials) {
        const start = at - initial.length;
        if (start < 0 || !text.startsWith(initial, start)) continue;
        // "Crown Court": the word ends there, its plural or not.
        const ends = (plural && isBoundary(text, after + 1)) || isBoundary(text, after);
        // Asked its name outright, a thing's word capitalised and run on into
        // more of a name ("the Charity Commission", "the Coastal Lifeboat
        // Trust") is the name of something else, whose last word says what
        // it is; a title before a person's name ("Councillor Andrea Whitlow")
        // still names one.
        if (outright && initial !== initial.toLowerCase() && !mayBeAPerson(initial + word.rest)) {
          NAME_RUNS_ON.lastIndex = plural ? after + 1 : after;
          if (NAME_RUNS_ON.test(text)) continue;
        }
        // "A Department for Transport spokesperson": the name before one who
        // speaks for a body is the body's, never theirs.
        const whose = outright && SPEAKS_FOR_A_BODY.test(initial + word.rest);
        const heads = ends && !whose ? this.headsName(text, start, outright, owned) : null;
        if (heads === 'name') return 'names';
        if (heads === 'determiner') opened = true;
        // "base in Lysa": a name follows the word.
        if (isBoundary(text, start)) {
          // Asked its name outright, "a bakery on Tanner Street" or "hospitals
          // in Harrowgate" tells only where one is: its name must follow it.
          const nameAfter = outright ? NAME_RIGHT_AFTER : NAME_AFTER;
          nameAfter.lastIndex = plural ? after + 1 : after;
          // "a medical journal in November": a month is when, not which.
          if (nameAfter.test(text) && !isDayOrMonthAt(text, nameAfter.lastIndex - 1)) {
            return 'names';
          }
          // "the Department for Rural Affairs", "Board of Governors": the
          // kind's word written with a capital is a name's, and runs on by
          // "for" or "of" into the rest of it.
          if (initial !== initial.toLowerCase()) {
            CAPITALISED_NAME_RUNS_ON.lastIndex = plural ? after + 1 : after;
            if (CAPITALISED_NAME_RUNS_ON.test(text)) return 'names';
          }
        }
      }
    }
    return opened ? 'opened' : null;
  }

  /**
   * Whether a name's first words stand before `end`, as in "Tamsin River"
   * or "Eastfield treatment plant": a word ending in a capitalised one
   * ("Tamsin", "McAllister's"), then at most two more words, none of them a
   * determiner ("She told the court"), each followed by white space.
   */
  private headsName(
    text: string,
    end: number,
    outright: boolean,
    owned: boolean,
  ): 'name' | 'determiner' | null {
    let at = end;
    for (let between = 0; ; between++) {
      const spaced = at;
      while (at > 0 && WHITE_SPACE.test(text.charAt(at - 1))) at--;
      if (at === spaced || at === 0) return null;
      const wordEnd = at;
      while (at > 0 && !WHITE_SPACE.test(text.charAt(at - 1))) at--;
      const word = text.slice(at, wordEnd);
      // "A spokesperson for…" opening a sentence: a determiner, though
      // capitalised, where the name of one is asked outright. "An exam board
      // has admitted…": an indefinite article speaks of one left unnamed,
      // whatever is asked, though "The" may open a name ("The Hague").
      const lower = word.toLowerCase();
      if (INDEFINITE_ARTICLES.has(lower) || (outright && this.determiners.has(lower))) return null;
      // "Three shops on this stretch…": a count opening a sentence names none.
      if (SPELLED_NUMBERS.includes(lower.replace(OPENING_MARKS, ''))) return null;
      // "Tellin's elementary school" names whose it is, not the school, when
      // the name asked is of a thing someone named owns.
      if (owned && POSSESSIVE.test(word)) return null;
      if (endsCapitalised(word)) {
        // "A new Lurian dam": asked its name outright, a capitalised word
        // after "a" describes one left unnamed.
        if (outright && followsIndefinite(text, at)) return null;
        // "The hospital said…": a determiner capitalised to open a sentence
        // opens no name of a kind written in lowercase ("The Hague" aside).
        const lowercaseKind = CAPITAL.test(text.charAt(end)) === false;
        const opener = lower.replace(OPENING_MARKS, '');
        return lowercaseKind && this.determiners.has(opener) ? 'determiner' : 'name';
      }
      // "the Department of Health said hospitals…": a verb ends the name before it.
      if (between === 2 || this.determiners.has(word) || LOOKS_LIKE_A_VERB.test(word)) return null;
    }
  }
}

/**
 * Whether a text gives a role in one of a kind it leaves unnamed: "the
 * union's regional chairman", "the council's cabinet member".
 */
function rolesInUnnamed(text: string, kind: string): boolean {
  // Folding would drop the "'s" that says whose role it is.
  const lower = text.toLowerCase().replaceAll('’', "'");
  return lower.includes(`the ${kind}'s `);
}

/**
 * What an answer says of the kind asked for: a name of one ("the Tamsin
 * River"), only "The" opening a sentence on the kind's word ("The river
 * rose…"), the kind's word and no name ("the river"), nothing of it,
 * trusted to meet its questions (a curated answer), or, a roster of people,
 * a role in one it leaves unnamed ("the union's regional chairman").
 */
type Naming = 'names' | 'opened' | 'unnamed' | 'silent' | 'trusted' | 'roster';

/**
 * Whether a word is a possessive ("bracewells", "bracewell's" as folded)
 * of a word that is filler to the kind, most often a name the story writes
 * only with a capital.
 */
function isPossessiveOf(word: string, isFiller: (word: string) => boolean): boolean {
  return word.length > 3 && word.endsWith('s') && !isFiller(word) && isFiller(word.slice(0, -1));
}

/** A capitalised word inside a sentence, and whether a title makes it a person's name ("Mr Whitlow"). */
interface InnerName {
  word: string;
  person: boolean;
}

/**
 * Whether a kind's word may name people ("official", "driver", "judge"),
 * whom a person's name answers; read by its ending or a few words, erring
 * towards a person: "company", "school" or "harbour" are named by no Mr Whitlow.
 */
export function mayBeAPerson(kind: string): boolean {
  return PERSON_ENDING.test(kind) || PERSON_KINDS.has(kind) || wordGender(kind) !== null;
}

/** One who speaks for a body, named after the body: "a Department for Transport spokesperson". */
const SPEAKS_FOR_A_BODY = /^spokes(?:person|woman|man)$/iu;

/** Endings of words for people: "driver", "contractor", "chemist", "politician", "resident", "chairman", "trustee". */
const PERSON_ENDING = /(?:er|or|ist|ian|ant|ent|man|men|woman|ee|ees|ers|ors|ists|ians|ants|ents)$/;

/** Words for people that no ending tells. */
const PERSON_KINDS: ReadonlySet<string> = new Set([
  'judge',
  'official',
  'officials',
  'chief',
  'candidate',
  'coach',
  'captain',
  'person',
  'people',
  'spokesperson',
  'staff',
  'police',
  'head',
  'boss',
  'pupil',
  'victim',
  'witness',
  'guy',
  'child',
  'kid',
  'family',
  'mayor',
  'mp',
  'ref',
  'winger',
  'minister',
  'councillor',
  'councilor',
  'one',
  'cop',
  'teen',
  'md',
  'ceo',
  'gp',
]);

/**
 * "What's the fire chief's advice", "what was the judge's reasoning": a
 * possessive of one or two words after "the" (a known one, not "which
 * company's shares", which asks which company), the words after it captured.
 */
const OWNER_AFTER_WHAT =
  /\bwhat(?:'s|s|\s+(?:is|was|are|were|r))?\s+the\s+(?:[\p{L}-]+\s+)?[\p{L}-]+'s?\s+(.*)$/u;

/**
 * "What's the culture minister's name", "what was the driver's name": the
 * name of one of a kind asked outright, as "the name of the driver" is; the
 * kind's words captured (at most three, after a determiner). A clause may
 * tell which one after the name: "what's the firefighter's name who got
 * heat exhaustion".
 */
const NAME_OWNED =
  /\bwhat(?:'s|s|\s+(?:is|was|are|were|r))?\s+(?:(?:the|their|his|her|its)\s+)?((?:[\p{L}-]+\s+){0,2}[\p{L}-]+?)(?:'s?)?\s+names?(?:\s+(?:again|then|exactly|now|thx|pls|please|tho))*(?:\W*$|\s+(?:who|whom|that|which)\b)/u;

/** Words that open a clause after the kind ("the driver who went…"), never a kind themselves. */
const RELATIVE = new Set(['who', 'whom', 'whose', 'which', 'that', 'where', 'when', 'what']);

/** "The name of Tom Beaney's shop": whose (one or two words before "'s") and the words after. */
const NAME_OF_OWNED = /\bnames? of\s+(?:the\s+)?((?:[\p{L}-]+\s+)?[\p{L}-]+)'s?\s+(.*)$/u;

/** "The name of the driver", "names of the officials": the words after, a determiner dropped. */
const NAME_OF = /\bnames? of\s+(?:(?:the|that|this|these|those|their|his|her|its)\s+)?(.*)$/u;

/**
 * "Who was the original contractor", "who's the ref": a role after a
 * determiner, asked to be named as "the name of the contractor" is; not
 * "who was the annual return for", which asks whom it served.
 */
const WHO_IS_THE =
  /^(?:\W*\w+\W+)?who(?:s|'s|’s|\s+(?:is|was|are|were|r|will\s+be))\s+(?:the|their|his|her|its)\s+(?!(?:\w+\s+){1,2}(?:for|to|with|about|from|by)\b)(.*)$/u;

/**
 * "What's the union called", "what was the satellite called": the kind
 * before "called", asked to be named as "the name of the union" is. Folded,
 * "what's" is "what".
 */
const CALLED =
  /^(?:\W*\w+\W+)?what(?:s|\s+(?:is|was|are|were|r))?\s+(?:(?:the|that|this|these|those|their|his|her|its)\s+)?(.+?)\s+called\b/u;

/** The word of a kind asked for, as a name may write it: "[Rr]iver". */
interface KindWord {
  initials: readonly string[];
  rest: string;
}

/** What follows the kind's word in a name: "base in Lysa", "port of the Brenna". */
const NAME_AFTER = /\s+(?:(?:in|at|of|on|near)\s+)?(?:the\s+)?\p{Lu}/uy;
/** Articles that speak of one of a kind left unnamed: never the head of a name. */
const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/** What runs on from a capitalised kind's word into its name: "Department for Rural Affairs". */
const CAPITALISED_NAME_RUNS_ON = /\s+(?:for|of)\s+(?:the\s+)?\p{Lu}/uy;
/**
 * What follows the kind's word in its name, or set off after it, not only
 * where it is: "port of Brenna", "the river Tamsin", "his daughter, Claire Benning".
 */
const NAME_RIGHT_AFTER = /(?:\s+(?:of\s+)?(?:the\s+)?|,\s*)\p{Lu}/uy;

/** A part of a name asked ("first name", "surname"), which `intent.ts` reads as a need of its own. */
const NAME_PART = /\b(?:first|full|last|given|family|middle) name\b|\bsurname\b/u;

/** A capitalised word right after a kind's own capitalised word: "Charity Commission". */
const NAME_RUNS_ON = /[ \t]+\p{Lu}/uy;

/**
 * Whether the word starting at `at` follows "a" or "an", with at most one
 * lowercase word between: "a Lurian dam", "a new Lurian dam".
 */
function followsIndefinite(text: string, at: number): boolean {
  const before = text
    .slice(Math.max(0, at - 40), at)
    .split(/\s+/u)
    .filter((w) => w !== '');
  const last = before.at(-1);
  if (last === undefined) return false;
  if (INDEFINITE_ARTICLES.has(last.toLowerCase())) return true;
  return (
    last === last.toLowerCase() && INDEFINITE_ARTICLES.has((before.at(-2) ?? '').toLowerCase())
  );
}

/** A word's letters from where it starts. */
const LETTERS_AT = /\p{L}+/uy;

/** Whether the word starting at `at` is a month's or a weekday's name ("in November"). */
function isDayOrMonthAt(text: string, at: number): boolean {
  LETTERS_AT.lastIndex = at;
  const word = LETTERS_AT.exec(text)?.[0] ?? '';
  return NOT_NAMES.has(foldText(word));
}

/** Whether the word ends in a capital and only name letters after it ("Tamsin", "O’Neill’s", "U.N."). */
function endsCapitalised(word: string): boolean {
  const characters = [...word];
  for (let at = characters.length - 1; at >= 0; at--) {
    const character = characters[at] ?? '';
    if (CAPITAL.test(character)) return true;
    if (!NAME_LETTER.test(character)) return false;
  }
  return false;
}

const WHITE_SPACE = /\s/;
/** Quotation marks and brackets a word may open on: "“Three". */
const OPENING_MARKS = /^[^\p{L}\p{N}]+/u;
/** A word's possessive ending: "Tellin's", "the Smiths’". */
const POSSESSIVE = /['’]s?$/u;
const CAPITAL = /\p{Lu}/u;
/** What follows a capital in a name: letters, apostrophes, dots and hyphens. */
const NAME_LETTER = /[\p{L}'’.-]/u;

/** Whether `\b` holds before the character at `at`: a word character on one side only. */
function isBoundary(text: string, at: number): boolean {
  return WORD_CHARACTER.test(text.charAt(at - 1)) !== WORD_CHARACTER.test(text.charAt(at));
}

/** A word character as `\b` reads one, in a pattern without the `i` flag. */
const WORD_CHARACTER = /\w/;

/** Bounds the memory kept for kinds readers asked about. */
const MAX_KINDS = 1_000;

/** A past tense or participle ("published", "said"), which ends the noun phrase. */
const LOOKS_LIKE_A_VERB = /(?:ed|said|says)$/;

/** Whether a question asks outright for a name: "the name of the driver", "what's the union called", "the driver's name". */
function asksNameOutright(question: string): boolean {
  const folded = foldText(question);
  return NAME_OF.test(folded) || CALLED.test(folded) || NAME_OWNED.test(withPossessives(question));
}

/** "Other", "all", a count, in any order, before the kind of a name asked: "the other five schools". */
const OTHERS_OR_COUNT = new RegExp(
  `^(?:(?:other|all|\\d+|${SPELLED_NUMBERS.slice(2).join('|')})\\s+)+`,
  'u',
);

/** "19 year old", "19-year-old", "six years old": someone told by their age. */
const AGED = new RegExp(`^${YEARS_OLD}\\b\\W*`, 'u');

/** "What other products", "which other clubs": the words after "other". */
const OTHERS_OF_KIND = /\b(?:what|which)\s+other\s+(.*)$/u;
/** "Which office", as a question asks for one of a kind by name. */
const ASKS_WHICH = /\bwhich\b/;
/** The words after "what" or "which", past "the" and a count ("which 14 routes", "which six schools"). */
const KIND_AFTER_WHAT = new RegExp(
  `\\b(?:what|which)\\s+(?:the\\s+)?(?:(?:\\d+|${SPELLED_NUMBERS.slice(2).join('|')})\\s+)?(.*)$`,
  'u',
);
/** "What office", which may ask for one by name, or for a value. */
const ASKS_WHAT = /\bwhat\b/;
/**
 * Whether a figure follows the kind's word closely, in its clause: "its
 * rate to 5.75 percent", "the deadline is March 31", not "4.6 inches of
 * rain… according to the regional weather office".
 */
function figureAfter(text: string, kind: string): boolean {
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(kind); at !== -1; at = lower.indexOf(kind, at + 1)) {
    const after = lower.slice(at + kind.length, at + kind.length + FIGURE_WITHIN_CHARS);
    const digit = after.search(DIGIT);
    if (digit !== -1 && !CLAUSE_END.test(after.slice(0, digit))) return true;
  }
  return false;
}

/**
 * Whether a text tells which one of a kind it speaks of by the year written
 * before the kind's word, past words the question says itself: "which
 * financial year is the shortfall for" of "the 2025-26 financial year",
 * "which academic year" of "in the 2023-24 academic year". A year is which
 * one, where a count before the word ("the 12 councillors") is how many.
 *
 * @param asked the question's folded words
 */
function yearBefore(text: string, kind: string, asked: ReadonlySet<string>): boolean {
  for (const found of text.toLowerCase().matchAll(YEAR_BEFORE_WORDS)) {
    const after = (found[1] ?? '').split(/\s+/u).filter((word) => word !== '');
    const at = after.findIndex((word) => word === kind || regularSingular(word) === kind);
    if (at !== -1 && after.slice(0, at).every((word) => asked.has(word))) return true;
  }
  return false;
}

/** A year ("2019", "2023-24", "2024/25") and the two or three words after it, the kind's last. */
const YEAR_BEFORE_WORDS = new RegExp(
  `\\b${YEAR_SOURCE}(?:[-/]\\d\\d(?:\\d\\d)?)?((?:\\s+[a-z]+){1,3})`,
  'gu',
);

/** How close after the kind's word a figure gives its value: some six words. */
const FIGURE_WITHIN_CHARS = 40;
const DIGIT = /\d/;
/** Where a clause ends, before the figure would belong to another. */
const CLAUSE_END = /[.;:!?]/;

/** Bounds the texts whose inner names are kept. */
const INNER_NAMES_LIMIT = 8192;

/** A name the engine puts after a pronoun: "He [Tom Ellery] said". */
const BRACKETED = /\[[^\]]*\]/g;

/**
 * A capitalised word after another word of its sentence: not after an end of
 * sentence, a colon or an opening quote, where any word is.
 */
const INNER_CAPITALISED = /(?<=[\p{L}\p{N},;)'’]\s+)(\p{Lu}[\p{L}'’-]*)/gu;

/** Capitalised words that name no thing: the calendar's, and "I". */
const NOT_NAMES: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS, 'i']);
