import type { Entity, KnowledgeBase, QaPair, Quote, SourceBundle } from '../knowledge/schema.ts';
import { Antecedents, type PersonMeant, personNamed } from './antecedents.ts';
import { COMMON_ENGLISH_WORDS } from './common-words.ts';
import { CompanyAntecedents } from './company-antecedents.ts';
import { DescriptorAntecedents } from './descriptor-antecedents.ts';
import type { Gender } from './gender.ts';
import { unitSentencesWithQuotes } from './sentences.ts';
import { STOPWORDS } from './stopwords.ts';
import { isShortRole, shortName } from './structure/forms.ts';
import { generatedPairs, hasGeneratedPairs, withoutOutletReporting } from './structure/generate.ts';

/** A sentence of a passage, the fallback when no curated pair fits. */
export interface SentenceRef {
  source: SourceBundle;
  passage: number;
  text: string;
  /**
   * Whom its opening "he" or "she" stands for, when the article makes that
   * plain (`Antecedents.personMeant`): an answer quoting it says who.
   */
  personMeant?: PersonMeant;
}

/**
 * What every unit is searched by: short "phrases" a question may closely
 * match and a longer "body" that says what it covers.
 */
export interface UnitText {
  title: string;
  phrases: string[];
  body: string;
  /** The texts `body` is joined from by single spaces, so the index reads each text once. */
  bodyParts: readonly string[];
}

/** Something the engine can answer with: a curated or generated pair, a who's-who card or a sentence. */
export type AnswerUnit = UnitText &
  (
    | {
        kind: 'qa';
        pair: QaPair;
        source: SourceBundle;
        /** The answer as shown, when it differs from the pair's: it says who its "she" is. */
        shown?: string;
      }
    | {
        kind: 'entity';
        entity: Entity;
        source: SourceBundle;
        /** The description as shown, when it differs: it says who its "she" is. */
        shown?: string;
      }
    | {
        kind: 'sentence';
        sentence: SentenceRef;
        /**
         * The sentence before, when this one reads on from it ("Forecasters
         * expect that by Wednesday night."): what "that" stands for.
         */
        context?: string;
        /**
         * Whether its title is a question worth offering: in an article nobody
         * has curated, its sentences are most of what a reader can be pointed to.
         */
        offered: boolean;
      }
  );

/** The direct quote a Q&A pair answers with, when it names one. */
export function quoteOfPair(pair: QaPair, source: SourceBundle): Quote | undefined {
  return pair.quote ? source.quotes.find((q) => q.id === pair.quote) : undefined;
}

/**
 * Flattens a knowledge base into answer units: curated pairs, pairs made
 * from the article's structure, who's who, sentences.
 */
export function answerUnits(kb: KnowledgeBase): AnswerUnit[] {
  return storyUnits(kb).units;
}

/**
 * {@link answerUnits}, and what reading the articles for them learned of
 * their people's gender (`antecedents.ts`): a question's "she" stands for
 * one of the women.
 */
