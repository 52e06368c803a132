import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE_DIR } from '../../src/config.ts';
import { answerLinks } from '../../src/discord/asking.ts';
import { type BotContext, createBotContext } from '../../src/discord/context.ts';
import { decodeButton } from '../../src/discord/custom-ids.ts';
import { askView } from '../../src/discord/render/answer.ts';
import { helpView } from '../../src/discord/render/help.ts';
import { noticeView } from '../../src/discord/render/notice.ts';
import { passageView } from '../../src/discord/render/passage.ts';
import { quotesView } from '../../src/discord/render/quotes.ts';
import { sourceView } from '../../src/discord/render/source.ts';
import { timelinePages, timelineView } from '../../src/discord/render/timeline.ts';
import type { MessageView } from '../../src/discord/render/view.ts';
import { whoView } from '../../src/discord/render/who.ts';
import { type Answer, AnswerSchema } from '../../src/engine/answer.ts';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { KnowledgeBase } from '../../src/knowledge/schema.ts';
import { createLogger } from '../../src/logger.ts';
import { Metrics } from '../../src/metrics.ts';
import { bundledEngine } from '../fixtures/discord/harness.ts';
import { blockQuoted, messageProblems, unescapeMarkdown } from '../fixtures/discord/limits.ts';
import {
  HOSTILE_QUESTIONS,
  hugeAnswer,
  hugeQuotes,
  hugeStory,
  hugeTimeline,
  hugeWhoCard,
} from '../fixtures/discord/oversized.ts';

interface EvalSet {
  answerable: { q: string }[];
  offTopic: string[];
  unanswerable: string[];
}

let engine: StoryEngine;
let kb: KnowledgeBase;
let ctx: BotContext;
let questions: string[];

beforeAll(async () => {
  engine = await bundledEngine();
  kb = await loadKnowledge(BUNDLED_KNOWLEDGE_DIR);
  ctx = createBotContext({
    engine,
    cooldown: { questions: 5, windowMs: 10_000 },
    logger: createLogger('silent'),
    metrics: new Metrics(),
    mentions: true,
  });
  const evalSet = JSON.parse(
    readFileSync(new URL('../eval/questions.json', import.meta.url), 'utf8'),
  ) as EvalSet;
  const entities = kb.sources.flatMap((s) => s.entities);
  questions = [
    ...new Set([
      ...engine.complete(''),
      ...kb.sources.flatMap((s) => s.pairs.flatMap((p) => p.questions)),
      ...entities.flatMap((e) => [e.name, ...e.aliases, `who is ${e.name}`]),
      ...evalSet.answerable.map((a) => a.q),
      ...evalSet.offTopic,
      ...evalSet.unanswerable,
      ...HOSTILE_QUESTIONS,
    ]),
  ];
});

function expectFits(view: MessageView, what: string) {
  expect(messageProblems(view), what).toEqual([]);
}

function render(answer: Answer): MessageView {
  return askView(answer, { scope: engine.story().scope }, answerLinks(ctx));
}

describe('when every question the story can meet is rendered', () => {
  it('covers hundreds of questions, answered and not', () => {
    const statuses = new Set(questions.map((q) => engine.ask(q).status));
    expect(questions.length).toBeGreaterThan(300);
    expect(statuses).toEqual(new Set(['answered', 'unknown']));
  });

  it('keeps every reply within Discord limits', () => {
    for (const question of questions) expectFits(render(engine.ask(question)), question);
  });

  it('shows each quote verbatim from the cited paragraph, as a block quote', () => {
    let quoted = 0;
    for (const question of questions) {
      const answer = engine.ask(question);
      if (answer.status !== 'answered' || !answer.quote || !answer.citation) continue;
      const description = render(answer).embeds[0]?.description ?? '';
      const shown = unescapeMarkdown(blockQuoted(description));
      const paragraph = engine.passage(answer.citation.sourceId, answer.citation.passage);
      expect(shown, question).toBe(answer.quote.text);
      expect(paragraph?.text, question).toContain(answer.quote.text);
      quoted += 1;
    }
    expect(quoted).toBeGreaterThan(100);
  });

  it('attributes each quote and cites outlet, author and paragraph in the footer', () => {
    for (const question of questions) {
      const answer = engine.ask(question);
      if (answer.status !== 'answered' || !answer.quote || !answer.citation) continue;
      const embed = render(answer).embeds[0];
      expect(embed?.description, question).toContain(`— ${answer.quote.speaker}`);
      expect(embed?.footer?.text, question).toContain(answer.citation.outlet);
      expect(embed?.footer?.text, question).toContain(`¶${answer.citation.passage}`);
      if (answer.citation.author) expect(embed?.footer?.text).toContain(answer.citation.author);
    }
  });

  it('offers buttons that lead back to the questions and passages they name', () => {
    for (const question of questions) {
      const answer = engine.ask(question);
      const buttons = render(answer).components.flatMap((row) => row.components);
      const offered =
        answer.status === 'answered'
          ? answer.alternatives.map((a) => a.question)
          : answer.suggestions;
      const asked = buttons.flatMap((b) => {
        const action = decodeButton(b.custom_id);
        return action?.kind === 'ask' ? [ctx.questions.question(action.key)] : [];
      });
      expect(asked, question).toEqual(offered);
      const passage = buttons
        .map((b) => decodeButton(b.custom_id))
        .find((a) => a?.kind === 'passage');
      if (answer.status === 'answered' && answer.citation) {
        expect(passage, question).toEqual({
          kind: 'passage',
          source: 0,
          passage: answer.citation.passage,
        });
      }
    }
  });

  it('shows "the article does not say" only to the asker', () => {
    for (const question of questions) {
      const answer = engine.ask(question);
      const view = render(answer);
      expect(view.ephemeral, question).toBe(answer.status === 'unknown');
      if (answer.status === 'unknown') expect(view.embeds[0]?.title).toMatch(/does not say/);
    }
  });
});

