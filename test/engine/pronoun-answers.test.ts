import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { Antecedents } from '../../src/engine/antecedents.ts';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { unitSentencesWithQuotes } from '../../src/engine/sentences.ts';
import type { Entity } from '../../src/knowledge/schema.ts';
import { freshStory } from '../eval/stories.ts';
import { personEntity } from '../support/entities.ts';

const vasquez = personEntity('Ingrid Vasquez', 'chief executive');
const daley = personEntity('Peter Daley', 'union organiser');
const roe = personEntity('Simon Roe', 'deckhand');
const moreno = personEntity('Lucia Moreno', 'harbour master');

/** Whom the last sentence of these passages' "he" or "she" is taken to mean, if anyone. */
const meantInLast = (passages: string[], entities: Entity[]) => {
  const article = passages.flatMap(unitSentencesWithQuotes);
  return new Antecedents(entities, [article]).personMeant(article, article.length - 1)?.name;
};

describe('whom a sentence opening on "he" or "she" is about', () => {
  it('is the one woman the sentence before names, for a "she"', () => {
    expect(
      meantInLast(
        [
          'Ingrid Vasquez announced the deal on Thursday. She told Radio Kelmar the ferries would sail.',
        ],
        [vasquez],
      ),
    ).toBe('Ingrid Vasquez');
  });

  it('is the speaker of a quotation followed by "he said"', () => {
    expect(
      meantInLast(
        [
          'Union spokesman Peter Daley spoke outside the depot.',
          '"We were pushed to the limit," he said.',
        ],
        [daley],
      ),
    ).toBe('Peter Daley');
  });

  it('reads back through a run of sentences opening on the same pronoun', () => {
    expect(
      meantInLast(
        [
          'Ingrid Vasquez announced the deal on Thursday.',
          'She said the first sailing would leave at 6 a.m. She added that fares would not rise.',
        ],
        [vasquez],
      ),
    ).toBe('Ingrid Vasquez');
  });

  it('reads back past the opening sentences of a quotation running on to "she told"', () => {
    expect(
      meantInLast(
        [
          'Ingrid Vasquez said she would call a meeting. "We paid for this. Passengers deserve to know why," she told Radio Kelmar.',
        ],
        [vasquez],
      ),
    ).toBe('Ingrid Vasquez');
  });

  it('is nobody when the sentence before names two people it could be', () => {
    expect(
      meantInLast(
        ['Peter Daley and Simon Roe welcomed the deal. He said the crews were tired.'],
        [daley, roe],
      ),
    ).toBeUndefined();
  });

  it('is nobody when the sentence before speaks of someone it does not name', () => {
    expect(
      meantInLast(
        [
          'Ingrid Vasquez announced the deal on Thursday.',
          'A spokeswoman for the union said members had voted for it. She added that talks would go on.',
        ],
        [vasquez],
      ),
    ).toBeUndefined();
  });

  it('is nobody when the sentence names a woman herself', () => {
    expect(
      meantInLast(
        ['Ingrid Vasquez announced the deal.', 'She thanked Lucia Moreno for her patience.'],
        [vasquez, moreno],
      ),
    ).toBeUndefined();
  });

  it('is nobody when the article never says whether the one named is "he" or "she"', () => {
    expect(
      meantInLast(
        ['The deal was announced by Simon Roe.', 'Crews cheered. They said it was overdue.'],
        [roe],
      ),
    ).toBeUndefined();
  });
});

describe('when an answer quotes a sentence saying only "she"', () => {
  const ARTICLE = [
    'Ferry services across the Kelmar Sound will resume on Friday after a three-day strike, the operator said on Thursday.',
    'Ingrid Vasquez, the operator’s chief executive, announced the agreement at a briefing in Port Alwen. She told Radio Northshore that the first sailing would leave at 6 a.m. and that timetables would be back to normal by Saturday. She said fares would be frozen until June.',
    'A spokeswoman for the crew union said members had voted to accept a 4 percent pay rise. She added that talks on rosters would continue next month.',
    'Union organiser Peter Daley and deckhand Simon Roe both welcomed the deal. He said the crews had been tired out by the winter storms.',
  ].join('\n\n');
  let engine: StoryEngine;

  beforeAll(async () => {
    const scratch = await mkdtemp(path.join(tmpdir(), 'storydesk-pronoun-'));
    try {
      const file = path.join(scratch, 'article.txt');
      await writeFile(file, ARTICLE);
      engine = createEngine(
        await freshStory(file, {
          title: 'Ferries to resume after strike',
          outlet: 'The Sound Herald',
          author: null,
          date: '2026-03-12',
          url: null,
        }),
      );
    } finally {
      await rm(scratch, { recursive: true, force: true });
    }
  });

  describe('when asked "when will timetables be back to normal"', () => {
    it('says who "she" is in the answer', () => {
      const answer = engine.ask('when will timetables be back to normal');
      expect(answer.answer).toBe(
        'The Sound Herald reports: She [Ingrid Vasquez] told Radio Northshore that the first sailing would leave at 6 a.m. and that timetables would be back to normal by Saturday.',
      );
    });

    it('keeps the quote verbatim and attributed to the outlet', () => {
      const answer = engine.ask('when will timetables be back to normal');
      expect(answer.quote?.text).toBe(
        'She told Radio Northshore that the first sailing would leave at 6 a.m. and that timetables would be back to normal by Saturday.',
      );
      expect(answer.quote?.speaker).toBe('The Sound Herald');
    });
  });

  describe('when the answer is a pair made of such a sentence ("until when are fares frozen")', () => {
    it('names her there too, the quote left verbatim', () => {
      const answer = engine.ask('until when are fares frozen');
      expect(answer.answer).toContain(
        'She [Ingrid Vasquez] said fares would be frozen until June.',
      );
      expect(answer.quote?.text).toBe('She said fares would be frozen until June.');
    });
  });

  describe('when the answer is a card drafted from such a sentence ("what is radio northshore")', () => {
    it('names her in the description, the quote left verbatim', () => {
      const answer = engine.ask('what is radio northshore');
      expect(answer.match?.kind).toBe('entity');
      expect(answer.answer).toContain('She [Ingrid Vasquez] told Radio Northshore');
      expect(answer.quote?.text).not.toContain('[');
    });
  });

  describe('when the answer\'s "she" is a spokeswoman the article does not name', () => {
    it('names nobody', () => {
      const answer = engine.ask('when do talks on rosters continue');
      expect(answer.answer).toContain('She added that talks on rosters would continue');
      expect(answer.answer).not.toContain('[');
    });
  });

  describe('when the answer\'s "he" could be either of two men', () => {
    it('names neither', () => {
      const answer = engine.ask('what tired the crews out');
      expect(answer.answer).toContain('He said the crews had been tired out');
      expect(answer.answer).not.toContain('[');
    });
  });
});
