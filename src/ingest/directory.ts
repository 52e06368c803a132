import { COMMON_ENGLISH_WORDS } from '../engine/common-words.ts';
import { isRoleHead } from '../engine/role-nouns.ts';
import type { Entity, Passage } from '../knowledge/schema.ts';
import type { GivenNames } from './given-names.ts';
import type { Mention, NamedEntity } from './names.ts';
import { appositiveAfter } from './roles.ts';
import {
  CLAUSE_THEN_SPEECH,
  isEnglishPlural,
  isNameWord,
  type NameRun,
  SPEECH_AFTER,
  THE_BEFORE,
} from './runs.ts';
import type { IdAllocator } from './slug.ts';
import { foldName, tokenize } from './text.ts';
import {
  BODY_NOUNS,
  COURTESY_TITLES,
  isDemonym,
  ORGANIZATION_WORDS,
  PLACE_PREPOSITIONS,
  PLACE_WORDS,
  ROLE_NOUNS,
  SURNAME_PARTICLES,
  TEAM_WORDS,
  THINGS_MADE,
  TITLES,
} from './words.ts';

/** The story's entities by every name they go by, plus the drafts made for this article. */
export class EntityDirectory {
  private readonly byName = new Map<string, NamedEntity>();
  private readonly phrases: { folded: string; entity: NamedEntity }[] = [];
  private readonly names = new Map<NamedEntity, Set<string>>();
  /** Drafts whose kind is a default rather than read from a title or a telling word. */
  private readonly guessed = new Set<NamedEntity>();
  /** Drafts that are places by their last word only ("Park"), which a role before them outweighs. */
  private readonly placesByLastWord = new Set<NamedEntity>();
  /** Drafts the article gives a short form in brackets, as bodies are given: "(RSIB)". */
  private readonly withShortForm = new Set<NamedEntity>();

  constructor(
    known: readonly Entity[],
    private readonly ids: IdAllocator,
  ) {
    const merged = new Map<string, { entity: NamedEntity; names: string[] }>();
    for (const entity of known) {
      const entry = merged.get(entity.id) ?? {
        entity: {
          id: entity.id,
          name: entity.name,
          kind: entity.kind,
          newAliases: [],
          linked: true,
        },
        names: [],
      };
      entry.names.push(entity.name, ...entity.aliases);
      merged.set(entity.id, entry);
    }
    for (const { entity, names } of merged.values()) {
      for (const name of names) {
        // Lowercase aliases ("the author", "rebels") are descriptions, too loose to link by.
        if (!/\p{Lu}/u.test(name)) continue;
        const bare = name.replace(/^the\s+/i, '');
        this.register(bare, entity);
        if (/\s\p{Ll}/u.test(bare)) this.phrases.push({ folded: foldName(bare), entity });
      }
    }
  }

  /** Mentions of aliases with lowercase words in them ("Tartous port"), as whole words. */
  phraseMentions(passage: Passage): Mention[] {
    const tokens = tokenize(passage.text);
    const mentions: Mention[] = [];
    for (const { folded, entity } of this.phrases) {
      const length = folded.split(' ').length;
      for (let i = 0; i + length <= tokens.length; i++) {
        const slice = tokens.slice(i, i + length);
        const first = slice[0];
        const last = slice.at(-1);
        if (!first || !last) continue;
        if (foldName(slice.map((t) => t.text).join(' ')) !== folded) continue;
        // Inside a longer name ("Syrian Foreign Ministry spokeswoman") the alias means someone else.
        const before = tokens[i - 1];
        const after = tokens[i + length];
        if (
          before &&
          /^\s+$/.test(passage.text.slice(before.end, first.start)) &&
          isNameWord(before)
        )
          continue;
        if (after && /^\s+$/.test(passage.text.slice(last.end, after.start)) && isNameWord(after))
          continue;
        mentions.push({
          entity,
          passage: passage.n,
          start: first.start,
          end: last.end,
          outerStart: first.start,
          text: passage.text.slice(first.start, last.end),
          role: null,
        });
      }
    }
    return mentions.filter(
      (m, i) =>
        !mentions.some(
          (o, j) =>
            j !== i && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
        ),
    );
  }

  /** A short form the article gives a name in brackets: an alias, and a sign of a body. */
  addShortForm(entity: NamedEntity, acronym: string): void {
    if (entity.kind === 'person' && !this.guessed.has(entity)) return;
    this.register(acronym, entity);
    this.addAlias(entity, acronym);
    this.withShortForm.add(entity);
  }

