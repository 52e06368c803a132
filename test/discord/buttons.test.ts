import { describe, expect, it } from 'vitest';
import { BUNDLED_KNOWLEDGE_DIR } from '../../src/config.ts';
import { encodeButton } from '../../src/discord/custom-ids.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { botReply, buttonClick, chatInput } from '../fixtures/discord/gateway.ts';
import { useHarness } from '../fixtures/discord/harness.ts';
import { OTHER_READER, READER } from '../fixtures/discord/ids.ts';
import { blockQuoted, messageProblems, unescapeMarkdown } from '../fixtures/discord/limits.ts';
import {
  buttonsOf,
  CALLBACK,
  callbackOf,
  EPHEMERAL,
  type InteractionCallback,
  textOf,
} from '../fixtures/discord/payloads.ts';

const bot = useHarness({ cooldown: { questions: 1000, windowMs: 10_000 } });

async function run(raw: { id: string }): Promise<InteractionCallback> {
  const id = bot().interact(raw);
  return callbackOf(await bot().discord.callback(id));
}

/** Runs a command, then returns the reply as the message its buttons sit on. */
async function replyTo(command: ReturnType<typeof chatInput>) {
  const callback = await run(command);
  const ephemeral = ((callback.data?.flags ?? 0) & EPHEMERAL) !== 0;
  return { callback, onMessage: botReply(callback.data?.components ?? [], READER, ephemeral) };
}

function button(callback: InteractionCallback, label: RegExp) {
  const found = buttonsOf(callback.data).find((b) => label.test(b.label ?? ''));
  if (!found?.custom_id)
    throw new Error(`no button ${label} in ${JSON.stringify(callback.data?.components)}`);
  return found.custom_id;
}

/** A question from the story's own phrasings whose answer offers "did you mean". */
async function questionWithAlternatives(): Promise<string> {
  const kb = await loadKnowledge(BUNDLED_KNOWLEDGE_DIR);
  const found = kb.sources
    .flatMap((s) => s.pairs.flatMap((p) => p.questions))
    .find((q) => bot().engine.ask(q).alternatives.length > 0);
  if (!found) throw new Error('no curated phrasing gets alternatives: cannot test "did you mean"');
  return found;
}

describe('when a reader clicks "Show passage"', () => {
  it('shows the whole cited paragraph, verbatim, only to them', async () => {
    const { callback, onMessage } = await replyTo(
      chatInput('ask', { question: 'where are the bases?' }),
    );
    const citation = bot().engine.ask('where are the bases?').citation;
    const shown = await run(buttonClick(button(callback, /^Show passage/), onMessage));
    expect(shown.type).toBe(CALLBACK.reply);
    expect(shown.data?.flags).toBe(EPHEMERAL);
    expect(shown.data?.allowed_mentions).toEqual({ parse: [] });
    const paragraph = citation && bot().engine.passage(citation.sourceId, citation.passage);
    expect(unescapeMarkdown(blockQuoted(shown.data?.embeds?.[0]?.description ?? ''))).toBe(
      paragraph?.text,
    );
  });
});

describe('when a reader clicks a "did you mean" question', () => {
  it('answers that question', async () => {
    const question = await questionWithAlternatives();
    const alternative = bot().engine.ask(question).alternatives[0]?.question ?? '';
    const { callback, onMessage } = await replyTo(chatInput('ask', { question }));
    const label = alternative.length > 80 ? alternative.slice(0, 60) : alternative;
    const clicked = await run(
      buttonClick(button(callback, new RegExp(`^${escapeRegExp(label)}`)), onMessage),
    );
    const expected = bot().engine.ask(alternative);
    expect(clicked.type).toBe(CALLBACK.reply);
    expect(unescapeMarkdown(clicked.data?.embeds?.[0]?.title ?? '')).toBe(expected.question);
    expect(unescapeMarkdown(clicked.data?.embeds?.[0]?.description ?? '')).toContain(
      expected.answer,
    );
    expect(clicked.data?.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('when a reader clicks a suggestion after "the article does not say"', () => {
  it('answers the suggestion, still privately', async () => {
    const question = 'how many troops does russia have in syria';
    const suggestion = bot().engine.ask(question).suggestions[0] ?? '';
    const { callback, onMessage } = await replyTo(chatInput('ask', { question }));
    expect(callback.data?.flags).toBe(EPHEMERAL);
    const first = buttonsOf(callback.data)[0]?.custom_id ?? '';
    const clicked = await run(buttonClick(first, onMessage));
    expect(clicked.data?.flags).toBe(EPHEMERAL);
    expect(unescapeMarkdown(clicked.data?.embeds?.[0]?.title ?? '')).toBe(
      bot().engine.ask(suggestion).question,
    );
  });
});

describe('when the timeline is paged', () => {
  it('turns the page in place for whoever ran /timeline', async () => {
    const { callback, onMessage } = await replyTo(chatInput('timeline'));
    const page2 = await run(buttonClick(button(callback, /^Later/), onMessage, READER));
    expect(page2.type).toBe(CALLBACK.update);
    expect(page2.data?.embeds?.[0]?.footer?.text).toMatch(/^Page 2 of 2/);
    expect(page2.data?.allowed_mentions).toEqual({ parse: [] });
    const [earlier, later] = buttonsOf(page2.data);
    expect(earlier?.disabled).toBeUndefined();
    expect(later?.disabled).toBe(true);
    const lastEvent = bot().engine.timeline().at(-1);
    expect(unescapeMarkdown(page2.data?.embeds?.[0]?.description ?? '')).toContain(
      lastEvent?.summary,
    );
    expect(messageProblems(page2.data ?? {})).toEqual([]);
  });

  it("shows someone else the page privately instead of flipping the asker's message", async () => {
    const { callback, onMessage } = await replyTo(chatInput('timeline'));
    const page2 = await run(buttonClick(button(callback, /^Later/), onMessage, OTHER_READER));
    expect(page2.type).toBe(CALLBACK.reply);
    expect(page2.data?.flags).toBe(EPHEMERAL);
    expect(page2.data?.embeds?.[0]?.footer?.text).toMatch(/^Page 2 of 2/);
  });
});

describe('when a button is stale, forged or unknown', () => {
  const onMessage = botReply([], READER);
  const cases: [string, string][] = [
    ['a question key the bot never made', encodeButton({ kind: 'ask', key: 'AAAAAAAAAA' })],
    ['a passage that does not exist', encodeButton({ kind: 'passage', source: 0, passage: 999 })],
    ['a source that does not exist', encodeButton({ kind: 'passage', source: 42, passage: 1 })],
    ['a timeline page past the end', encodeButton({ kind: 'timeline', page: 99 })],
    ['text instead of a key', 'ask:../../etc/passwd'],
    ['a question smuggled in the id', 'ask:where are the bases?'],
    ['anything else, at the 100-character limit', 'x'.repeat(100)],
  ];
  for (const [what, customId] of cases) {
    it(`answers ${what} with a polite private notice`, async () => {
      const callback = await run(buttonClick(customId, onMessage));
      expect(callback.type).toBe(CALLBACK.reply);
      expect(callback.data?.flags).toBe(EPHEMERAL);
      expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
      expect(textOf(callback.data)).toMatch(/no longer|Ask again/);
      expect(textOf(callback.data)).not.toMatch(/Error|stack|undefined/);
    });
  }
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
