import { beforeAll, describe, expect, it } from 'vitest';
import { draftSource, type SourceDraft } from '../../src/ingest/draft.ts';
import {
  type KnowledgeBase,
  NormalizedDateSchema,
  type Quote,
  type SourceBundle,
} from '../../src/knowledge/schema.ts';
import { GIVEN_NAMES, TENSE_WORDS } from '../support/language.ts';
import { ARTICLE_TEXT, ASSUMED_PUBLICATION, BUNDLED_META, bundledStory } from './support.ts';

const ARTICLE_LINES = ARTICLE_TEXT.split(/\r?\n/).filter((line) => line.trim() !== '');

let kb: KnowledgeBase;
/** Ingested into the bundled story, whose entities it should link to. */
let linked: SourceDraft;
/** Ingested into an empty story: every name is new. */
let alone: SourceDraft;

beforeAll(async () => {
  kb = (await bundledStory()).kb;
  const input = { articleText: ARTICLE_TEXT, id: 'reingested' };
  linked = draftSource({
    ...input,
    meta: { ...BUNDLED_META, date: ASSUMED_PUBLICATION },
    existing: kb.sources,
    tense: TENSE_WORDS,
    givenNames: GIVEN_NAMES,
  });
  alone = draftSource({
    ...input,
    meta: BUNDLED_META,
    existing: [],
    tense: TENSE_WORDS,
    givenNames: GIVEN_NAMES,
  });
});

const passageText = (bundle: SourceBundle, n: number) =>
  bundle.source.passages.find((p) => p.n === n)?.text ?? '';

const speakerName = (bundle: SourceBundle, quote: Quote) =>
  bundle.entities.find((e) => e.id === quote.speaker)?.name ?? null;

const quoteContaining = (bundle: SourceBundle, words: string) =>
  bundle.quotes.find((q) => q.text.includes(words));

describe('when the bundled article is ingested', () => {
  it('numbers one passage per paragraph, leaving out the headline and the byline', () => {
    const { passages } = linked.bundle.source;
    expect(passages.map((p) => p.n)).toEqual(passages.map((_, i) => i + 1));
    expect(passages.map((p) => p.text)).toEqual(ARTICLE_LINES.slice(1, -1));
    expect(linked.summary.titleLineSkipped).toBe(true);
    expect(linked.summary.bylineSkipped).toBe(true);
  });

  it('finds all five direct quotes, each verbatim in its passage', () => {
    for (const draft of [linked, alone]) {
      expect(draft.bundle.quotes).toHaveLength(5);
      for (const quote of draft.bundle.quotes) {
        expect(passageText(draft.bundle, quote.passage)).toContain(quote.text);
      }
    }
  });

  it('drops the comma that hands a quote over to its speaker, and nothing else', () => {
    const quote = quoteContaining(linked.bundle, 'this work is underway');
    expect(quote?.text.endsWith('underway')).toBe(true);
    expect(quoteContaining(linked.bundle, 'our ties')?.text.endsWith('ties.')).toBe(true);
  });

  it('links every speaker to the story’s existing entities', () => {
    const speakers = linked.bundle.quotes.map((q) => q.speaker);
    const known = new Set(kb.sources.flatMap((s) => s.entities.map((e) => e.id)));
    expect(speakers.every((id) => id !== null && known.has(id))).toBe(true);
  });

  it.each([
    ['Our contacts with the Syrian side', 'Zakharova'],
    ['consistent active development', 'Zakharova'],
    ['substantive', 'Foreign Ministry'],
    ['arms are of Russian origin', 'Sharaa'],
    ['We do not want Russia to leave', 'Sharaa'],
  ])('attributes “%s…” to %s, in a story or on its own', (words, speaker) => {
    for (const draft of [linked, alone]) {
      const quote = quoteContaining(draft.bundle, words);
      expect(quote).toBeDefined();
      expect(speakerName(draft.bundle, quote as Quote)).toContain(speaker);
    }
  });

  it('gives Zakharova the role her appositive states', () => {
    const hers = linked.bundle.quotes.filter((q) => q.speaker === 'maria-zakharova');
    expect(hers).toHaveLength(2);
    for (const quote of hers) expect(quote.role).toBe('Russian Foreign Ministry spokeswoman');
  });

  it('gives Sharaa the role set off by commas after his name', () => {
    const his = linked.bundle.quotes.filter((q) => q.speaker === 'sharaa');
    for (const quote of his) expect(quote.role).toBe('one of the new Syrian authorities');
  });

  it('says where a quote was said when the sentence says it simply', () => {
    const arms = quoteContaining(linked.bundle, 'arms are of Russian origin');
    expect(arms?.said).toBe('told Arab media in late December');
    expect(passageText(linked.bundle, arms?.passage ?? 0)).toContain(arms?.said);
  });

  it('finds the dated events: 2015, December 8, late December, late January, recently', () => {
    const whens = linked.bundle.events.map((e) => e.when);
    for (const when of ['2015', 'December 8', 'late December', 'late January', 'recently']) {
      expect(whens.some((w) => w.includes(when))).toBe(true);
    }
  });

  it('cites each event with the verbatim sentence it comes from', () => {
    for (const event of linked.bundle.events) {
      const [citation] = event.citations;
      expect(passageText(linked.bundle, citation?.passage ?? 0)).toContain(citation?.excerpt);
      expect(citation?.excerpt).toContain(event.when);
    }
  });

  it('marks everything it made as a draft', () => {
    const { bundle } = linked;
    expect(bundle.source.draft).toBe(true);
    for (const item of [...bundle.quotes, ...bundle.events, ...bundle.entities, ...bundle.pairs]) {
      expect(item.draft).toBe(true);
    }
  });

  it('reads how the outlet got the story when the article says so', () => {
    expect(alone.bundle.source.via).toBe('via Russian media');
  });

  it('writes only generated Q&A pairs, each citing the article verbatim', () => {
    const { bundle } = linked;
    expect(bundle.pairs.length).toBeGreaterThan(0);
    for (const pair of bundle.pairs) {
      expect(pair.generated).toBe(true);
      for (const citation of pair.citations) {
        expect(passageText(bundle, citation.passage)).toContain(citation.excerpt);
      }
    }
  });
});