  /**
   * A draft whose kind was only a default gets a better one from all its
   * mentions: a country by name, the outlet as an organization, a place
   * when the article puts it after "in", "to", "visited"….
   */
  settleKinds(
    mentions: readonly Mention[],
    passages: readonly Passage[],
    outlet: string,
    lowercaseWords: ReadonlySet<string>,
    written: ReadonlySet<string>,
    givenNames: GivenNames,
  ): void {
    const textOf = (m: Mention) => passages.find((p) => p.n === m.passage)?.text ?? '';
    for (const entity of this.placesByLastWord) {
      // "diplomat Min-jun Park", "Rachel Ward, a nurse,": a person's role names a person.
      if (
        mentions.some(
          (m) =>
            m.entity === entity &&
            ((m.role !== null && (m.outerStart < m.start || kindOfRole(m.role) === 'person')) ||
              // "coroner Helen Marsh, who examined…": people are "who", places "which";
              // but "a trainee nurse from Lyndhurst Vale, who paid…" is the nurse.
              (WHO_AFTER.test(textOf(m).slice(m.end)) &&
                !isRoleHead(ROLE_FROM_BEFORE.exec(textOf(m).slice(0, m.outerStart))?.[1] ?? ''))),
        )
      ) {
        entity.kind = 'person';
        if (entity.name.includes(' ')) this.takeSurname(entity, mentions);
      }
    }
    for (const entity of this.guessed) {
      const folded = foldName(entity.name);
      const hers = mentions.filter((m) => m.entity === entity);
      const words = folded.split(' ');
      const listedWith = this.coordinatedKind(hers, mentions, textOf);
      const longerKind = this.kindOfLongerName(folded);
      // "batches of Tendercare Junior Cough Relief, a syrup sold in pharmacies": the words
      // set off after an object of "of" are no role of the mention, but still say what it is.
      const isProductSetOff = (m: Mention) => {
        const setOff = appositiveAfter(textOf(m), m.end);
        return setOff !== null && kindOfRole(setOff) === 'product';
      };
      // "Save Our Riverside, a residents' group": what the article calls it says what it is.
      const roleKinds = hers.flatMap((m) => (m.role === null ? [] : [kindOfRole(m.role)]));
      const outletWords = withoutThe(foldName(outlet)).split(' ');
      // "the Courier can reveal" in the Castlebridge Courier: the outlet, called short.
      const isOutletShort =
        words.length === 1 && outletWords.length > 1 && outletWords.at(-1) === folded;
      if (withoutThe(folded) === withoutThe(foldName(outlet)) || isOutletShort) {
        entity.kind = 'organization';
      }
      // "Brackwell's said", "asked Brackwell's to": a possessive that owns nothing is a
      // shop's or firm's name, as "Sainsbury's" is; someone's "'s" comes before a noun.
      else if (hers.some((m) => NAME_ENDS_ON_POSSESSIVE.test(textOf(m).slice(m.end)))) {
        entity.kind = 'organization';
      }
      // "the Tern-2 rocket", "Stormwatch-3, a weather satellite": a thing made.
      // "the cruise ship Aurelia Star", "its sister ship Aurelia Dawn": named as a thing made.
      // A short form before such a noun is a maker's name: "a Meridian ship".
      else if (
        roleKinds.includes('product') ||
        hers.some(
          (m) =>
            (m.text === entity.name && MADE_NOUN_AFTER.test(textOf(m).slice(m.end))) ||
            MADE_NOUN_BEFORE.test(textOf(m).slice(0, m.outerStart)) ||
            SIZE_BEFORE.test(textOf(m).slice(0, m.outerStart)) ||
            isProductSetOff(m) ||
            (!roleKinds.includes('person') && isSetOffAfterMadeNoun(textOf(m), m)) ||
            (!roleKinds.includes('person') && isOneOfAMake(textOf(m), m)),
        )
      ) {
        entity.kind = 'product';
      }
      // "the insolvency firm Holloway Barnes", "the finance company Northgate": named as a body.
      else if (hers.some((m) => BODY_NOUN_BEFORE.test(textOf(m).slice(0, m.outerStart)))) {
        entity.kind = 'organization';
      }
      // "Raj Bhandari, who runs Bhandari Hardware on Sheep Street": what someone runs is a business.
      else if (hers.some((m) => RUN_BEFORE.test(textOf(m).slice(0, m.outerStart)))) {
        entity.kind = 'organization';
      }
      // "Channel 4", "G7": a name that carries a number is no one's name.
      else if (/\d/.test(folded)) entity.kind = 'organization';
      else if (roleKinds.includes('organization')) entity.kind = 'organization';
      else if (roleKinds.includes('place')) entity.kind = 'place';
      else if (roleKinds.includes('person')) entity.kind = 'person';
      // "the market town of Kelbridge, a round trip of 18 miles": where a lone word stands
      // outweighs words set off after it that say nothing of what it is.
      else if (words.length === 1 && hers.some((m) => standsAsPlace(textOf(m), m))) {
        entity.kind = 'place';
      } else if (roleKinds.length > 0) entity.kind = 'person';
      else if (this.withShortForm.has(entity)) entity.kind = 'organization';
      else if (PLACE_WORDS.has(words[0] ?? '')) entity.kind = 'place';
      // "Karvania" beside "a Karvanian dam": a country's name has an adjective
      // of its own, and no one's does, though the country "had agreed" to something.
      else if (words.length === 1 && hasProperAdjective(entity.name, written))
        entity.kind = 'place';
      // "Harwick" beside "Harwick University" and "Harwick North": the place they are named after.
      else if (words.length === 1 && this.namedAfter(folded).length > 1) entity.kind = 'place';
      // "farmed Brackenfield" beside "Brackenfield Farm": the place, called short.
      else if (words.length === 1 && this.soleLongerPlace(folded)) entity.kind = 'place';
      // "the Riverbend neighborhoods", "the nearby Hollin marshes": a place's name used as a word.
      else if (hers.some((m) => PLACE_NOUN_AFTER.test(textOf(m).slice(m.end)))) {
        entity.kind = 'place';
      }
      // Surnames are not everyday words: "Halden Water" is no one's name when "water" is.
      else if (words.length > 1 && lowercaseWords.has(words.at(-1) ?? '')) {
        entity.kind = 'organization';
      } else if (
        isGroupName(words) &&
        (!givenNames.has(words[0] ?? '') ||
          !hers.some((m) => speaksAfter(textOf(m), m) && !isFirstWordOnly(m, words)))
      ) {
        // "Brackwell Foods", "Gamblers Anonymous": people are not named in plural nouns.
        // A firm speaks as well as anyone ("Calloway Homes insists"); only a given name
        // before the plural ("Tony Banks said") makes it someone's surname.
        entity.kind = 'organization';
      } else if (
        hers.some((m) => OPPONENT_BEFORE.test(textOf(m).slice(0, m.outerStart))) &&
        !hers.some((m) => speaksAfter(textOf(m), m))
      ) {
        // "will face Millbrook Saracens", "second-placed Harlow Cross": a side, not someone.
        entity.kind = 'organization';
      } else if (hers.some((m) => standsAsPlace(textOf(m), m))) {
        entity.kind = 'place';
      } else if (listedWith) {
        // "Motor Manufacturers and Traders": a list joins names of one kind.
        entity.kind = listedWith;
      } else if (longerKind !== null) {
        entity.kind = longerKind;
      } else if (
        hers.some(
          (m) =>
            THE_BEFORE.test(textOf(m).slice(0, m.outerStart)) ||
            WHICH_AFTER.test(textOf(m).slice(m.end)),
        )
      ) {
        // "The Red Cross says", "Saltmere Logistics, which operates…": not how people are named.
        entity.kind = 'organization';
      }
      // "Brightwater" beside "Brightwater Care Group" alone: the body, called short.
      else if (words.length === 1 && this.soleLongerBody(folded)) entity.kind = 'organization';
      // A surname alias was made on the guess that this is a person.
      if (entity.kind !== 'person') {
        entity.newAliases = entity.newAliases.filter((alias) => alias.includes(' '));
      }
    }
  }

