/** Answers made from an article's own structure, for a source nobody has curated. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from '../../src/engine/answer.ts';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { generatedPairs } from '../../src/engine/structure/generate.ts';
import { answerUnits } from '../../src/engine/units.ts';
import { draftSource } from '../../src/ingest/draft.ts';
import type { KnowledgeBase, SourceBundle } from '../../src/knowledge/schema.ts';
import { HALDEN_TEXT, HALDEN_META as meta } from '../support/halden.ts';
import { GIVEN_NAMES, TENSE_WORDS } from '../support/language.ts';
import { bundledStory } from '../support/story.ts';

const drafted = draftSource({
  articleText: HALDEN_TEXT,
  meta,
  id: 'halden',
  existing: [],
  tense: TENSE_WORDS,
  givenNames: GIVEN_NAMES,
}).bundle;
/** The source as ingest drafts it, less the generated pairs: the engine must make them itself. */
const bare: SourceBundle = { ...drafted, pairs: [] };
const kb: KnowledgeBase = {
  story: { title: meta.title, scope: 'test' },
  lexicon: { synonyms: {}, stopwords: [], reasonCues: [] },
  sources: [bare],
};
const engine: StoryEngine = createEngine(kb);

/** Every answer's quote is verbatim in the paragraph it cites. */
function expectGrounded(answer: Answer): void {
  expect(answer.status).toBe('answered');
  const passage = bare.source.passages.find((p) => p.n === answer.citation?.passage);
  expect(passage?.text).toContain(answer.quote?.text);
}

