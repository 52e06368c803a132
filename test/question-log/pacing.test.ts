import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import {
  BatchEncoder,
  decodeBatch,
  type EncodedBatch,
} from '../../src/question-log/entry-codec.ts';
import type { LogWriter } from '../../src/question-log/log-writer.ts';
import { createQuestionRecorder, type RecorderOptions } from '../../src/question-log/recorder.ts';
import type { LogEntry } from '../../src/question-log/store.ts';
import { recordingLogger } from './backends.ts';
import { unansweredEvent } from './sample-events.ts';

const event = unansweredEvent;

/** A database stand-in that decodes what it is sent, as the worker does, and notes when. */
function memoryWriter(blocked?: Promise<void>) {
  const batches: { entries: LogEntry[]; at: number }[] = [];
  const writer: LogWriter = {
    write: async (batch: EncodedBatch) => {
      await blocked;
      batches.push({ entries: decodeBatch(batch), at: performance.now() });
    },
    purge: async () => 0,
    close: async () => {},
  };
  const rows = () => batches.flatMap((batch) => batch.entries);
  return { writer, batches, rows };
}

/** Keeps the thread busy for `ms`, as answering a question does. */
function answering(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {}
}

const recorderWith = (writer: LogWriter, more: Partial<RecorderOptions> = {}) =>
  createQuestionRecorder({
    open: async () => writer,
    logger: recordingLogger().logger,
    retentionDays: 90,
    ...more,
  });

describe('an encoded batch', () => {
  it('decodes to the entries recorded, text, times and nulls alike', () => {
    const at = new Date('2026-12-01T10:00:00.123Z');
    const entries: LogEntry[] = [
      {
        kind: 'question',
        at,
        event: event('Où est la base navale? 🚢 <@123>', {
          guildId: '123456789012345678',
          source: 'slash',
          outcome: 'answered',
          unit: { kind: 'qa', id: 'russian-bases' },
          confidence: 0.875,
          suggestions: ['Where are the bases?'],
          alternatives: ['Who is Zakharova?', 'Что сказал МИД?'],
          askedAt: new Date('2026-11-30T09:00:00Z'),
        }),
      },
      { kind: 'question', at, event: event('') },
      {
        kind: 'pick',
        at,
        pick: { question: 'naval outpost', pairId: 'bases', guildId: null, source: 'button' },
      },
      {
        kind: 'feedback',
        at,
        feedback: { unit: { kind: 'entity', id: 'zakharova' }, helpful: false, guildId: '42' },
      },
    ];
    const encoder = new BatchEncoder();
    for (const entry of entries) encoder.add(entry);
    expect(decodeBatch(encoder.seal())).toEqual(entries);
    expect(encoder.count).toBe(0);
  });

  it('keeps a question far longer than its first buffer', () => {
    const encoder = new BatchEncoder();
    const runaway = 'ж'.repeat(100_000);
    encoder.add({ kind: 'question', at: new Date(0), event: event(runaway) });
    const [entry] = decodeBatch(encoder.seal());
    expect(entry?.kind === 'question' && entry.event.question).toBe(runaway);
  });
});

describe('while questions keep coming', () => {
  it('writes nothing until they pause, then writes every one of them', async () => {
    const { writer, batches, rows } = memoryWriter();
    const recorder = recorderWith(writer, { batchSize: 100, idleMs: 200 });
    for (let i = 0; i < 1000; i += 1) {
      recorder.record(event(`burst question ${i}`));
      await nextTurn();
    }
    const burstEnded = performance.now();
    expect(batches).toEqual([]);
    expect(recorder.pendingCount()).toBe(1000);

    await sleep(800);
    expect(rows().map((row) => row.kind === 'question' && row.event.question)).toEqual(
      Array.from({ length: 1000 }, (_, i) => `burst question ${i}`),
    );
    expect(batches[0]?.at).toBeGreaterThan(burstEnded);
    expect(batches.map((batch) => batch.entries.length)).toEqual(Array(10).fill(100));
    expect(recorder.writtenCount()).toBe(1000);
    await recorder.close();
  });

  it('stamps each entry with the time it was recorded, not the time it was written', async () => {
    const { writer, batches, rows } = memoryWriter();
    const recorder = recorderWith(writer, { idleMs: 300 });
    const recordedAt = Date.now();
    recorder.record(event('asked before the pause'));
    await sleep(600);
    const [row] = rows();
    expect(batches[0]?.at).toBeDefined();
    expect(row?.at.getTime()).toBeGreaterThanOrEqual(recordedAt - 5);
    expect(row?.at.getTime()).toBeLessThan(recordedAt + 100);
    await recorder.close();
  });

  it('writes anyway once the queue is three quarters full, so it never overflows', async () => {
    const { writer, rows } = memoryWriter();
    const recorder = recorderWith(writer, { capacity: 400, batchSize: 50, idleMs: 10_000 });
    for (let i = 0; i < 1000; i += 1) {
      recorder.record(event(`question ${i}`));
      await nextTurn();
      answering(0.05);
    }
    expect(rows().length).toBeGreaterThan(0);
    expect(recorder.pendingCount()).toBeLessThanOrEqual(300);
    await recorder.close();
    expect(recorder.droppedCount()).toBe(0);
    expect(recorder.writtenCount()).toBe(1000);
  });

  it('writes an entry that has waited longer than maxDeferMs', async () => {
    const { writer, rows } = memoryWriter();
    const recorder = recorderWith(writer, { batchSize: 10, idleMs: 10_000, maxDeferMs: 50 });
    const started = performance.now();
    while (performance.now() - started < 200) {
      recorder.record(event('steady question'));
      await sleep(1);
    }
    expect(rows().length).toBeGreaterThan(0);
    await recorder.close();
  });
});

describe('when the database cannot keep up', () => {
  it('drops what does not fit in the queue and counts it', async () => {
    let release = () => {};
    const { writer } = memoryWriter(new Promise<void>((resolve) => (release = resolve)));
    const recorder = recorderWith(writer, { capacity: 100, batchSize: 10, idleMs: 0 });
    for (let i = 0; i < 150; i += 1) recorder.record(event(`question ${i}`));
    expect(recorder.droppedCount()).toBe(50);
    release();
    await recorder.close();
    expect(recorder.writtenCount()).toBe(100);
  });
});

describe('when the recorder closes', () => {
  it('writes the last, unfilled batch at once, without waiting for a pause', async () => {
    const { writer, rows } = memoryWriter();
    const recorder = recorderWith(writer, { flushIntervalMs: 60_000, idleMs: 60_000 });
    recorder.record(event('the last question'));
    const started = performance.now();
    await recorder.close(5_000);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(rows()).toHaveLength(1);
  });

  it('gives up after its time limit and counts what was left', async () => {
    const { writer } = memoryWriter(new Promise<void>(() => {}));
    const recorder = recorderWith(writer, { batchSize: 10 });
    for (let i = 0; i < 25; i += 1) recorder.record(event(`question ${i}`));
    await recorder.close(100);
    // The batch in flight is neither written nor dropped; the two waiting are dropped.
    expect(recorder.droppedCount()).toBe(15);
    expect(recorder.writtenCount()).toBe(0);
  });
});
