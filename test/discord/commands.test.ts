import { describe, expect, it } from 'vitest';
import { decodeButton } from '../../src/discord/custom-ids.ts';
import {
  autocomplete,
  chatInput,
  inDm,
  message,
  messageContextMenu,
} from '../fixtures/discord/gateway.ts';
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

const bot = useHarness();

async function run(raw: { id: string }) {
  const id = bot().interact(raw);
  return callbackOf(await bot().discord.callback(id));
}

describe('when a reader runs /timeline', () => {
  it('lists the first events in order, with dates as worded and ¶', async () => {
    const callback = await run(chatInput('timeline'));
    const events = bot().engine.timeline();
    const description = unescapeMarkdown(callback.data?.embeds?.[0]?.description ?? '');
    expect(callback.type).toBe(CALLBACK.reply);
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
    const shown = events.filter((e) => description.includes(e.summary));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual(events.slice(0, shown.length));
    const positions = shown.map((e) => description.indexOf(e.summary));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const event of shown) {
      expect(description).toContain(event.when);
      expect(description).toContain(`¶${event.citation.passage}`);
    }
  });

  it('marks years deduced from context as "(inferred year)"', async () => {
    const callback = await run(chatInput('timeline'));
    const lines = (callback.data?.embeds?.[0]?.description ?? '').split('\n\n');
    const inferred = bot()
      .engine.timeline()
      .filter((e) => e.date.inferred);
    expect(inferred.length).toBeGreaterThan(0);
    for (const line of lines) {
      const event = bot()
        .engine.timeline()
        .find((e) => unescapeMarkdown(line).includes(e.summary));
      expect(line.includes('inferred year')).toBe(Boolean(event?.date.inferred));
    }
  });

  it('pages the bundled events with Earlier and Later buttons', async () => {
    const callback = await run(chatInput('timeline'));
    const buttons = buttonsOf(callback.data);
    expect(buttons.map((b) => b.label)).toEqual(['◀ Earlier', 'Later ▶']);
    expect(buttons[0]?.disabled).toBe(true);
    expect(buttons[1]?.custom_id && decodeButton(buttons[1].custom_id)).toEqual({
      kind: 'timeline',
      page: 1,
    });
    expect(callback.data?.embeds?.[0]?.footer?.text).toMatch(/^Page 1 of 2/);
  });
});

describe('when a reader runs /quote', () => {
  it('with no options, shows every quote verbatim with speaker, role, when said and ¶', async () => {
    const callback = await run(chatInput('quote'));
    const quotes = bot().engine.quotes();
    const fields = callback.data?.embeds?.[0]?.fields ?? [];
    expect(fields).toHaveLength(quotes.length);
    for (const [i, quote] of quotes.entries()) {
      const field = fields[i];
      expect(field?.name).toContain(quote.quote.speaker);
      if (quote.quote.role) expect(field?.name).toContain(quote.quote.role);
      expect(unescapeMarkdown(blockQuoted(field?.value ?? ''))).toBe(quote.quote.text);
      if (quote.quote.said) expect(field?.value).toContain(quote.quote.said);
      expect(field?.value).toContain(`¶${quote.citation.passage}`);
    }
    expect(messageProblems(callback.data ?? {})).toEqual([]);
  });

  it('by a speaker, shows only that speaker', async () => {
    const speaker = bot().engine.speakers()[0] ?? '';
    const callback = await run(chatInput('quote', { speaker }));
    const fields = callback.data?.embeds?.[0]?.fields ?? [];
    expect(fields.length).toBe(bot().engine.quotes({ speaker }).length);
    expect(fields.every((f) => f.name.startsWith(speaker))).toBe(true);
  });

  it('about a topic, shows the matching quotes', async () => {
    const callback = await run(chatInput('quote', { about: 'arms' }));
    const expected = bot().engine.quotes({ about: 'arms' });
    expect(expected.length).toBeGreaterThan(0);
    expect(callback.data?.embeds?.[0]?.fields?.length).toBe(expected.length);
  });

  it('matching nothing, says so privately and names who is quoted', async () => {
    const callback = await run(chatInput('quote', { speaker: 'Napoleon Bonaparte' }));
    expect(callback.data?.flags).toBe(EPHEMERAL);
    for (const speaker of bot().engine.speakers()) expect(textOf(callback.data)).toContain(speaker);
  });

  it('autocompletes speakers from what is typed', async () => {
    const speaker = bot().engine.speakers()[0] ?? '';
    const partial = speaker.slice(0, 4).toLowerCase();
    const callback = await run(autocomplete('quote', { speaker: partial }, 'speaker'));
    const names = callback.data?.choices?.map((c) => c.name) ?? [];
    expect(callback.type).toBe(CALLBACK.autocomplete);
    expect(names).toContain(speaker);
    expect(names.every((n) => n.toLowerCase().includes(partial))).toBe(true);
    expect(choiceProblems(callback.data?.choices ?? [])).toEqual([]);
  });
});

