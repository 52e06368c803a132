/**
 * Deterministic generated stories of any size, shaped like the bundled one:
 * articles of 10–40 paragraphs about a recurring cast, with direct quotes,
 * curated Q&A (one pair per ~20 passages), who's who, a dated timeline and a
 * reader lexicon. The same size and seed always give the same story.
 */
import type {
  Entity,
  KnowledgeBase,
  Passage,
  QaPair,
  Quote,
  SourceBundle,
  TimelineEvent,
} from '../../src/knowledge/schema.ts';
import { Prng, ZipfSampler } from './prng.ts';
import {
  ADJECTIVES,
  ADVERBS,
  AUXILIARIES,
  DETERMINERS,
  FIRST_NAMES,
  MONTHS,
  NOUNS,
  ORGANIZATION_KINDS,
  OUTLETS,
  PLACES,
  PREPOSITIONS,
  READER_SYNONYMS,
  ROLES,
  SURNAMES,
  SYLLABLES,
  VERBS,
} from './vocabulary.ts';

/** The seed every benchmark run uses unless told otherwise. */
export const DEFAULT_SEED = 20_241_209;

/** How many invented rare words the story draws its long tail from. */
const INVENTED_WORDS = 2400;
const PASSAGES_PER_PAIR = 20;
const MODALS = AUXILIARIES.filter((word) => !/^(had|has|have|was|were|is|are)$/.test(word));

interface Person {
  kind: 'person';
  id: string;
  name: string;
  surname: string;
  role: string;
}

interface Named {
  kind: 'place' | 'organization';
  id: string;
  name: string;
}

type Character = Person | Named;

/** One generated sentence and the content it is about, for Q&A and quotes. */
interface Sentence {
  text: string;
  topics: string[];
  people: Person[];
  places: Named[];
  quote: { text: string; speaker: Person } | null;
  date: { month: number; day: number } | null;
}

/** Builds a valid knowledge base of about `passageCount` passages. */
export function generateKnowledge(passageCount: number, seed = DEFAULT_SEED): KnowledgeBase {
  if (!Number.isInteger(passageCount) || passageCount < 1) {
    throw new RangeError(`passage count must be a positive whole number, got ${passageCount}`);
  }
  const random = new Prng(seed);
  const writer = new StoryWriter(random, passageCount);
  const sources: SourceBundle[] = [];
  let written = 0;
  while (written < passageCount) {
    const size = Math.min(random.int(10, 40), passageCount - written);
    sources.push(writer.article(sources.length + 1, size));
    written += size;
  }
  return {
    story: {
      title: `Generated story of ${passageCount} passages`,
      scope: 'A generated news story, for measuring how the engine scales.',
    },
    lexicon: { synonyms: { ...READER_SYNONYMS }, stopwords: [], reasonCues: [] },
    sources,
  };
}

/** Writes articles over one shared cast and vocabulary. */
class StoryWriter {
  private readonly nouns: ZipfSampler<string>;
  private readonly verbs: ZipfSampler<string>;
  private readonly adjectives: ZipfSampler<string>;
  private readonly people: ZipfSampler<Person>;
  private readonly places: ZipfSampler<Named>;
  private readonly organizations: ZipfSampler<Named>;

  constructor(
    private readonly random: Prng,
    passageCount: number,
  ) {
    const placeCount = 30 + Math.floor(passageCount / 100);
    const invented = inventedWords(random, INVENTED_WORDS + placeCount);
    this.nouns = new ZipfSampler([...NOUNS, ...invented.slice(placeCount)]);
    this.verbs = new ZipfSampler(VERBS);
    this.adjectives = new ZipfSampler(ADJECTIVES);
    const placeNames = [...PLACES, ...invented.slice(0, placeCount).map(capitalize)];
    this.places = new ZipfSampler(
      uniqueById(placeNames.map((name) => ({ kind: 'place' as const, id: kebab(name), name }))),
      0.8,
    );
    this.people = new ZipfSampler(this.castOfPeople(40 + Math.floor(passageCount / 20)), 0.8);
    this.organizations = new ZipfSampler(
      this.castOfOrganizations(10 + Math.floor(passageCount / 250)),
      0.8,
    );
  }