export function storyUnits(kb: KnowledgeBase): {
  units: AnswerUnit[];
  genderOf: (entityId: string) => Gender | null;
} {
  const units: AnswerUnit[] = [];
  const entities = new Map(mergedEntities(kb).map(({ entity }) => [entity.id, entity]));
  const articles = kb.sources.map((source) =>
    source.source.passages.flatMap((passage) =>
      unitSentencesWithQuotes(passage.text).map((sentence) => ({
        passage: passage.n,
        ...sentence,
      })),
    ),
  );
  const antecedents = new Antecedents([...entities.values()], articles);
  const companies = new CompanyAntecedents([...entities.values()]);
  const companiesBehind = articles.map((article) => companies.companiesBehind(article));
  const descriptors = new DescriptorAntecedents([...entities.values()], articles);
  const describedBehind = articles.map((article) => descriptors.describedBehind(article));
  // Whom each source's "he" or "she" sentences mean (or its "The 24-year-old"),
  // by position and, for the pairs made of them, by text (a text written
  // twice may mean two people).
  const meantAt = articles.map((article, s) =>
    article.map(
      (_, at) => antecedents.personMeant(article, at) ?? describedBehind[s]?.[at] ?? null,
    ),
  );
  const meantBySentence = articles.map((article, s) => {
    const meant = new Map<string, PersonMeant | null>();
    article.forEach(({ text }, at) => {
      const person = meantAt[s]?.[at] ?? null;
      meant.set(text, meant.has(text) ? null : person);
    });
    return meant;
  });
  kb.sources.forEach((source, s) => {
    // A source ingest made generated pairs for has them in its qa.json already.
    const generated = hasGeneratedPairs(source) ? [] : generatedPairs(source, entities);
    for (const pair of [...source.pairs, ...generated]) {
      const excerpts = pair.citations.map((c) => c.excerpt ?? '');
      // A gap's answer quotes what the article does say; matching on it
      // would pull in the questions the article does answer.
      // A generated pair's citation may only ground it: the byline pair cites
      // the lead, which is about something else than the byline.
      const bodyParts = pair.gap
        ? pair.questions
        : [
            ...pair.questions,
            withoutOutletReporting(pair.answer, source.source.outlet),
            ...(pair.generated && !pair.quote ? [''] : excerpts.length > 0 ? excerpts : ['']),
          ];
      const shown = pair.generated ? answerSayingWho(pair, meantBySentence[s]) : null;
      units.push({
        kind: 'qa',
        pair,
        source,
        ...(shown === null ? {} : { shown }),
        title: pair.questions[0] ?? pair.answer,
        phrases: pair.questions,
        body: bodyParts.join(' '),
        bodyParts,
      });
    }
  });
  for (const { entity, source } of mergedEntities(kb)) {
    const shown = descriptionSayingWho(entity, meantBySentence[kb.sources.indexOf(source)]);
    const names = [entity.name, ...entity.aliases];
    const roles = roleQuestions(entity);
    // A spokesperson's card says "speaks", as readers ask it: "who speaks for the district".
    const speaks = roles.length > 0 && spokenFor(roleOf(entity)) !== null ? [SPEAKS_FOR] : [];
    const bodyParts = [
      ...names,
      entity.description,
      ...(roles.length > 0 ? [ROLE_WORDS, ...speaks] : []),
    ];
    units.push({
      kind: 'entity',
      entity,
      source,
      ...(shown === null ? {} : { shown }),
      title: entityQuestion(entity),
      phrases: [...names, ...roles],
      body: bodyParts.join(' '),
      bodyParts,
    });
  }
  kb.sources.forEach((source, s) => {
    const offered = !source.pairs.some((pair) => pair.generated !== true);
    const article = articles[s] ?? [];
    article.forEach(({ passage, text }, at) => {
      // "He met…" is matched as if it said whom the sentence before named,
      // "a spokesperson for the company said…" as if it named the company, and
      // "the 24-year-old was sent off" as if it named whom the article gave that age.
      const described = describedBehind[s]?.[at];
      const body = [
        text,
        ...antecedents.namesBehind(article, at),
        ...(companiesBehind[s]?.[at] ?? []),
        ...(described ? [described.name] : []),
      ].join(' ');
      const before = article[at - 1]?.text;
      const personMeant = meantAt[s]?.[at];
      units.push({
        kind: 'sentence',
        sentence: { source, passage, text, ...(personMeant ? { personMeant } : {}) },
        title: offered ? sentenceQuestion(text) : text,
        phrases: [body],
        body,
        bodyParts: [body],
        ...(before !== undefined && readsOn(text) ? { context: before } : {}),
        offered,
      });
    });
  });
  return { units, genderOf: (entityId) => antecedents.genderOf(entityId) };
}

/**
 * A generated pair's answer made of an article sentence that says only
 * "he" or "she" ("…reports, for in 2019: He said…"), with whom it means
 * named as a sentence answer names them (`personNamed`); null when it is
 * made of no such sentence, or gives a speaker's quotation, whose speaker
 * it names already.
 */
function answerSayingWho(
  pair: QaPair,
  meant: ReadonlyMap<string, PersonMeant | null> | undefined,
): string | null {
  if (pair.quote || meant === undefined) return null;
  for (const { excerpt } of pair.citations) {
    const person = excerpt ? meant.get(excerpt) : undefined;
    if (excerpt && person && pair.answer.includes(excerpt)) {
      return pair.answer.replace(excerpt, () => personNamed(excerpt, person));
    }
  }
  return null;
}

/**
 * A card's description drafted from an article sentence that says only
 * "he" or "she" ("'…,' she told Radio Northshore"), with whom it means
 * named as a sentence answer names them (`personNamed`); null when it holds
 * no such sentence.
 */
function descriptionSayingWho(
  entity: Entity,
  meant: ReadonlyMap<string, PersonMeant | null> | undefined,
): string | null {
  const { description } = entity;
  if (meant === undefined || !SAYS_HE_OR_SHE.test(description)) return null;
  for (const [text, person] of meant) {
    if (person && description.includes(text)) {
      return description.replace(text, () => personNamed(text, person));
    }
  }
  return null;
}

const SAYS_HE_OR_SHE = /\b(?:he|she)\b/i;

/**
 * Whether a sentence reads on from the one before: it points back ("he",
 * "both", "that") to what that one said, or opens by giving an example of
 * it or what came of it ("For instance, the lease was terminated").
 */