  /**
   * "Julian Marsh" was drafted a place, and given no surname then: the
   * surname becomes hers, and so does a draft of its own that a later "Ms
   * Marsh" or "Marsh said" made of it, with every mention of that draft.
   */
  private takeSurname(entity: NamedEntity, mentions: readonly Mention[]): void {
    const surname = entity.name.split(' ').at(-1) ?? '';
    const holder = this.byName.get(foldName(surname));
    if (holder !== undefined) {
      const surnameAlone =
        holder !== entity &&
        !holder.linked &&
        holder.kind === 'person' &&
        foldName(holder.name) === foldName(surname);
      if (!surnameAlone) return;
      for (const mention of mentions) {
        if (mention.entity !== holder) continue;
        mention.entity = entity;
        if (COURTESY_TITLES.has(mention.text.split(' ')[0] ?? '')) {
          this.register(mention.text, entity);
          this.addAlias(entity, mention.text);
        }
      }
      this.byName.set(foldName(surname), entity);
      this.guessed.delete(holder);
    }
    this.register(surname, entity);
    this.addAlias(entity, surname);
  }

  /**
   * The kind of a name this one is listed with ("X and Y", "X, Y"), when
   * that name's kind was read from its own words rather than guessed.
   */
  private coordinatedKind(
    hers: readonly Mention[],
    mentions: readonly Mention[],
    textOf: (m: Mention) => string,
  ): NamedEntity['kind'] | null {
    for (const mine of hers) {
      const text = textOf(mine);
      for (const other of mentions) {
        if (other.passage !== mine.passage || this.guessed.has(other.entity)) continue;
        const gap =
          other.end <= mine.outerStart
            ? text.slice(other.end, mine.outerStart)
            : mine.end <= other.outerStart
              ? text.slice(mine.end, other.outerStart)
              : null;
        if (gap !== null && LIST_JOINT.test(gap)) return other.entity.kind;
      }
    }
    return null;
  }