describe('a fresh article with no generated pairs', () => {
  it('gets them from the engine, the same ones ingest writes', () => {
    const entities = new Map(bare.entities.map((e) => [e.id, e]));
    expect(generatedPairs(bare, entities)).toEqual(drafted.pairs);
    const units = answerUnits(kb).filter((u) => u.kind === 'qa');
    expect(units).toHaveLength(drafted.pairs.length);
  });

  describe('when asked "who wrote this article"', () => {
    it('names the author from the byline', () => {
      const answer = engine.ask('who wrote this article');
      expectGrounded(answer);
      expect(answer.answer).toContain('Laura Venn');
    });
  });

  describe('when asked "which paper is this from"', () => {
    it('names the outlet', () => {
      expect(engine.ask('which paper is this from').answer).toContain('The Halden Courier');
    });
  });

  describe('when asked "who is okafor"', () => {
    it('gives the role the article gives her, quoted', () => {
      const answer = engine.ask('who is okafor');
      expectGrounded(answer);
      expect(answer.answer).toContain('chief executive of Halden Water');
      expect(answer.quote?.text).toContain('chief executive of Halden Water');
    });
  });

  describe('when asked "what did reyes say"', () => {
    it('quotes him directly, with his role', () => {
      const answer = engine.ask('what did reyes say');
      expectGrounded(answer);
      expect(answer.quote).toMatchObject({ kind: 'direct', speaker: 'Tomas Reyes' });
      expect(answer.answer).toContain("the county's medical officer of health");
    });
  });

  describe('when asked where a speaker said something', () => {
    it('names the place the article gives', () => {
      expect(engine.ask('where did okafor say this').answer).toContain('at a press conference');
    });
  });

  describe('when asked "list the people in the article"', () => {
    it('lists everyone with their roles', () => {
      const answer = engine.ask('list the people in the article');
      expectGrounded(answer);
      for (const name of ['Miriam Okafor', 'Tomas Reyes', 'Dana Whitlock', 'Graham Pell']) {
        expect(answer.answer).toContain(name);
      }
    });
  });

  describe('when asked "what dates does it mention"', () => {
    it('lists the dates', () => {
      const answer = engine.ask('what dates does the article mention');
      expectGrounded(answer);
      expect(answer.answer).toContain('1978');
      expect(answer.answer).toContain('October 12');
    });
  });

  describe('when asked "list the numbers in the story"', () => {
    it('lists each figure with what it counts, and no dates', () => {
      const answer = engine.ask('list the numbers in the story');
      expectGrounded(answer);
      expect(answer.answer).toContain('41,000 households');
      expect(answer.answer).toContain('$38 million upgrade');
      expect(answer.answer).not.toMatch(/\b(?:12|1978|2019) \(/);
    });
  });

  describe('when asked about a person the lists name but the question is specific', () => {
    it('does not answer with a list', () => {
      expect(engine.ask("what is whitlock's full name").answer).not.toMatch(/^People in/);
    });
  });
});

describe('the curated bundled story', () => {
  let curated: StoryEngine;
  beforeAll(async () => {
    curated = (await bundledStory()).engine;
  });

  it('still answers from its curated pairs first', () => {
    expect(curated.ask('who wrote the article').match?.id).toBe('article-author');
  });
});

describe('the gist pair made for a fresh article', () => {
  const gist = drafted.pairs.find((pair) => pair.id.endsWith('-summary'));

  it('is not phrased with the money word "sum" alone, which "a lump sum" and "didn\'t add up" reach', () => {
    const words = (gist?.questions ?? []).flatMap((q) => q.toLowerCase().split(/\W+/));
    expect(words).not.toContain('sum');
  });
});

describe('an article with no names, quotes or dates', () => {
  const { bundle } = draftSource({
    articleText: 'the water tasted odd.\nit is fine now.\n',
    meta: { title: 'Water', outlet: 'A Blog', author: null, date: null, url: null },
    id: 'plain',
    existing: [],
    tense: TENSE_WORDS,
    givenNames: GIVEN_NAMES,
  });

  it('still says what it is about and who published it, in at least three phrasings each', () => {
    const kinds = bundle.pairs.map((pair) => pair.id.replace(/^plain-/, ''));
    expect(kinds).toEqual(['summary', 'headline', 'outlet']);
    for (const pair of bundle.pairs) expect(pair.questions.length).toBeGreaterThanOrEqual(3);
  });
});

describe('a quote the article says was written ("wrote for the majority")', () => {
  const { bundle } = draftSource({
    articleText:
      'Court voids permit\n\n"The law does not let an agency approve first and ask later," Judge Ana Brell, who presided over the panel, wrote for the majority.\n',
    meta: { title: 'Court voids permit', outlet: 'A Wire', author: null, date: null, url: null },
    id: 'ruling',
    existing: [],
    tense: TENSE_WORDS,
    givenNames: GIVEN_NAMES,
  });

  it('says she wrote it, and for whom, rather than that she said it', () => {
    const said = bundle.pairs.find((pair) => pair.id.startsWith('ruling-said-'));
    expect(said?.answer).toMatch(/^Judge Ana Brell, .*, wrote for the majority: “The law does not/);
  });
});

describe('a quote whose speaker has a title before the name', () => {
  const { bundle } = draftSource({
    articleText:
      'Club loses final\n\nCaptain Rhys Lowe, the club lock, said: "The boys are gutted. We felt the ball was held up and the call went against us."\n',
    meta: { title: 'Club loses final', outlet: 'A Paper', author: null, date: null, url: null },
    id: 'final',
    existing: [],
    tense: TENSE_WORDS,
    givenNames: GIVEN_NAMES,
  });
  const said = bundle.pairs.find((pair) => pair.id.startsWith('final-said-'));

  it('names the speaker as the article does, title first', () => {
    expect(said?.answer).toMatch(/^Captain Rhys Lowe, the club lock, said: “The boys are gutted/);
  });

  it('is asked "who said" with the words of any of its sentences', () => {
    expect(said?.questions.some((q) => /^who said felt ball held call/.test(q))).toBe(true);
  });
});

describe('when a quote says "…," she said. right after a man is named', () => {
  const { bundle } = draftSource({
    articleText:
      'Bridge opens early\n\nMs Ellen Marsh, the mayor, opened the Kell Street bridge on Monday. Mr Tom Hartley, whose firm built it, said the work had finished three weeks early.\n\n"We are proud of every bolt in it," she said.\n',
    meta: { title: 'Bridge opens early', outlet: 'A Paper', author: null, date: null, url: null },
    id: 'bridge',
    existing: [],
    tense: TENSE_WORDS,
    givenNames: GIVEN_NAMES,
  });
  const bridge = createEngine({
    story: { title: 'Bridge opens early', scope: 'test' },
    lexicon: { synonyms: {}, stopwords: [], reasonCues: [] },
    sources: [bundle],
  });

  describe('when asked "what did the mayor say"', () => {
    it('quotes the mayor, the woman the "she" stands for, not the builder named last', () => {
      const answer = bridge.ask('what did the mayor say');
      expect(answer.quote?.speaker).toBe('Ellen Marsh');
      expect(answer.quote?.text).toBe('We are proud of every bolt in it');
    });
  });
});

describe('a speaker quoted several times, one quote running to two sentences', () => {
  // A question about the end of a quote must match that quote, not tie with
  // every quote of its speaker on the name alone.
  const { bundle } = draftSource({
    articleText: [
      'Ferry service cut',
      '',
      'The island ferry will sail twice a day from May, the operator said on Tuesday.',
      '',
      '"We looked at every timetable we could think of. The diesel bill alone doubled since last winter," said Dana Oyelaran, the operator\'s manager.',
      '',
      '"Nobody wants fewer sailings," Oyelaran said.',
      '',
      '"Islanders will be offered a discount card," she said.',
      '',
    ].join('\n'),
    meta: { title: 'Ferry service cut', outlet: 'A Paper', author: null, date: null, url: null },
    id: 'ferry',
    existing: [],
    tense: TENSE_WORDS,
    givenNames: GIVEN_NAMES,
  });

  it('phrases the quote with every content word of its second sentence, and its speaker', () => {
    const said = bundle.pairs.filter((pair) => pair.id.startsWith('ferry-said-'));
    const first = said.find((pair) => pair.answer.includes('every timetable'));
    expect(first?.questions).toContain(
      "what did Oyelaran, the operator's manager, say about diesel bill alone doubled since last winter",
    );
  });
});