describe('when the publication date is given', () => {
  const event = (when: string) => linked.bundle.events.find((e) => e.when.includes(when));

  it('keeps a year the text states as stated', () => {
    expect(event('2015')?.date).toEqual({ value: '2015', precision: 'year', inferred: false });
  });

  it('infers the year of "December 8" as the latest one not after publication', () => {
    expect(event('December 8')?.date).toEqual({
      value: '2024-12-08',
      precision: 'day',
      inferred: true,
    });
  });

  it('infers the parts of months, across the turn of the year', () => {
    expect(event('late December')?.date).toMatchObject({ value: '2024-12', part: 'late' });
    expect(event('late January')?.date).toMatchObject({ value: '2025-01', part: 'late' });
    expect(event('late January')?.date.precision).toBe('part-of-month');
    expect(event('late January')?.date.inferred).toBe(true);
  });

  it('leaves "recently" undated', () => {
    expect(event('recently')?.date).toEqual({ value: null, precision: 'unknown', inferred: false });
  });

  it('never dates an event after the publication', () => {
    for (const { date } of linked.bundle.events) {
      if (date.value !== null) expect(date.value <= ASSUMED_PUBLICATION).toBe(true);
    }
  });
});

describe('when the publication date is not given', () => {
  it('cannot know the year of "December 8" or "late January", so leaves them undated', () => {
    for (const when of ['December 8', 'late December', 'late January']) {
      const event = alone.bundle.events.find((e) => e.when === when);
      expect(event?.date).toEqual({ value: null, precision: 'unknown', inferred: false });
    }
  });

  it('still dates what has its year in the text', () => {
    const event = alone.bundle.events.find((e) => e.when.includes('2015'));
    expect(event?.date.value).toBe('2015');
  });

  it('only produces dates the schema accepts', () => {
    for (const draft of [linked, alone]) {
      for (const event of draft.bundle.events) {
        expect(NormalizedDateSchema.safeParse(event.date).success).toBe(true);
      }
    }
  });
});

describe('when names are listed for the who’s who', () => {
  it('links names to existing entries through their aliases', () => {
    const ids = linked.bundle.entities.map((e) => e.id);
    for (const id of ['maria-zakharova', 'mikhail-bogdanov', 'bashar-al-assad', 'tartous']) {
      expect(ids).toContain(id);
    }
    expect(linked.summary.linkedEntities).toBe(linked.bundle.entities.length);
  });

  it('makes draft entries for new names, described for review and cited verbatim', () => {
    expect(alone.summary.newEntities).toBe(alone.bundle.entities.length);
    for (const entity of alone.bundle.entities) {
      expect(entity.draft).toBe(true);
      expect(entity.description).not.toBe('');
      expect(entity.citations.length).toBeGreaterThan(0);
      for (const citation of entity.citations) {
        expect(passageText(alone.bundle, citation.passage)).toContain(citation.excerpt);
      }
    }
  });

  it('describes people by the role the article gives them, cited with those words', () => {
    const zakharova = alone.bundle.entities.find((e) => e.name === 'Maria Zakharova');
    expect(zakharova?.description).toBe('Russian Foreign Ministry spokeswoman');
    expect(zakharova?.citations[0]?.excerpt).toBe(
      'Russian Foreign Ministry spokeswoman Maria Zakharova',
    );
    const sharaa = alone.bundle.entities.find((e) => e.name === 'Sharaa');
    expect(sharaa?.description).toBe('one of the new Syrian authorities');
  });

  it('describes a name with no role by the sentence that first names it', () => {
    const hmeimim = alone.bundle.entities.find((e) => e.name === 'Hmeimim');
    expect(hmeimim?.description).toBe(
      "Russia currently operates an air base in Hmeimim and a naval base in Tartous, both strategically located on Syria's Mediterranean coast.",
    );
    expect(hmeimim?.citations[0]).toEqual({ passage: 6, excerpt: hmeimim?.description });
  });

  it('splits a title off a name and keeps the short form as an alias', () => {
    const bogdanov = alone.bundle.entities.find((e) => e.name === 'Mikhail Bogdanov');
    expect(bogdanov?.kind).toBe('person');
    expect(bogdanov?.aliases).toContain('Bogdanov');
    const zakharova = alone.bundle.entities.filter((e) => /Zakharova/.test(e.name));
    expect(zakharova).toHaveLength(1);
  });

  it('does not take nationalities or sentence-opening words for names', () => {
    const names = alone.bundle.entities.map((e) => e.name);
    for (const word of ['Russian', 'Syrian', 'Arab', 'Work', 'However', 'She', 'The']) {
      expect(names).not.toContain(word);
    }
  });

  it('gives new entities unique kebab-case ids', () => {
    const ids = alone.bundle.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });
});

describe('when ids could clash with the story’s', () => {
  it('gives quotes and events ids no other source uses', () => {
    const taken = new Set(kb.sources.flatMap((s) => [...s.quotes, ...s.events].map((x) => x.id)));
    for (const item of [...linked.bundle.quotes, ...linked.bundle.events]) {
      expect(taken.has(item.id)).toBe(false);
    }
  });
});