  /** The entity a run names: a known one, one made earlier for this article, or a new draft. */
  resolve(
    run: NameRun,
    text: string,
    lowercaseWords: ReadonlySet<string>,
    mayCreate: boolean,
  ): NamedEntity | null {
    const first = run.tokens[0];
    const nameToken = run.tokens[run.nameFrom];
    const last = run.tokens.at(-1);
    if (!first || !nameToken || !last) return null;
    // "Julian" of "Julian and Harriet Penrose" is Julian Penrose.
    const family = run.familyName === undefined ? '' : ` ${run.familyName}`;
    const whole = text.slice(first.start, last.end) + family;
    const name = text.slice(nameToken.start, last.end) + family;
    const known = this.byName.get(foldName(whole)) ?? this.byName.get(foldName(name));
    if (known) {
      if (!this.namesOf(known).has(foldName(name))) this.addAlias(known, name);
      this.register(name, known);
      // "Dr. Singh", "Ms. Okafor": readers call someone as the article does, title and all.
      if (known.kind === 'person' && run.nameFrom === 1 && name.split(' ').length === 1) {
        const title = run.tokens[0]?.text ?? '';
        if (COURTESY_TITLES.has(title) && !this.namesOf(known).has(foldName(whole))) {
          this.addAlias(known, whole);
          this.register(whole, known);
        }
      }
      return known;
    }
    // "Vantor" after "Vantor Motors", "Basin Metals" after "Basin Metals Corp": the firm, short.
    const firm = this.firmCalled(name);
    if (firm) {
      this.addAlias(firm, name);
      this.register(name, firm);
      return firm;
    }
    // "the DVSA" after "the Driver and Vehicle Standards Agency": a body's initials, unbracketed.
    const spelled = run.tokens.length === 1 ? this.bodyOfInitials(name) : undefined;
    if (spelled) {
      this.addAlias(spelled, name);
      this.register(name, spelled);
      return spelled;
    }
    // "Rovers" after "Kestlebury Rovers": a club is called by the last word of its name.
    const club = run.tokens.length === 1 ? this.clubCalled(name) : undefined;
    if (club) {
      this.addAlias(club, name);
      this.register(name, club);
      return club;
    }
    // "Gareth and Lewis both had…": the first name of one person named in full, and no one else's.
    const person = run.nameFrom === 0 && run.tokens.length === 1 ? this.onlyOneCalled(name) : null;
    if (person) {
      this.addAlias(person, name);
      this.register(name, person);
      return person;
    }
    if (!mayCreate || !this.isNewName(run, text, lowercaseWords)) return null;
    const entity: NamedEntity = {
      id: this.ids.claim(name, 'entity'),
      name,
      kind: run.kind,
      newAliases: [],
      linked: false,
    };
    this.register(name, entity);
    if (!run.kindSure) this.guessed.add(entity);
    if (run.personIfTitled) this.placesByLastWord.add(entity);
    const nameTokens = run.tokens.slice(run.nameFrom);
    if (entity.kind === 'person' && nameTokens.length > 1) {
      const surname = nameTokens.at(-1)?.text ?? '';
      // "van der Berg" of "Sofia van der Berg": the family name with its particles.
      // "of" of "Proceeds of Crime Act" is no particle: the name is no family's.
      const particle = nameTokens.findIndex((t, i) => i > 0 && SURNAME_PARTICLES.has(t.text));
      const family =
        particle > 0 ? text.slice(nameTokens[particle]?.start, nameTokens.at(-1)?.end) : '';
      // "Dr. Miriam Oduya": readers ask after "Dr. Oduya" as the article first calls her.
      const title = run.tokens[run.nameFrom - 1];
      const titled =
        title && COURTESY_TITLES.has(title.text)
          ? `${text.slice(title.start, nameTokens[0]?.start).trim()} ${surname}`
          : '';
      for (const alias of [family, surname, surname.replace(/^\p{Ll}+-/u, ''), titled]) {
        if (alias && !this.byName.has(foldName(alias))) {
          this.register(alias, entity);
          this.addAlias(entity, alias);
        }
      }
    }
    return entity;
  }