function readsOn(text: string): boolean {
  return READS_ON.test(text);
}

const READS_ON =
  /\b(?:he|she|it|they|both|that|this|these|those)\b|^(?:there|his|her|its|their|for (?:instance|example)|as a result|instead|likewise|similarly)\b/i;

/**
 * Every question the engine may offer as a suggestion or completion, each
 * once, featured ones first: the titles of curated pairs and who's-who
 * entries, and the sentences of an article nobody curated. Gap pairs are
 * left out, their answer being "it does not say".
 * One pass over the units, so it stays linear in the size of the story.
 */
export function offerableQuestions(
  units: readonly AnswerUnit[],
  featured: readonly string[],
): string[] {
  const questions = new Set(featured);
  const ambiguous = titlesShared(
    units,
    (unit) => unit.kind === 'qa' && unit.pair.generated === true,
  );
  for (const unit of units)
    if (isOfferable(unit) && !ambiguous.has(unit.title)) questions.add(unit.title);
  return [...questions];
}

/**
 * Titles two of the units `counted` keeps share. Two generated pairs: two
 * events the article tells "this year" each make "What happened this
 * year?"; no click on it can say which is meant, so it is not offered, and
 * each pair still answers its own wording.
 */
function titlesShared(
  units: readonly AnswerUnit[],
  counted: (unit: AnswerUnit) => boolean,
): ReadonlySet<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const unit of units) {
    if (!counted(unit)) continue;
    if (seen.has(unit.title)) shared.add(unit.title);
    seen.add(unit.title);
  }
  return shared;
}

/**
 * The unit each offered question was made for, by its exact text: a reader
 * who clicks "More on “Marsh, a sleep researcher at…”" asks for that very
 * sentence, though a quote pair whose attribution opens with the same words
 * may match it as well. A text two units share ("Who wrote this article?",
 * generated beside the editors' own) is left to the ranking. Built once.
 */
export function ownQuestions(units: readonly AnswerUnit[]): ReadonlyMap<string, number> {
  const shared = titlesShared(units, isOfferable);
  const own = new Map<string, number>();
  units.forEach((unit, index) => {
    if (isOfferable(unit) && !shared.has(unit.title)) own.set(unit.title, index);
  });
  return own;
}

/** Whether a unit's title is a question worth offering (gaps answer "it does not say"). */
function isOfferable(unit: AnswerUnit): boolean {
  return (
    unit.kind === 'entity' ||
    (unit.kind === 'qa' && !unit.pair.gap) ||
    (unit.kind === 'sentence' && unit.offered)
  );
}

/**
 * "More on “Seventeen schools in the area closed…”":
 * the quoted opening leads a click back to this very sentence.
 */
