import { describe, expect, it } from 'vitest';
import { decodeButton } from '../../src/discord/custom-ids.ts';
import { autocomplete, chatInput } from '../fixtures/discord/gateway.ts';
import { useHarness } from '../fixtures/discord/harness.ts';
import {
  blockQuoted,
  choiceProblems,
  messageProblems,
  unescapeMarkdown,
} from '../fixtures/discord/limits.ts';
import {
  buttonsOf,
  CALLBACK,
  callbackOf,
  EPHEMERAL,
  textOf,
} from '../fixtures/discord/payloads.ts';

const bot = useHarness({ cooldown: { questions: 1000, windowMs: 10_000 } });

async function ask(question: string) {
  const id = bot().interact(chatInput('ask', { question }));
  const request = await bot().discord.callback(id);
  return { request, callback: callbackOf(request), answer: bot().engine.ask(question) };
}

describe('when asked "where are the bases?" with /ask', () => {
  it('replies publicly with one embed, pinging nobody', async () => {
    const { request, callback, answer } = await ask('where are the bases?');
    expect(answer.status).toBe('answered');
    expect(request.path).toMatch(/^\/interactions\/\d+\/token-\d+\/callback$/);
    expect(request.authorization).toBeUndefined();
    expect(callback.type).toBe(CALLBACK.reply);
    expect((callback.data?.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
    expect(callback.data?.embeds).toHaveLength(1);
    expect(messageProblems(callback.data ?? {})).toEqual([]);
  });

  it('shows the answer, and the quote verbatim from the cited paragraph', async () => {
    const { callback, answer } = await ask('where are the bases?');
    const embed = callback.data?.embeds?.[0];
    const citation = answer.citation;
    expect(citation).not.toBeNull();
    expect(answer.quote).not.toBeNull();
    if (!citation || !answer.quote) return;
    const shown = unescapeMarkdown(blockQuoted(embed?.description ?? ''));
    expect(shown).toBe(answer.quote.text);
    expect(bot().engine.passage(citation.sourceId, citation.passage)?.text).toContain(shown);
    expect(unescapeMarkdown(embed?.description ?? '')).toContain(answer.answer);
  });

  it('attributes the quote and cites outlet, author and paragraph', async () => {
    const { callback, answer } = await ask('where are the bases?');
    const embed = callback.data?.embeds?.[0];
    expect(embed?.description).toContain(`— ${answer.quote?.speaker}`);
    expect(embed?.footer?.text).toContain(answer.citation?.outlet);
    expect(embed?.footer?.text).toContain(answer.citation?.author);
    expect(embed?.footer?.text).toContain(`¶${answer.citation?.passage}`);
    expect(embed?.footer?.text).toMatch(/match/);
  });

  it('offers "Show passage" for the cited paragraph', async () => {
    const { callback, answer } = await ask('where are the bases?');
    const show = buttonsOf(callback.data).find((b) => b.label?.startsWith('Show passage'));
    expect(show?.custom_id && decodeButton(show.custom_id)).toEqual({
      kind: 'passage',
      source: 0,
      passage: answer.citation?.passage,
    });
  });
});

describe('when asked who a spokeswoman is', () => {
  it('names her with her role, as the article gives it', async () => {
    const { callback, answer } = await ask('who is zakharova');
    expect(answer.status).toBe('answered');
    const text = unescapeMarkdown(textOf(callback.data));
    expect(text).toContain('spokeswoman');
    expect(text).toContain(answer.citation?.outlet);
  });
});

describe('when asked something the article does not say', () => {
  const question = 'how many troops does russia have in syria';

  it('tells only the asker, with what the story covers', async () => {
    const { callback, answer } = await ask(question);
    expect(answer.status).toBe('unknown');
    expect(callback.type).toBe(CALLBACK.reply);
    expect(callback.data?.flags).toBe(EPHEMERAL);
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
    const text = unescapeMarkdown(textOf(callback.data));
    expect(text).toMatch(/does not say/);
    expect(text).toContain(bot().engine.story().scope);
  });

  it('offers each suggestion as a button', async () => {
    const { callback, answer } = await ask(question);
    const labels = buttonsOf(callback.data).map((b) => b.label);
    expect(answer.suggestions.length).toBeGreaterThan(0);
    expect(labels).toEqual(
      answer.suggestions.map((s) => (s.length > 80 ? `${s.slice(0, 79).trimEnd()}…` : s)),
    );
    expect(messageProblems(callback.data ?? {})).toEqual([]);
  });
});

describe('when asked something the article leaves open (a known gap)', () => {
  const question = 'when exactly was the tartous lease terminated';

  it('tells only the asker that the article does not say, quoting what it does say', async () => {
    const { callback, answer } = await ask(question);
    expect(answer.status).toBe('unknown');
    expect(answer.quote).not.toBeNull();
    expect(callback.data?.flags).toBe(EPHEMERAL);
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
    const embed = callback.data?.embeds?.[0];
    expect(embed?.title).toMatch(/does not say/);
    const description = unescapeMarkdown(embed?.description ?? '');
    expect(description).toContain(answer.answer);
    expect(unescapeMarkdown(blockQuoted(embed?.description ?? ''))).toBe(answer.quote?.text);
    expect(embed?.footer?.text).toContain(`¶${answer.citation?.passage}`);
    expect(messageProblems(callback.data ?? {})).toEqual([]);
  });
});

describe('when a question pings @everyone', () => {
  it('answers without allowing any mention', async () => {
    const { callback } = await ask('@everyone @here <@&1100000000000000020> where are the bases?');
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
    expect(callback.data?.content).toBeUndefined();
  });
});

describe('when typing a question (autocomplete)', () => {
  it('suggests known questions matching what is typed, within Discord limits', async () => {
    const id = bot().interact(autocomplete('ask', { question: 'bases' }, 'question'));
    const callback = callbackOf(await bot().discord.callback(id));
    expect(callback.type).toBe(CALLBACK.autocomplete);
    const choices = callback.data?.choices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    expect(choiceProblems(choices)).toEqual([]);
    expect(choices.map((c) => c.value)).toEqual(bot().engine.complete('bases', 25));
  });

  it('offers the featured questions before anything is typed', async () => {
    const id = bot().interact(autocomplete('ask', { question: '' }, 'question'));
    const choices = callbackOf(await bot().discord.callback(id)).data?.choices ?? [];
    expect(choices.map((c) => c.name)).toEqual(bot().engine.complete('').slice(0, 25));
  });

  it('caps a runaway partial at 25 choices of at most 100 characters', async () => {
    const id = bot().interact(
      autocomplete('ask', { question: 'who what when where russia syria '.repeat(9) }, 'question'),
    );
    const choices = callbackOf(await bot().discord.callback(id)).data?.choices ?? [];
    expect(choiceProblems(choices)).toEqual([]);
  });
});