  /**
   * Several words make a name. A single capitalized word only counts when
   * it is not just starting a sentence, is not used in lowercase elsewhere
   * ("Work"), and is not a nationality ("Russian").
   */
  private isNewName(run: NameRun, text: string, lowercaseWords: ReadonlySet<string>): boolean {
    const words = run.tokens.slice(run.nameFrom);
    // Capitals that open a quotation ("Build Back Better for…") are no name of their own.
    if (run.opensQuote && run.nameFrom === 0) return false;
    if (words.length > 1) return true;
    const word = words[0];
    if (!word || word.text.length < 2 || /^\p{N}/u.test(word.text)) return false;
    if (isDemonym(word.text.toLowerCase().split('-').at(-1) ?? '')) return false;
    if (lowercaseWords.has(word.text.toLowerCase())) return false;
    if (run.nameFrom > 0 || !run.sentenceInitial) return true;
    // "Prosecutors say…", "Witnesses said…": an everyday noun has its capital from the sentence.
    if (COMMON_ENGLISH_WORDS.has(word.text.toLowerCase())) return false;
    const after = text.slice(word.end);
    return (
      SPEECH_AFTER.test(after) ||
      CLAUSE_THEN_SPEECH.test(after) ||
      appositiveAfter(text, word.end) !== null
    );
  }

  /**
   * An organization of this article whose name is this one and words of
   * organizations only ("Vantor Motors" for "Vantor", "Basin Metals Corp"
   * for "Basin Metals"); never a place or a person ("Port Halden", "Halden
   * Water" do not answer to "Halden"). A saint's name is short for the
   * place named after it ("St Luke's" for "St Luke's Hospital").
   */
  /**
   * The one body named already whose capitalized words' initials are this
   * name in capitals: "DVSA" of "Driver and Vehicle Standards Agency".
   */
  private bodyOfInitials(name: string): NamedEntity | undefined {
    if (!/^\p{Lu}{2,8}$/u.test(name)) return undefined;
    const spelled = [...this.names.keys()].filter(
      (entity) =>
        entity.kind === 'organization' &&
        entity.name
          .split(/\s+/)
          .filter((word) => /^\p{Lu}/u.test(word))
          .map((word) => word[0])
          .join('') === name,
    );
    return spelled.length === 1 ? spelled[0] : undefined;
  }

  private firmCalled(name: string): NamedEntity | undefined {
    const words = foldName(name).split(' ');
    // "Harwick" when "Harwick University" and "Harwick North" are named: the place
    // several names are named after, none of them.
    if (this.namedAfter(words.join(' ')).length > 1) return undefined;
    const saint = SAINT_FOLDED.test(words[0] ?? '') && words.length === 2;
    for (const entity of this.names.keys()) {
      if (entity.linked) continue;
      const telling =
        entity.kind === 'organization' ? ORGANIZATION_WORDS : saint ? PLACE_WORDS : null;
      if (!telling) continue;
      const whole = foldName(entity.name).split(' ');
      const rest = whole.slice(words.length);
      if (
        rest.length > 0 &&
        words.every((w, i) => whole[i] === w) &&
        rest.every((w) => telling.has(w) || ORGANIZATION_WORDS.has(w))
      ) {
        return entity;
      }
    }
    return undefined;
  }

  /**
   * The kind of the one longer name of this article that opens on these
   * two or more words and goes on with a name word, when it is a place or a
   * body: "Lower Hatch" of "Lower Hatch Farm" is a place, "Skyward Drift" of
   * "Skyward Drift Balloon Flights" a body, though neither says so itself.
   * Null when no such name, or several, open on them.
   */
  private kindOfLongerName(folded: string): NamedEntity['kind'] | null {
    if (!folded.includes(' ')) return null;
    const length = folded.split(' ').length;
    // "Halvard Coastal Shipping of Bergen" goes on with where it is, not more of its name.
    const longer = this.namedAfter(folded).filter((e) =>
      /^\p{Lu}/u.test(e.name.split(' ')[length] ?? ''),
    );
    const kind = longer.length === 1 ? longer[0]?.kind : undefined;
    return kind === 'place' || kind === 'organization' ? kind : null;
  }

  /**
   * True when one longer name of this article, and no other, opens on this
   * word, and it is a body's: "Brightwater" of "Brightwater Care Group".
   */
  private soleLongerBody(folded: string): boolean {
    const longer = this.namedAfter(folded);
    return longer.length === 1 && longer[0]?.kind === 'organization';
  }

  /**
   * True when one longer name of this article, and no other, opens on this
   * word, and it is a place named by a word of places: "Brackenfield" of
   * "Brackenfield Farm".
   */
  private soleLongerPlace(folded: string): boolean {
    const [longer, ...others] = this.namedAfter(folded);
    if (!longer || others.length > 0 || longer.kind !== 'place') return false;
    return PLACE_WORDS.has(foldName(longer.name).split(' ').at(-1) ?? '');
  }

  /** This article's longer names that open on these words: "Harwick University" on "harwick". */
  private namedAfter(folded: string): NamedEntity[] {
    return [...this.names.keys()].filter((e) => foldName(e.name).startsWith(`${folded} `));
  }

