/**
 * The Discord side of the question log: what a real bot (fed gateway
 * payloads) hands the recorder, and the 👍/👎 buttons on public answers.
 * The recorder here keeps entries in memory; the database side has its own
 * specs in test/question-log.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { AnswerFeedback, QuestionEvent, QuestionPick } from '../../src/question-log/events.ts';
import type { QuestionRecorder } from '../../src/question-log/recorder.ts';
import { botReply, buttonClick, chatInput } from '../fixtures/discord/gateway.ts';
import { useHarness } from '../fixtures/discord/harness.ts';
import { GUILD_ID, READER } from '../fixtures/discord/ids.ts';
import {
  buttonsOf,
  CALLBACK,
  callbackOf,
  EPHEMERAL,
  type InteractionCallback,
} from '../fixtures/discord/payloads.ts';

/** A recorder that keeps what it is given, as the real one queues it. */
function memoryRecorder() {
  const events: QuestionEvent[] = [];
  const picks: QuestionPick[] = [];
  const feedback: AnswerFeedback[] = [];
  const recorder: QuestionRecorder = {
    enabled: true,
    retentionDays: 30,
    record: (event) => events.push(event),
    recordPick: (pick) => picks.push(pick),
    recordFeedback: (judged) => feedback.push(judged),
    droppedCount: () => 0,
    writtenCount: () => events.length + picks.length + feedback.length,
    pendingCount: () => 0,
    flush: async () => {},
    close: async () => {},
  };
  return { recorder, events, picks, feedback };
}

const log = memoryRecorder();
const bot = useHarness({ cooldown: { questions: 1000, windowMs: 10_000 }, recorder: log.recorder });

beforeEach(() => {
  log.events.length = 0;
  log.picks.length = 0;
  log.feedback.length = 0;
});

async function run(raw: { id: string }): Promise<InteractionCallback> {
  return callbackOf(await bot().discord.callback(bot().interact(raw)));
}

/** The reply as the message its buttons sit on, embeds included. */
function asMessage(callback: InteractionCallback) {
  const ephemeral = ((callback.data?.flags ?? 0) & EPHEMERAL) !== 0;
  return {
    ...botReply(callback.data?.components ?? [], READER, ephemeral),
    embeds: callback.data?.embeds ?? [],
  };
}

function buttonId(callback: InteractionCallback, label: RegExp): string | undefined {
  return buttonsOf(callback.data).find((b) => label.test(b.label ?? ''))?.custom_id;
}

describe('when a reader asks with /ask', () => {
  it('records the question, the server, the outcome and the unit, but nobody’s id', async () => {
    await run(chatInput('ask', { question: 'where are the bases?' }));
    expect(log.events).toHaveLength(1);
    const [event] = log.events;
    expect(event).toMatchObject({
      question: 'where are the bases?',
      guildId: GUILD_ID,
      source: 'slash',
      outcome: 'answered',
    });
    expect(event?.unit?.kind).toBeDefined();
    expect(JSON.stringify(log.events)).not.toContain(READER.id);
  });
});

describe('when a public answer is shown', () => {
  it('offers 👍 and 👎, and a click records the judgement on that answer, privately', async () => {
    const answer = await run(chatInput('ask', { question: 'where are the bases?' }));
    const unit = bot().engine.ask('where are the bases?').match;
    const down = buttonId(answer, /Not helpful/);
    expect(buttonId(answer, /Helpful/)).toBeDefined();
    expect(down).toBeDefined();
    const thanks = await run(buttonClick(down ?? '', asMessage(answer)));
    expect(thanks.type).toBe(CALLBACK.reply);
    expect(thanks.data?.flags).toBe(EPHEMERAL);
    expect(thanks.data?.allowed_mentions).toEqual({ parse: [] });
    expect(log.feedback).toEqual([{ unit, helpful: false, guildId: GUILD_ID }]);
  });
});

describe('when a reader clicks a suggestion after the article did not say', () => {
  it('records the click as a pick of that pair for the question they had asked', async () => {
    const asked = 'how many troops are there';
    const unknown = await run(chatInput('ask', { question: asked }));
    const suggestion = buttonsOf(unknown.data).find((b) => b.custom_id?.startsWith('ask:'));
    if (!suggestion?.custom_id || !suggestion.label) {
      throw new Error(`"${asked}" got no suggestion buttons: pick another question`);
    }
    await run(buttonClick(suggestion.custom_id, asMessage(unknown)));
    const picked = bot().engine.ask(suggestion.label).match;
    expect(picked?.kind).toBe('qa');
    expect(log.picks).toEqual([
      { question: asked, pairId: picked?.id, guildId: GUILD_ID, source: 'button' },
    ]);
    expect(log.events.map((e) => e.source)).toEqual(['slash', 'button']);
  });
});

describe('when /help is asked with the question log on', () => {
  it('says questions are recorded, without names or ids, and for how long', async () => {
    const help = await run(chatInput('help', {}));
    expect(help.data?.embeds?.[0]?.description).toMatch(
      /recorded to improve answers.*never your name or id.*kept 30 days/,
    );
  });
});