describe('when the story is shown in every other way', () => {
  it('fits every who card', () => {
    const names = engine.whoNames('');
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      const card = engine.who(name);
      expect(card, name).not.toBeNull();
      if (card) expectFits(whoView(card), name);
    }
  });

  it('fits every quote list: all, by each speaker, and by topic', () => {
    expectFits(quotesView(engine.quotes(), {}), 'all quotes');
    for (const speaker of engine.speakers()) {
      expectFits(quotesView(engine.quotes({ speaker }), { speaker }), speaker);
    }
    for (const about of ['bases', 'arms', 'ties', 'talks']) {
      expectFits(quotesView(engine.quotes({ about }), { about }), about);
    }
  });

  it('fits every timeline page and shows each event once, in order', () => {
    const entries = engine.timeline();
    const pages = timelinePages(entries);
    expect(pages.flat()).toEqual(entries);
    for (const page of pages.keys()) {
      expectFits(
        timelineView(entries, page, {
          storyTitle: engine.story().title,
          pageButton: (p) => `tl:${p}`,
        }),
        `page ${page}`,
      );
    }
  });

  it('fits every passage, the source card, help and notices', () => {
    for (const source of engine.story().sources) {
      for (let n = 1; n <= source.passages; n += 1) {
        const passage = engine.passage(source.id, n);
        expect(passage).not.toBeNull();
        if (passage) expectFits(passageView(passage), `¶${n}`);
      }
    }
    expectFits(sourceView(engine.story()), 'source');
    expectFits(
      helpView(engine.story(), {
        botName: 'StoryDesk',
        mentions: true,
        contextMenu: 'Ask StoryDesk',
        speaker: 'X',
        name: 'Y',
        questionLogDays: 90,
      }),
      'help',
    );
    expectFits(noticeView('x'.repeat(10_000), 't'.repeat(1000)), 'notice');
  });
});

describe('when the content is far larger than Discord allows', () => {
  it('still fits an answer with huge text, quote and alternatives', () => {
    const answer = AnswerSchema.parse(hugeAnswer('answered'));
    const view = render(answer);
    expectFits(view, 'huge answer');
    expect(view.embeds[0]?.description).toContain('> ');
    expect(view.embeds[0]?.footer?.text).toContain('¶');
  });

  it('still fits an unknown answer with huge suggestions', () => {
    expectFits(render(AnswerSchema.parse(hugeAnswer('unknown'))), 'huge unknown');
  });

  it('pages a huge timeline without losing or repeating an event', () => {
    const entries = hugeTimeline(60);
    const pageSize = 20;
    const pages = timelinePages(entries, pageSize);
    expect(pages.flat()).toEqual(entries);
    expect(pages.every((page) => page.length < pageSize)).toBe(true);
    for (const page of pages.keys()) {
      const options = {
        storyTitle: 'x'.repeat(500),
        pageButton: (p: number) => `tl:${p}`,
        pageSize,
      };
      expectFits(timelineView(entries, page, options), `page ${page}`);
    }
  });

  it('fits huge quotes, who cards, sources and passages', () => {
    const quotes = hugeQuotes(40);
    const view = quotesView(quotes, { speaker: 's'.repeat(200), about: 'a'.repeat(200) });
    expectFits(view, 'quotes');
    expect(view.embeds[0]?.footer?.text).toMatch(/^Showing \d+ of 40/);
    expectFits(whoView(hugeWhoCard(60)), 'who');
    expectFits(sourceView(hugeStory(40)), 'story');
    const quote = quotes[0];
    if (quote)
      expectFits(passageView({ citation: quote.citation, text: 'p'.repeat(20_000) }), 'passage');
  });
});