  /** The one club of this article whose name ends on this word of clubs ("Rovers"), if only one. */
  private clubCalled(name: string): NamedEntity | undefined {
    const word = foldName(name);
    if (!TEAM_WORDS.has(word)) return undefined;
    const clubs = [...this.names.keys()].filter(
      (e) => !e.linked && e.name.includes(' ') && foldName(e.name).split(' ').at(-1) === word,
    );
    return clubs.length === 1 ? clubs[0] : undefined;
  }

  /** The one person of this article whose first name this is, if only one has it. */
  private onlyOneCalled(name: string): NamedEntity | null {
    const folded = foldName(name);
    const people = [...this.names.keys()].filter(
      (e) => e.kind === 'person' && !e.linked && foldName(e.name).split(' ')[0] === folded,
    );
    return people.length === 1 && foldName(people[0]?.name ?? '') !== folded
      ? (people[0] ?? null)
      : null;
  }

  private register(name: string, entity: NamedEntity): void {
    const key = foldName(name);
    if (key === '') return;
    if (!this.byName.has(key)) this.byName.set(key, entity);
    this.namesOf(entity).add(key);
  }

  private namesOf(entity: NamedEntity): Set<string> {
    let names = this.names.get(entity);
    if (!names) {
      names = new Set([foldName(entity.name)]);
      this.names.set(entity, names);
    }
    return names;
  }

  private addAlias(entity: NamedEntity, alias: string): void {
    if (!entity.newAliases.includes(alias) && alias !== entity.name) entity.newAliases.push(alias);
  }
}

/**
 * A name of two words or more opening or closing on the plural of an
 * English noun ("Brackwell Foods", "Kestrel Lettings", "Gamblers Anonymous"):
 * a firm's, a team's or a group's. A surname such as "Banks" is told apart by
 * its bearer speaking, which the caller checks.
 */
function isGroupName(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  return [words[0], words.at(-1)].some((word) => word !== undefined && isEnglishPlural(word));
}

/**
 * A mention by the first word of a longer name alone: "Halden says" after
 * "Halden Minerals". Firms are called by their first word, people by their
 * surname ("Banks said" of "Tony Banks"), so such a mention's speaking says
 * nothing of a person.
 */
function isFirstWordOnly(mention: Mention, words: readonly string[]): boolean {
  return words.length > 1 && foldName(mention.text) === words[0];
}

/**
 * "'s" closing a name with no noun after it to own: "Brackwell's has
 * recalled", "asked Brackwell's to remove", "a spokesperson for Brackwell's,".
 * Not a verb of saying: "Marsh's reported remarks" owns the remarks.
 */
const NAME_ENDS_ON_POSSESSIVE =
  /^['’]s(?:\s*[,.;:)]|\s+(?:has|had|is|was|to|by|for|from|at|on|in)\b)/;

/** Whether a speech verb follows a mention: "Banks said" is someone. */
function speaksAfter(text: string, mention: Mention): boolean {
  return SPEECH_AFTER.test(text.slice(mention.end));
}

/** What stands before a side's name in a fixture or a table: "will face", "beat", "second-placed". */
const OPPONENT_BEFORE =
  /(?:\b(?:face|faces|faced|facing|beat|beats|versus|vs\.?|drew with|draw with)|\p{L}-placed)\s+(?:the\s+)?$/iu;

/** "St", "Saint" folded: a saint's name starts many a hospital's, school's or church's. */
const SAINT_FOLDED = /^(?:st|saint|ste)$/;

/**
 * The word before a name, when it is a preposition; group 1 is set when that
 * preposition is "to" of "according to", which names a source, not a place.
 * Words of direction between ("in northern Nevada") are passed over.
 */
/** Names listed before this one: "Kilbride and ", "Harwick, Saltmere and ". */
const LISTED_BEFORE =
  /\s(?:\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?,\s+)*\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?(?:,?\s+(?:and|or)\s+|,\s+)$/u;

/**
 * Whether a mention stands where places do: "in northern Nevada", "outside the
 * town of…", never "according to Northline"; "to Kilbride and Skerrow": the
 * preposition governs each name of the list.
 */
function standsAsPlace(text: string, mention: Mention): boolean {
  const unlisted = text.slice(0, mention.outerStart).replace(LISTED_BEFORE, ' ');
  const before = PREPOSITION_BEFORE.exec(unlisted);
  return (
    (before?.[2] !== undefined &&
      before[1] === undefined &&
      PLACE_PREPOSITIONS.has(before[2].toLowerCase())) ||
    isPlaceNounOf(unlisted) ||
    HOME_AFTER_AGE.test(unlisted) ||
    SEAT_FOR.test(unlisted) ||
    ORGANIZATION_WORDS.has(BODY_THEN_OF.exec(unlisted)?.[1]?.toLowerCase() ?? '')
  );
}

/** A member's seat before a name: "the MP for Market Ashworth and Fenby". */
const SEAT_FOR = /\b(?:MPs?|MSPs?|MEPs?|MLAs?)\s+for\s+$/u;

/** A body's name, a comma and "of" before a name, where it is based: "Hallam Coaches Ltd, of Brackley Cross". */
const BODY_THEN_OF = /\b(\p{Lu}\p{L}*)\.?,\s+of\s+$/u;

/** Someone's age and "of" before a name, where they live: "Daniel Pryce, 34, of Wexcombe". */
const HOME_AFTER_AGE = /,\s+\d{1,3},\s+of\s+$/;

/** A place's noun and "of" before a name: "the village of", "the market towns of". */
const PLACE_NOUN_OF = /\b(\p{Ll}+)\s+of\s+$/u;

/** Whether the words before a name are a place's noun and "of": "from the village of". */
function isPlaceNounOf(before: string): boolean {
  const noun = PLACE_NOUN_OF.exec(before)?.[1] ?? '';
  return PLACE_WORDS.has(noun) || (/s$/.test(noun) && PLACE_WORDS.has(noun.slice(0, -1)));
}

const PREPOSITION_BEFORE =
  /(according\s+)?(\p{L}+)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|(?:north|south)-?(?:east|west)(?:ern)?\s+|central\s+|nearby\s+|rural\s+|downtown\s+)?$/iu;