  /** One source: its passages and everything curated from them. */
  article(number: number, passageCount: number): SourceBundle {
    const { random } = this;
    const cast = {
      people: this.drawDistinct(this.people, random.int(3, 6)),
      places: this.drawDistinct(this.places, random.int(2, 4)),
      organizations: this.drawDistinct(this.organizations, random.int(1, 2)),
    };
    const firstMention = new Map<string, number>();
    const quotes: Quote[] = [];
    const events: TimelineEvent[] = [];
    const passages: Passage[] = [];
    const sentencesByPassage: Sentence[][] = [];
    const year = 2023 + (number % 3);

    for (let n = 1; n <= passageCount; n++) {
      const written: Sentence[] = [];
      const target = random.int(24, 36);
      let words = 0;
      while (words < target) {
        const sentence = this.sentence(cast, firstMention);
        written.push(sentence);
        words += sentence.text.split(' ').length;
      }
      const text = written.map((s) => s.text).join(' ');
      for (const character of [...cast.people, ...cast.places, ...cast.organizations]) {
        if (!firstMention.has(character.id) && text.includes(character.name)) {
          firstMention.set(character.id, n);
        }
      }
      for (const sentence of written) {
        if (sentence.quote) {
          const { speaker } = sentence.quote;
          quotes.push({
            id: `quote-${number}-${quotes.length + 1}`,
            text: sentence.quote.text,
            speaker: firstMention.has(speaker.id) ? speaker.id : null,
            role: speaker.role,
            said: random.pick(['at a briefing', 'in an interview', 'in a statement', null]),
            passage: n,
            topics: sentence.topics.slice(0, 2),
          });
        }
        if (sentence.date) {
          const { month, day } = sentence.date;
          events.push({
            id: `event-${number}-${events.length + 1}`,
            when: `${MONTHS[month - 1]} ${day}`,
            date: {
              value: `${year}-${pad(month)}-${pad(day)}`,
              precision: 'day',
              inferred: true,
            },
            summary: sentence.text,
            citations: [{ passage: n, excerpt: sentence.text }],
          });
        }
      }
      passages.push({ n, text });
      sentencesByPassage.push(written);
    }

    const outlet = random.pick(OUTLETS);
    const id = `${kebab(outlet)}-${number}`;
    const headline = this.sentence(cast, new Map()).topics;
    return {
      source: {
        id,
        title: `${capitalize(headline.join(' ') || 'Update')}: report ${number}`,
        outlet,
        via: random.chance(0.2) ? `via ${random.pick(OUTLETS)}` : null,
        author: random.chance(0.7) ? this.people.draw(random).name : null,
        date: `${year}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}`,
        url: `https://news.example/${id}`,
        articleFile: 'article.txt',
        passages,
      },
      quotes,
      pairs: this.pairs(number, outlet, sentencesByPassage, quotes),
      events,
      entities: this.entities(cast, firstMention, outlet),
    };
  }

  /** Curated pairs, one per ~20 passages, each from a real sentence of its passage. */
  private pairs(
    number: number,
    outlet: string,
    sentencesByPassage: readonly Sentence[][],
    quotes: readonly Quote[],
  ): QaPair[] {
    const count = Math.max(1, Math.round(sentencesByPassage.length / PASSAGES_PER_PAIR));
    const pairs: QaPair[] = [];
    for (let k = 0; k < count; k++) {
      const index = Math.floor(((k + 0.5) * sentencesByPassage.length) / count);
      const sentence = sentencesByPassage[index]?.[0];
      if (!sentence) continue;
      const passage = index + 1;
      const [first = 'story', second = 'report'] = sentence.topics;
      const person = sentence.people[0];
      const place = sentence.places[0];
      const quote = quotes.find((q) => q.passage === passage && q.speaker !== null);
      pairs.push({
        id: `pair-${number}-${k + 1}`,
        questions: [
          person
            ? `What did ${person.surname} say about the ${first}?`
            : `What happened to the ${first}${place ? ` in ${place.name}` : ''}?`,
          `${first} ${second}`,
          `tell me about the ${first} and the ${second}`,
          person ? `${person.surname} on ${second}` : `why the ${second}?`,
        ],
        answer: `According to ${outlet}: ${sentence.text}`,
        citations: [{ passage, excerpt: sentence.text }],
        ...(quote ? { quote: quote.id } : {}),
        featured: number <= 3 && k === 0,
      });
    }
    return pairs;
  }

  /** Who's who of the article: everyone and everything it names, cited where first named. */
  private entities(
    cast: { people: Person[]; places: Named[]; organizations: Named[] },
    firstMention: ReadonlyMap<string, number>,
    outlet: string,
  ): Entity[] {
    const entities: Entity[] = [];
    for (const character of [...cast.people, ...cast.places, ...cast.organizations]) {
      const passage = firstMention.get(character.id);
      if (passage === undefined) continue;
      entities.push({
        id: character.id,
        name: character.name,
        kind: character.kind,
        aliases: character.kind === 'person' ? [character.surname] : [],
        description:
          character.kind === 'person'
            ? `${capitalize(character.role.replace('-', ' '))} quoted by ${outlet}.`
            : `A ${character.kind} named in the coverage by ${outlet}.`,
        citations: [{ passage, excerpt: character.name }],
      });
    }
    return entities;
  }