export function sentenceQuestion(text: string): string {
  const words = text.replace(/["“”]/g, '').split(/\s+/).filter(Boolean);
  // "We know this has been a…" says nothing to match on: read on to a few content words.
  let taken = 0;
  let content = 0;
  while (
    taken < words.length &&
    (taken < SENTENCE_QUESTION_WORDS || content < MIN_CONTENT_WORDS) &&
    taken < MAX_SENTENCE_QUESTION_WORDS
  ) {
    const word = (words[taken] ?? '').toLowerCase().replace(/[^\p{L}\p{N}'’-]/gu, '');
    if (word !== '' && !STOPWORDS.has(word)) content++;
    taken++;
  }
  const opening = words
    .slice(0, taken)
    .join(' ')
    .replace(/[,;:.]+$/, '');
  const more = words.length > taken ? '…' : '';
  return `More on “${opening}${more}”`;
}

/** Enough of a sentence's opening to tell it apart from the others. */
const SENTENCE_QUESTION_WORDS = 6;
const MIN_CONTENT_WORDS = 3;
const MAX_SENTENCE_QUESTION_WORDS = 12;

/**
 * How readers ask for the role a card gives ("whats Brenner's job", "what
 * does Okafor do"): a card whose description is a role, as ingest drafts it,
 * is phrased that way too; one that tells a story in sentences is not.
 */
function roleQuestions(entity: Entity): string[] {
  if (entity.kind !== 'person' || !isShortRole(entity.description)) return [];
  const short = shortName(entity);
  const role = roleOf(entity);
  const words = role.split(/\s+/);
  // "Sarah Lindqvist, prosecuting for the council": "who was prosecuting", and
  // "who is the prosecutor", which the stemmer keeps apart from "prosecuting".
  const doer = agentNoun(words[0]?.toLowerCase() ?? '');
  const owned = ownedTitle(role);
  const holder =
    doer !== null
      ? [`who is ${words[0]?.toLowerCase()}`, `who is the ${doer}`]
      : role !== '' && words.length <= MAX_ROLE_WORDS
        ? [`who is the ${role.toLowerCase()}`]
        : owned !== null
          ? [`who is the ${owned.title} of ${owned.owner}`]
          : [];
  const speaksFor = spokenFor(role);
  return [
    `${short}'s job`,
    `${short}'s role`,
    ...holder,
    ...(speaksFor === null ? [] : [`who ${SPEAKS_FOR} ${speaksFor}`]),
  ];
}

/**
 * A role that names whose it is, split: "Harwick City Zoo's chief
 * executive" and "chief executive of Harwick City Zoo" are both the chief
 * executive of Harwick City Zoo, as a reader asks for whoever holds it. Null
 * for a role naming no owner, or whose title is too long to be asked by.
 */
function ownedTitle(role: string): { title: string; owner: string } | null {
  const possessed = /^(.+?)['’]s\s+(.+)$/u.exec(role);
  const ofOwner = /^(.+?)\s+(?:of|at)\s+(.+)$/u.exec(role);
  const [title, owner] = possessed
    ? [possessed[2], possessed[1]]
    : ofOwner
      ? [ofOwner[1], ofOwner[2]]
      : [undefined, undefined];
  if (title === undefined || owner === undefined) return null;
  if (title.split(/\s+/).length > MAX_ROLE_WORDS) return null;
  return { title: title.toLowerCase(), owner: owner.replace(/^(?:the|a|an)\s+/i, '') };
}

/**
 * The role a person's card opens with: "Judge", "Captain, the Rovers lock":
 * "who is the judge" asks for whoever holds it (what follows a comma is
 * often a clause).
 */
function roleOf(entity: Entity): string {
  return (entity.description.split(',')[0] ?? '').replace(/^(?:the|a|an)\s+/i, '').trim();
}

/** How readers ask for whom a spokesperson speaks. */
const SPEAKS_FOR = 'speaks for';

/**
 * Whom a spokesperson's role speaks for: "a spokesperson for the district"
 * → "the district", "Foreign Ministry spokeswoman" → "Foreign Ministry". A
 * reader asks "who speaks for the district", whose "speaks" no stemmer
 * takes for "spokesperson". Null for any other role.
 */
function spokenFor(role: string): string | null {
  const after = /^spokes(?:person|man|woman)\s+(?:for|of|at)\s+(.+)$/i.exec(role)?.[1];
  if (after !== undefined) return after;
  const before = /^(.+?)\s+spokes(?:person|man|woman)$/i.exec(role)?.[1];
  return before !== undefined && before.split(/\s+/).length <= MAX_ROLE_WORDS ? before : null;
}

/**
 * The noun for one who does what a role's participle says: "prosecuting" →
 * "prosecutor", "defending" → "defender". Null for a word that is no
 * participle or has no such noun in English.
 */
function agentNoun(word: string): string | null {
  const base = /^(\p{L}{3,})ing$/u.exec(word)?.[1];
  if (base === undefined) return null;
  const nouns = [`${base}or`, `${base}er`, `${base}ative`];
  return nouns.find((noun) => COMMON_ENGLISH_WORDS.has(noun)) ?? null;
}

/** A role of a few words ("head coach") is asked for by name; a longer one is a description. */
const MAX_ROLE_WORDS = 4;

/** What a card whose description is a role says, in readers' words. */
const ROLE_WORDS = 'job';

/** "Who is Elena Petrova?" or "What is the northern air base?" */
export function entityQuestion(entity: Entity): string {
  return entity.kind === 'person' ? `Who is ${entity.name}?` : `What is ${entity.name}?`;
}

/** Each entity once, from the first source that describes it. */
export function mergedEntities(kb: KnowledgeBase): { entity: Entity; source: SourceBundle }[] {
  const seen = new Map<string, { entity: Entity; source: SourceBundle }>();
  for (const source of kb.sources) {
    for (const entity of source.entities) {
      if (!seen.has(entity.id)) seen.set(entity.id, { entity, source });
    }
  }
  return [...seen.values()];
}

/**
 * The sentence right after a sentence unit in its own paragraph (sentence
 * units stand in article order), or undefined at the paragraph's end or
 * for any other unit: where an article goes on with what a sentence
 * announces ("It is not the first time…", "Much remains unclear.").
 */
export function nextSentenceInParagraph(
  units: readonly AnswerUnit[],
  at: number,
): Extract<AnswerUnit, { kind: 'sentence' }> | undefined {
  const unit = units[at];
  const next = units[at + 1];
  return unit?.kind === 'sentence' &&
    next?.kind === 'sentence' &&
    next.sentence.source === unit.sentence.source &&
    next.sentence.passage === unit.sentence.passage
    ? next
    : undefined;
}