/**
 * What kind of thing a role says its bearer is, by the noun it is about:
 * "a residents' group that…" is a body, "a town on the coast" a place, "a
 * former engineer" or an age ("52") a person. Null when it does not say.
 */
export function kindOfRole(role: string): NamedEntity['kind'] | null {
  if (/^\d/.test(role)) return 'person';
  const first = role.split(', ')[0] ?? '';
  const opening = /^(one of\s+)?(?:a|an|the)\s+(.+)$/iu.exec(first);
  // "Thornvale Water's director of water resources": the noun after whose it is.
  const phrase = opening?.[2] ?? OWNER_OPENING.exec(first)?.[1];
  if (!phrase) return ROLE_NOUNS.has(role.split(/\s/)[0]?.toLowerCase() ?? '') ? 'person' : null;
  const head = headNoun(phrase.split(/\s+/).map((w) => w.toLowerCase()));
  // "one of the new authorities": a member of a body is someone.
  if (ORGANIZATION_WORDS.has(head) || BODY_NOUNS.has(head)) {
    return opening?.[1] ? 'person' : 'organization';
  }
  if (PLACE_WORDS.has(head)) return 'place';
  if (THINGS_MADE.has(head)) return 'product';
  // "a cherry-flavoured syrup sold in pharmacies": what is sold or made is a product.
  // The participle ends the noun phrase when no noun before it is known.
  if (MADE_PARTICIPLE.test(head)) return 'product';
  if (ROLE_NOUNS.has(head) || TITLES.has(head)) return 'person';
  return null;
}

/** A role opening on whose it is: "Thornvale Water's director…", "the firm's chief…". */
const OWNER_OPENING = /^(?:\p{Lu}[\p{L}-]*\s+)*\p{L}[\p{L}-]*['’]s?\s+(\p{Ll}.*)$/u;

/**
 * The noun a role's words are about: the last before a clause ("group" of
 * "residents' group that…"), or before a participle that follows a known noun
 * ("lawyer" of "lawyer representing the company").
 */
function headNoun(words: readonly string[]): string {
  const known = (w: string) =>
    ROLE_NOUNS.has(w) ||
    ORGANIZATION_WORDS.has(w) ||
    BODY_NOUNS.has(w) ||
    PLACE_WORDS.has(w) ||
    THINGS_MADE.has(w);
  let end = words.length;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const participle = PARTICIPLE.test(word) && words.slice(0, i).some(known);
    if (ROLE_CLAUSE_WORDS.has(word) || participle) {
      end = i;
      break;
    }
  }
  return words[end - 1] ?? '';
}

/** "representing", "based", "founded": a clause about the noun before it. */
const PARTICIPLE =
  /^(?:\p{L}{3,}(?:ing|ed)|built|made|run|held|kept|sold|bought|known|grown|flown|shown|given|taken)$/u;

/** Participles of making and selling: "a syrup sold in pharmacies", "a puree made for…". */
const MADE_PARTICIPLE = /^(?:sold|made|manufactured|marketed|produced|brewed|bottled|branded)$/;

/** A noun of a thing made right after a name: "the Tern-2 rocket", "its Hydra-4 engines". */
const MADE_NOUN_AFTER = new RegExp(`^[ \\t]+(?:${[...THINGS_MADE].join('|')})\\b`);

/**
 * A noun of a thing made right before a name, or calling it by one: "the
 * cruise ship Aurelia Star", "a narrowboat called Kestrel".
 */
