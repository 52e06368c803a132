/**
 * Readers' questions about the people of an article nobody curated: who
 * someone is, what their job is, what they said. The articles
 * (test/fixtures/reporting/) are written in the styles reporters use to say
 * who someone is, and are ingested fresh, as a newsroom would.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { freshStory, REPO } from '../eval/stories.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLES = path.join(REPO, 'test', 'fixtures', 'reporting');

async function engineFor(file: string): Promise<StoryEngine> {
  return createEngine(
    await freshStory(path.join(ARTICLES, file), {
      title: 'Test article',
      outlet: 'Wire Desk',
      author: 'Sam Reed',
      date: '2026-11-20',
      url: null,
    }),
  );
}

/** What a reader reads: the answer and its verbatim quote. */
function said(engine: StoryEngine, question: string): string {
  const answer = engine.ask(question);
  expect(answer.status).toBe('answered');
  return `${answer.answer} ${answer.quote?.text ?? ''}`;
}

describe('a rail derailment report', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await engineFor('rail-derailment.txt');
  });

  describe('when asked "who is okafor"', () => {
    it('says she speaks for the board, as the role set off before her name says', () => {
      expect(said(engine, 'who is okafor')).toContain('a spokesperson for the Rail Safety Board');
    });
  });

  describe('when asked "whats brenner\'s job"', () => {
    it('answers with his card: chief executive', () => {
      expect(engine.ask("whats brenner's job").match?.kind).toBe('entity');
      expect(said(engine, "whats brenner's job")).toContain('chief executive');
    });
  });

  describe('when asked "what did the spokesperson say"', () => {
    it('quotes Okafor, not the board', () => {
      expect(said(engine, 'what did the spokesperson say')).toContain('Dana Okafor');
    });
  });

  describe('when asked about a body by its short form ("what is the RSIB")', () => {
    it('answers with the body the short form stands for', () => {
      expect(said(engine, 'what is the RSIB')).toContain('Rail Safety Investigation Board');
    });
  });

  describe('when asked "what is save our riverside"', () => {
    it("says it is a residents' group", () => {
      expect(said(engine, 'what is save our riverside')).toContain("a residents' group");
    });
  });

  describe('when asked which organizations are involved', () => {
    it("lists the operator and the campaign group, not a disease or an MP's seat", () => {
      const answer = said(engine, 'which organizations are involved');
      expect(answer).toContain('Northline Rail');
      expect(answer).toContain('Save Our Riverside');
      expect(answer).not.toContain('COVID-19');
      expect(answer).not.toContain('Kellbridge North');
    });
  });
});

describe('a hospital report', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await engineFor('trauma-unit.txt');
  });

  describe('when asked "who is dr singh"', () => {
    it('answers with her card, though the article calls her "Dr. Singh" only later', () => {
      expect(engine.ask('who is dr singh').match?.kind).toBe('entity');
      expect(said(engine, 'who is dr singh')).toContain('leads the trauma unit');
    });
  });

  describe('when asked "what did the tenant organiser say"', () => {
    it('quotes Luis Ortega', () => {
      expect(said(engine, 'what did the tenant organiser say')).toContain('800 names');
    });
  });

  describe('when asked "which places are mentioned"', () => {
    it('lists the places, though none is written after "in" or "at"', () => {
      expect(said(engine, 'which places are mentioned')).toContain('Redbridge General Hospital');
    });
  });

  describe('when asked "what did the director of nursing say"', () => {
    it('quotes Mercier, whose role names the trust "its" stands for', () => {
      expect(said(engine, 'what did the director of nursing say')).toContain(
        'Marlow Health Trust’s director of nursing',
      );
    });
  });

  describe('when asked "who is maria de la cruz"', () => {
    it('answers with her role', () => {
      expect(said(engine, 'who is maria de la cruz')).toContain('a nurse at the hospital');
    });
  });
});

describe('a mine safety report', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await engineFor('mine-halt.txt');
  });

  describe('when asked "who is rachel dunn"', () => {
    it('names the company "its chief executive" stands for', () => {
      expect(said(engine, 'who is rachel dunn')).toContain('Basin Metals’ chief executive');
    });
  });

  describe('when asked "what is msha"', () => {
    it('answers with the whole name the short form stands for', () => {
      expect(said(engine, 'what is msha')).toContain('Mine Safety and Health Administration');
    });
  });
});

describe('an orchestra report', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await engineFor('orchestra.txt');
  });

  describe('when asked "who is van der berg"', () => {
    it('answers with her role', () => {
      expect(said(engine, 'who is van der berg')).toContain('associate conductor');
    });
  });

  describe('when asked who the people in the story are', () => {
    it('lists them whole, and no platform or named day among them', () => {
      const { answer } = engine.ask('who are the people in the story');
      expect(answer).toContain('Sofia van der Berg');
      expect(answer).not.toContain('Instagram');
      expect(answer).not.toContain('New Year');
    });
  });
});

describe('an article quoting one woman and two men', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(
      [
        'Harbour bridge to close for repairs',
        'The Kelmouth harbour bridge will close for six weeks from March 3, the county council said on Monday.',
        'Council spokeswoman Irene Vasko said the closure could not wait. "The cables are older than anyone working on them," she said.',
        '"We will run extra buses on every route while the bridge is shut," said Tom Aldous, the transport director.',
        'Local trader Ben Hale said the closure would cost shops dearly. "March is when we make our money," Hale said.',
      ].join('\n\n'),
    );
  });

  describe.each(['what did she say', 'so what did she actually say'])(
    'when asked "%s"',
    (question) => {
      it('quotes the spokeswoman, the one woman the article names', () => {
        expect(said(engine, question)).toContain('The cables are older');
      });
    },
  );
});