describe('when a reader runs /who', () => {
  it('shows the card: how the article describes them and where they appear', async () => {
    const card = bot().engine.who('zakharova');
    expect(card).not.toBeNull();
    const callback = await run(chatInput('who', { name: 'zakharova' }));
    const embed = callback.data?.embeds?.[0];
    expect(callback.type).toBe(CALLBACK.reply);
    expect((callback.data?.flags ?? 0) & EPHEMERAL).toBe(0);
    expect(embed?.title).toContain(card?.name);
    for (const d of card?.descriptions ?? [])
      expect(unescapeMarkdown(embed?.description ?? '')).toContain(d.text);
    const mentioned = (embed?.fields ?? []).map((f) => f.name);
    expect(mentioned).toEqual(
      card?.mentions.map((m) => expect.stringContaining(`¶${m.citation.passage}`)),
    );
  });

  it('answers an unknown name privately with the names it knows', async () => {
    const callback = await run(chatInput('who', { name: 'Napoleon Bonaparte' }));
    expect(callback.data?.flags).toBe(EPHEMERAL);
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
    const text = textOf(callback.data);
    expect(text).toMatch(/not in this story/);
    for (const name of bot().engine.whoNames('')) expect(text).toContain(name);
  });

  it('autocompletes names', async () => {
    const callback = await run(autocomplete('who', { name: 'bogd' }, 'name'));
    const names = callback.data?.choices?.map((c) => c.name) ?? [];
    expect(names).toEqual(bot().engine.whoNames('bogd').slice(0, 25));
    expect(names.length).toBeGreaterThan(0);
  });
});

describe('when a reader runs /source', () => {
  it('names the article, outlet, via, author and date as known, and what the bot covers', async () => {
    const callback = await run(chatInput('source'));
    const story = bot().engine.story();
    const text = unescapeMarkdown(textOf(callback.data));
    expect(text).toContain(story.scope);
    for (const source of story.sources) {
      expect(text).toContain(source.title);
      expect(text).toContain(source.outlet);
      if (source.via) expect(text).toContain(source.via);
      if (source.author) expect(text).toContain(source.author);
      expect(text).toContain(source.date ?? 'not given');
    }
  });
});

describe('when a reader runs /help', () => {
  it('explains the commands privately with an example from the story', async () => {
    const callback = await run(chatInput('help'));
    const text = textOf(callback.data);
    expect(callback.data?.flags).toBe(EPHEMERAL);
    for (const command of ['/ask', '/timeline', '/quote', '/who', '/source'])
      expect(text).toContain(command);
    expect(text).toContain(bot().engine.story().examples[0]);
    expect(text).toContain('@StoryDesk');
  });
});

describe('when a reader right-clicks a message → Ask StoryDesk', () => {
  it("answers the message's text like /ask", async () => {
    const target = message('where are the bases?');
    const callback = await run(messageContextMenu('Ask StoryDesk', target));
    const answer = bot().engine.ask('where are the bases?');
    expect(callback.type).toBe(CALLBACK.reply);
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
    expect(unescapeMarkdown(blockQuoted(callback.data?.embeds?.[0]?.description ?? ''))).toBe(
      answer.quote?.text,
    );
  });

  it('explains privately when the message has no text', async () => {
    const callback = await run(messageContextMenu('Ask StoryDesk', message('')));
    expect(callback.data?.flags).toBe(EPHEMERAL);
    expect(textOf(callback.data)).toMatch(/no text/);
  });
});

describe('when Discord sends a command StoryDesk no longer has', () => {
  it('answers politely instead of staying silent', async () => {
    const callback = await run(chatInput('retired-command'));
    expect(callback.data?.flags).toBe(EPHEMERAL);
  });

  it('says the command is unknown, not that a button is stale', async () => {
    const text = textOf((await run(chatInput('retired-command'))).data);
    expect(text).toMatch(/do not know that command/);
    expect(text).not.toMatch(/button/);
  });

  it('says the same of an unknown context-menu command', async () => {
    const callback = await run(messageContextMenu('Retired Menu', message('where are the bases?')));
    expect(callback.data?.flags).toBe(EPHEMERAL);
    expect(textOf(callback.data)).toMatch(/do not know that command/);
  });
});

describe('when a reader who installed StoryDesk to their account asks in a DM', () => {
  it('answers /ask there, with no server', async () => {
    const callback = await run(inDm(chatInput('ask', { question: 'where are the bases?' })));
    const answer = bot().engine.ask('where are the bases?');
    expect(callback.type).toBe(CALLBACK.reply);
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
    expect(unescapeMarkdown(blockQuoted(callback.data?.embeds?.[0]?.description ?? ''))).toBe(
      answer.quote?.text,
    );
  });

  it('logs the interaction with no guild', async () => {
    await run(inDm(chatInput('ask', { question: 'who is zakharova' })));
    const answered = bot().logs.filter((l) => l.message === 'answered');
    expect(answered.at(-1)).toMatchObject({ command: 'ask', guild: null });
  });

  it('does not offer @mentions in /help, which work only in servers', async () => {
    const text = textOf((await run(inDm(chatInput('help')))).data);
    expect(text).toContain('Ask StoryDesk');
    expect(text).not.toContain('@StoryDesk');
  });
});
