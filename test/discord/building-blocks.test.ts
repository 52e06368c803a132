import type { APIMessage } from 'discord.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { toChoices } from '../../src/discord/commands/autocomplete.ts';
import { Cooldown } from '../../src/discord/cooldown.ts';
import { type ButtonAction, decodeButton, encodeButton } from '../../src/discord/custom-ids.ts';
import { mentionsUser, questionFromMessage } from '../../src/discord/mention.ts';
import { messageMeta } from '../../src/discord/message-meta.ts';
import { QuestionCatalog, questionKey } from '../../src/discord/question-catalog.ts';
import { plain, truncate } from '../../src/discord/render/text.ts';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { botReply } from '../fixtures/discord/gateway.ts';
import { bundledEngine } from '../fixtures/discord/harness.ts';
import { READER } from '../fixtures/discord/ids.ts';
import { choiceProblems } from '../fixtures/discord/limits.ts';

let engine: StoryEngine;
beforeAll(async () => {
  engine = await bundledEngine();
});

describe('when buttons are encoded', () => {
  const actions: ButtonAction[] = [
    { kind: 'ask', key: questionKey('Where are the bases?') },
    { kind: 'passage', source: 12, passage: 9999 },
    { kind: 'timeline', page: 314 },
  ];
  for (const action of actions) {
    it(`round-trips a ${action.kind} button within 100 characters`, () => {
      const id = encodeButton(action);
      expect(id.length).toBeLessThanOrEqual(100);
      expect(decodeButton(id)).toEqual(action);
    });
  }

  it('rejects anything it did not make', () => {
    for (const id of [
      '',
      'ask:',
      'ask:short',
      'psg:1',
      'psg:-1:2',
      'tl:1.5',
      'tl:99999',
      'ask:abc/def..x',
      ' tl:1',
      'TL:1',
    ]) {
      expect(decodeButton(id), id).toBeNull();
    }
  });
});

describe('when the question catalog is built from the engine', () => {
  it('knows every featured question and every question the engine offers for them', () => {
    const catalog = QuestionCatalog.fromEngine(engine);
    for (const question of engine.complete('')) {
      expect(catalog.has(question), question).toBe(true);
      for (const offered of engine.complete(question, 100))
        expect(catalog.has(offered), offered).toBe(true);
    }
  });

  it('gives the same key after a restart, so old buttons keep working', () => {
    const before = QuestionCatalog.fromEngine(engine);
    const after = QuestionCatalog.fromEngine(engine);
    const question = engine.complete('')[0] ?? '';
    expect(after.remember(question)).toBe(before.remember(question));
    expect(after.question(questionKey(question))).toBe(question);
  });

  it('returns nothing for a key it never issued', () => {
    expect(QuestionCatalog.fromEngine(engine).question('AAAAAAAAAA')).toBeUndefined();
  });
});

describe('when readers ask against the cooldown', () => {
  it('allows the configured number per window, then says how long to wait', () => {
    let now = 0;
    const cooldown = new Cooldown({ questions: 2, windowMs: 1000 }, () => now);
    expect(cooldown.take('a')).toBe(0);
    now = 300;
    expect(cooldown.take('a')).toBe(0);
    now = 500;
    expect(cooldown.take('a')).toBe(500);
    now = 1000;
    expect(cooldown.take('a')).toBe(0);
  });

  it('does not count refused questions', () => {
    let now = 0;
    const cooldown = new Cooldown({ questions: 1, windowMs: 1000 }, () => now);
    cooldown.take('a');
    for (now = 100; now < 1000; now += 100) expect(cooldown.take('a')).toBeGreaterThan(0);
    now = 1000;
    expect(cooldown.take('a')).toBe(0);
  });
});

describe('when a message mentions the bot', () => {
  const bot = '1100000000000000001';

  it('recognizes both mention forms and nothing else', () => {
    expect(mentionsUser(`<@${bot}> hi`, bot)).toBe(true);
    expect(mentionsUser(`hi <@!${bot}>`, bot)).toBe(true);
    expect(mentionsUser('<@1100000000000000002> hi', bot)).toBe(false);
    expect(mentionsUser(`<@&${bot}> hi`, bot)).toBe(false);
    expect(mentionsUser('@everyone hi', bot)).toBe(false);
  });

  it('keeps the question and drops mentions and the addressing comma', () => {
    expect(questionFromMessage(`<@${bot}>, where are the bases?`)).toBe('where are the bases?');
    expect(
      questionFromMessage(`<@!${bot}>: who is <@1100000000000000005> in <#1100000000000000003>`),
    ).toBe('who is in');
    expect(questionFromMessage(`<@${bot}>`)).toBe('');
  });
});

describe('when a button sits on a cached or an uncached message', () => {
  it('reads ephemerality and the invoker from the raw API message', () => {
    const raw = botReply([], READER, true) as unknown as APIMessage;
    expect(messageMeta(raw)).toEqual({
      ephemeral: true,
      invokerId: READER.id,
      askedQuestion: null,
    });
  });

  it('reads back the question an unknown answer shows under "You asked", unescaped', () => {
    const raw = {
      ...botReply([], READER, true),
      embeds: [
        {
          title: 'The article does not say',
          fields: [{ name: 'You asked', value: 'is \\*this\\* known' }],
        },
      ],
    } as unknown as APIMessage;
    expect(messageMeta(raw).askedQuestion).toBe('is *this* known');
  });

  it('reads back the title of an answer that offers "Did you mean…", and nothing from other messages', () => {
    const answer = {
      ...botReply([], READER),
      embeds: [{ title: 'who runs the port', fields: [{ name: 'Did you mean…', value: '• x' }] }],
    } as unknown as APIMessage;
    const timeline = {
      ...botReply([], READER),
      embeds: [{ title: 'Timeline' }],
    } as unknown as APIMessage;
    expect(messageMeta(answer).askedQuestion).toBe('who runs the port');
    expect(messageMeta(timeline).askedQuestion).toBeNull();
  });
});

describe('when autocomplete choices are built', () => {
  it('caps count and length and drops duplicates', () => {
    const values = [
      ...Array.from({ length: 40 }, (_, i) => `q${i} ${'x'.repeat(200)}`),
      'same',
      'same',
      '  ',
    ];
    const choices = toChoices(values);
    expect(choiceProblems(choices)).toEqual([]);
    expect(choices).toHaveLength(25);
    expect(toChoices(['same', 'same', '  '])).toEqual([{ name: 'same', value: 'same' }]);
  });
});

describe('when text is truncated and escaped', () => {
  it('marks the cut and never splits an emoji', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 3)).toBe('abc');
    const cut = truncate('ab😀😀', 4);
    expect(cut.length).toBeLessThanOrEqual(4);
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('escapes Markdown quickly even on a long run of letters', () => {
    const started = performance.now();
    plain('x'.repeat(100_000));
    expect(performance.now() - started).toBeLessThan(500);
    expect(plain('**a** _b_ `c` ||d|| ~~e~~ [f](g)')).toBe(
      '\\*\\*a\\*\\* \\_b\\_ \\`c\\` \\|\\|d\\|\\| \\~\\~e\\~\\~ \\[f](g)',
    );
    expect(plain('# h\n- l\n1. n\n> q')).toBe('\\# h\n\\- l\n1\\. n\n\\> q');
  });
});