const MADE_NOUN_BEFORE = new RegExp(
  `\\b(?:${[...THINGS_MADE].join('|')})(?:[ \\t]+(?:called|named))?[ \\t]+$`,
);

/**
 * A determiner and a length or a weight made a word right before a name:
 * "The 89-metre Nordlys Spruce ran aground". People are not measured so.
 */
const SIZE_BEFORE =
  /\b(?:the|a|an|its|her|his|their)\s+\d[\d.,]*-(?:metre|meter|foot|ft|tonne|ton|mile)\s+$/iu;

/** A determiner and a noun of a thing made, then a comma: "her boat, ". */
const MADE_NOUN_COMMA = new RegExp(
  `\\b(?:the|a|an|its|his|her|their|our|my)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${[...THINGS_MADE].join('|')}),[ \\t]+$`,
  'u',
);

/**
 * Whether a name stands as one thing of a make, after "a" or "an" and no noun
 * after it: "received a used Range Rover and…", "sound like a Steinway,".
 * People's names take no article; "a Harwick man" names the man, and
 * initials ("see a GP") are left alone.
 */
function isOneOfAMake(text: string, mention: Mention): boolean {
  return (
    A_BEFORE.test(text.slice(0, mention.outerStart)) &&
    !/^\p{Lu}+$/u.test(mention.text) &&
    NO_NOUN_AFTER.test(text.slice(mention.end))
  );
}

/**
 * "a" or "an", maybe with a word or two describing a thing (a participle, a
 * hyphened word, "new", "old"), right before a name: "a used ", "a second-hand ".
 */
const A_BEFORE = /(?:^|[\s(])(?:a|an)\s+(?:(?:\p{Ll}+-[\p{Ll}-]+|\p{Ll}+ed|new|old)\s+){0,2}$/u;

/** Punctuation or a word that is no noun right after a name: ", ", " and ", " from ". */
const NO_NOUN_AFTER = /^(?:[,.;:)]|\s+(?:and|or|with|from|in|on|at|to|for|that|which|by)\b)/u;

/**
 * Whether a name is set off by commas right after a noun of a thing made,
 * as the thing's name: "has lived on her boat, Kestrel, for ten years". The
 * caller makes sure nothing the article calls it says it is a person.
 */
function isSetOffAfterMadeNoun(text: string, mention: Mention): boolean {
  return (
    MADE_NOUN_COMMA.test(text.slice(0, mention.outerStart)) && /^[,.]/.test(text.slice(mention.end))
  );
}

/**
 * A determiner and a body's noun right before a name, maybe with a word or
 * two describing it: "the insolvency firm", "a finance company", "the
 * housing charity". Never a person's role ("the firm's director").
 */
const BODY_NOUN_BEFORE = new RegExp(
  `\\b(?:the|a|an|its|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}(?:${[...BODY_NOUNS].join('|')})[ \\t]+$`,
  'u',
);

/** A verb of running a business right before a name: "who runs", "owns", "founded". */
const RUN_BEFORE = /\b(?:runs|ran|owns|owned|founded|manages|managed)[ \t]+$/u;

/** Words that end the noun phrase of a role: "a group that…", "an engineer at…". */
const ROLE_CLAUSE_WORDS = new Set(
  'that which who whose of for at in on with from based since to by and or'.split(' '),
);

/** A lowercase word of place right after a name: "Riverbend neighborhoods". */
const PLACE_NOUN_AFTER = new RegExp(`^\\s+(?:${[...PLACE_WORDS].join('|')})\\b`);

/** What joins two names in a list: "and", "or", a comma. */
const LIST_JOINT = /^(?:\s+(?:and|or)\s+|,\s+(?:and\s+|or\s+)?)$/;

/** A lowercase noun and "from" right before a name: "a trainee nurse from". */
export const ROLE_FROM_BEFORE = /\b(\p{Ll}+)\s+from\s+$/u;

/** A clause about a person: "…, who examined the death". */
const WHO_AFTER = /^,\s+who\b/;

/** A clause about a thing, not a person: "…, which operates the terminal". */
const WHICH_AFTER = /^,\s+which\b/;

/** "the halden courier" and "halden courier" are one outlet. */
function withoutThe(folded: string): string {
  return folded.replace(/^the /, '');
}

/**
 * Whether the article writes a proper adjective of a one-word name, as it
 * would of a country or region: "Karvanian" of "Karvania", "Doruvian" of
 * "Doruvia", "Italian" of "Italy".
 */
function hasProperAdjective(name: string, written: ReadonlySet<string>): boolean {
  return [`${name}n`, `${name}an`, `${name}ian`, name.replace(/y$/, 'ian')].some(
    (adjective) => adjective !== name && written.has(adjective),
  );
}