  private sentence(
    cast: { people: Person[]; places: Named[]; organizations: Named[] },
    mentioned: ReadonlyMap<string, number>,
  ): Sentence {
    const { random } = this;
    const sentence: Sentence = {
      text: '',
      topics: [],
      people: [],
      places: [],
      quote: null,
      date: null,
    };
    const np = () => this.nounPhrase(sentence, cast);
    const pp = () => `${random.pick(PREPOSITIONS)} ${np()}`;
    const subject = () => {
      const roll = random.next();
      if (roll < 0.4) {
        const person = random.pick(cast.people);
        sentence.people.push(person);
        return mentioned.has(person.id) && random.chance(0.4) ? person.surname : person.name;
      }
      if (roll < 0.55) return `the ${random.pick(cast.organizations).name}`;
      return np();
    };
    const verb = () => this.verbs.draw(random);
    const adverb = () => (random.chance(0.2) ? `${random.pick(ADVERBS)} ` : '');

    const shape = random.next();
    if (shape < 0.12) {
      const speaker = random.pick(cast.people);
      sentence.people.push(speaker);
      const quoted = `${capitalize(np())} ${random.pick(MODALS)} be ${verb()} ${pp()}`;
      sentence.quote = { text: quoted, speaker };
      sentence.text = `"${quoted}," ${speaker.name} said ${pp()}.`;
    } else if (shape < 0.2) {
      const month = random.int(1, 12);
      const day = random.int(1, 28);
      sentence.date = { month, day };
      sentence.text = `On ${MONTHS[month - 1]} ${day}, ${subject()} ${adverb()}${verb()} ${np()} ${pp()}.`;
    } else if (shape < 0.55) {
      sentence.text = capitalize(
        `${subject()} ${adverb()}${verb()} that ${np()} ${random.pick(['had been', 'was', 'would be', 'has been'])} ${verb()} ${pp()}.`,
      );
    } else {
      const tail = random.chance(0.5) ? ` ${pp()}` : '';
      sentence.text = capitalize(`${subject()} ${adverb()}${verb()} ${np()} ${pp()}${tail}.`);
    }
    return sentence;
  }

  private nounPhrase(
    sentence: Sentence,
    cast: { places: Named[]; organizations: Named[] },
  ): string {
    const { random } = this;
    if (random.chance(0.12)) {
      const place = random.pick(cast.places);
      sentence.places.push(place);
      return place.name;
    }
    const adjective = random.chance(0.4) ? `${this.adjectives.draw(random)} ` : '';
    const noun = this.nouns.draw(random);
    sentence.topics.push(noun);
    const phrase = withArticle(random.pick(DETERMINERS), `${adjective}${noun}`);
    if (random.chance(0.15)) {
      const owner = this.nouns.draw(random);
      sentence.topics.push(owner);
      return `${phrase} of the ${owner}`;
    }
    return phrase;
  }

  private castOfPeople(size: number): Person[] {
    const { random } = this;
    const people = new Map<string, Person>();
    const limit = FIRST_NAMES.length * SURNAMES.length;
    while (people.size < Math.min(size, limit)) {
      const first = random.pick(FIRST_NAMES);
      const surname = random.pick(SURNAMES);
      const name = `${first} ${surname}`;
      const id = kebab(name);
      if (!people.has(id))
        people.set(id, { kind: 'person', id, name, surname, role: random.pick(ROLES) });
    }
    return [...people.values()];
  }

  private castOfOrganizations(size: number): Named[] {
    const { random } = this;
    const organizations = new Map<string, Named>();
    while (organizations.size < size) {
      const name = `${random.pick(PLACES)} ${random.pick(ORGANIZATION_KINDS)}`;
      const id = kebab(name);
      if (!organizations.has(id)) organizations.set(id, { kind: 'organization', id, name });
      if (organizations.size >= PLACES.length * ORGANIZATION_KINDS.length) break;
    }
    return [...organizations.values()];
  }

  private drawDistinct<T extends Character>(sampler: ZipfSampler<T>, count: number): T[] {
    const drawn = new Map<string, T>();
    for (let tries = 0; drawn.size < count && tries < count * 20; tries++) {
      const item = sampler.draw(this.random);
      drawn.set(item.id, item);
    }
    return [...drawn.values()];
  }
}

/** Pronounceable invented words, none of them a real word of the vocabulary. */
function inventedWords(random: Prng, count: number): string[] {
  const taken = new Set<string>([...NOUNS, ...VERBS, ...ADJECTIVES, ...PREPOSITIONS]);
  const words: string[] = [];
  while (words.length < count) {
    let word = '';
    const syllables = random.int(2, 3);
    for (let i = 0; i < syllables; i++) {
      word += random.pick(SYLLABLES.onsets) + random.pick(SYLLABLES.vowels);
    }
    word += random.pick(SYLLABLES.codas);
    if (taken.has(word)) continue;
    taken.add(word);
    words.push(word);
  }
  return words;
}

/** "a" or "an" by how the next word sounds, near enough for generated text. */
function withArticle(determiner: string, rest: string): string {
  if (determiner === 'a' && /^[aeiou]/.test(rest)) return `an ${rest}`;
  return `${determiner} ${rest}`;
}

function uniqueById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...new Map(items.map((item) => [item.id, item])).values()];
}

/** An id the knowledge schema accepts: ascii kebab-case. */
export function kebab(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
