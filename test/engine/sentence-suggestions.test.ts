import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { DECISION } from '../../src/engine/tuning.ts';
import { answerUnits, sentenceQuestion } from '../../src/engine/units.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { bundledFresh, haldenFresh } from '../eval/stories.ts';
import { bundledStory } from '../support/story.ts';

let fresh: KnowledgeBase;
let engine: StoryEngine;
beforeAll(async () => {
  fresh = await haldenFresh();
  engine = createEngine(fresh);
});

describe('a sentence offered as a question', () => {
  it('quotes its opening, reading on past filler to a few content words', () => {
    expect(
      sentenceQuestion('Seventeen schools in the area closed on Monday and remain shut.'),
    ).toBe('More on “Seventeen schools in the area closed…”');
    expect(sentenceQuestion('"We know this has been a hard week for families," she said.')).toBe(
      'More on “We know this has been a hard week for families…”',
    );
    expect(sentenceQuestion('Schools closed.')).toBe('More on “Schools closed”');
  });
});

describe('in an article nobody has curated', () => {
  it('offers the sentences closest to a question it abstains on', () => {
    const answer = engine.ask('how much did the upgrade cost in the end');
    expect(answer.status).toBe('unknown');
    expect(answer.suggestions.some((s) => /^More on “.*upgrade/.test(s))).toBe(true);
  });

  it('offers the article-wide questions when nothing is close', () => {
    const answer = engine.ask('how much was the refit');
    expect(answer.status).toBe('unknown');
    expect(answer.suggestions).toContain('What is this article about?');
    expect(answer.suggestions).toContain('Who is quoted in the article?');
  });

  it('answers each offered sentence, when clicked, with that very sentence', () => {
    const sentences = answerUnits(fresh).flatMap((u) => (u.kind === 'sentence' ? [u] : []));
    expect(sentences.length).toBeGreaterThan(10);
    for (const unit of sentences) {
      const answer = engine.ask(unit.title);
      expect(answer.status, unit.title).toBe('answered');
      // A quote or a dated event may hold the sentence too, quoted verbatim.
      const said = `${answer.answer} ${answer.quote?.text ?? ''}`;
      const opening = unit.sentence.text.replace(/["“”]/g, '').slice(0, 25);
      expect(said.replace(/["“”]/g, ''), unit.title).toContain(opening);
    }
  });

  it('answers an offered sentence with itself, not a quote whose attribution opens alike', async () => {
    // "Sharaa, one of the new Syrian authorities, expressed his desire…" and the
    // quote pair answering "Sharaa, one of the new Syrian authorities, told…".
    const bundled = createEngine(await bundledFresh());
    const title = bundled
      .offerableQuestions()
      .find((q) => q.startsWith('More on “Sharaa, one of the new Syrian'));
    expect(title).toBeDefined();
    const answer = bundled.ask(title ?? '');
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('maintain strong ties with Russia');
  });

  it('lists the offered sentences among the questions it can be asked', () => {
    expect(engine.offerableQuestions().some((q) => q.startsWith('More on “'))).toBe(true);
  });
});

describe('when asked where a speaker said something', () => {
  it('names the place the article gives', () => {
    expect(engine.ask('where did okafor say this').answer).toContain('at a press conference');
  });

  it('answers with the setting the article gives ("during a briefing"), not a place inside the quote', async () => {
    const bundled = createEngine(await bundledFresh());
    const answer = bundled.ask('where did zakharova say this');
    expect(answer.status).toBe('answered');
    expect(answer.quote?.text).toContain('during a briefing');
  });
});

describe('in a curated story', () => {
  it('offers curated questions only, never a bare sentence', async () => {
    const { engine: curated } = await bundledStory();
    expect(curated.offerableQuestions().some((q) => q.startsWith('More on'))).toBe(false);
    const answer = curated.ask('what is the weather like in the mediterranean');
    expect(answer.suggestions.some((s) => s.startsWith('More on'))).toBe(false);
  });
});

describe('when a sentence says every word of the question', () => {
  describe('when asked "how much was the upgrade"', () => {
    it('answers with the sentence below the usual threshold', () => {
      const answer = engine.ask('how much was the upgrade');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('$38 million upgrade');
      expect(answer.confidence).toBeLessThan(DECISION.answerThreshold);
    });
  });

  describe('when a word of the question is only stood in for', () => {
    it('still abstains below the threshold ("how much was the refit")', () => {
      expect(engine.ask('how much was the refit').status).toBe('unknown');
    });
  });
});

describe('when asked "what caused the contamination"', () => {
  it('reads "caused" as a why and quotes the sentence that gives the cause', () => {
    const answer = engine.ask('what caused the contamination');
    expect(answer.status).toBe('answered');
    expect(answer.quote?.text).toContain('failed valve');
  });
});

describe('when a reader only chats ("hey bot how\'s your day going")', () => {
  it('does not take "day" for a question about the article\'s dates', () => {
    expect(engine.ask("hey bot how's your day going").status).toBe('unknown');
    expect(engine.ask('what day is it').status).toBe('unknown');
  });
});
