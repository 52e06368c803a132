/**
 * Log entries as bytes. The recorder encodes a batch into one buffer when it
 * is about to be written, so the batch reaches the writer's thread as one
 * transferred `ArrayBuffer` instead of a structured clone of hundreds of
 * objects. Nothing is cleaned here: the writer cleans, on its own thread.
 */
import type { AnswerFeedback, QuestionEvent, QuestionPick } from './events.ts';
import type { LogEntry } from './store.ts';
import type { QuestionOutcome, QuestionSource, UnitKind } from './tables.ts';

/** A sealed batch: `count` entries in the first `length` bytes of `bytes`. */
export interface EncodedBatch {
  bytes: ArrayBuffer;
  length: number;
  count: number;
}

const QUESTION = 0;
const PICK = 1;
const FEEDBACK = 2;
/** A string length that stands for null. */
const NULL_STRING = 0xffff_ffff;
const FIRST_BUFFER_BYTES = 64 * 1024;

const textDecoder = new TextDecoder();

/** Appends entries to one batch's buffer; `seal` hands the batch over and starts afresh. */
export class BatchEncoder {
  // Node's Buffer writes UTF-8 and numbers natively, several times faster than a DataView and
  // TextEncoder here; never from the shared pool, since the whole ArrayBuffer is transferred.
  #bytes = Buffer.allocUnsafeSlow(FIRST_BUFFER_BYTES);
  #at = 0;
  #count = 0;

  /** Entries in the open batch. */
  get count(): number {
    return this.#count;
  }

  add(entry: LogEntry): void {
    if (entry.kind === 'question') this.#question(entry.event, entry.at);
    else if (entry.kind === 'pick') this.#pick(entry.pick, entry.at);
    else this.#feedback(entry.feedback, entry.at);
    this.#count += 1;
  }

  /** The batch so far; the encoder starts an empty one. */
  seal(): EncodedBatch {
    const batch = { bytes: this.#bytes.buffer, length: this.#at, count: this.#count };
    this.#bytes = Buffer.allocUnsafeSlow(FIRST_BUFFER_BYTES);
    this.#at = 0;
    this.#count = 0;
    return batch;
  }

  #question(event: QuestionEvent, at: Date): void {
    const question = textOf(event.question);
    const guildId = textOf(event.guildId);
    const source = textOf(event.source);
    const outcome = textOf(event.outcome);
    const unitKind = textOf(event.unit?.kind);
    const unitId = textOf(event.unit?.id);
    const suggestions = listOf(event.suggestions);
    const alternatives = listOf(event.alternatives);
    this.#begin(QUESTION, [
      question,
      guildId,
      source,
      outcome,
      unitKind,
      unitId,
      ...suggestions,
      ...alternatives,
    ]);
    this.#time(at);
    this.#time(event.askedAt);
    this.#string(question);
    this.#string(guildId);
    this.#string(source);
    this.#string(outcome);
    this.#string(unitKind);
    this.#string(unitId);
    this.#number(event.confidence);
    this.#list(suggestions);
    this.#list(alternatives);
  }

  #pick(pick: QuestionPick, at: Date): void {
    const texts = [pick.question, pick.pairId, pick.guildId, pick.source].map(textOf);
    this.#begin(PICK, texts);
    this.#time(at);
    this.#time(pick.pickedAt);
    for (const text of texts) this.#string(text);
  }

  #feedback(feedback: AnswerFeedback, at: Date): void {
    const texts = [feedback.unit.kind, feedback.unit.id, feedback.guildId].map(textOf);
    this.#begin(FEEDBACK, texts);
    this.#time(at);
    this.#time(feedback.judgedAt);
    for (const text of texts) this.#string(text);
    this.#byte(feedback.helpful ? 1 : 0);
  }

  /**
   * Starts an entry: its kind, then all its text as one UTF-8 run (one call
   * into Buffer's native writer per entry, not one per string); each string
   * is then written as its UTF-16 length, by which the reader slices the run.
   */
  #begin(kind: number, texts: readonly (string | null)[]): void {
    let run = '';
    for (const text of texts) if (text !== null) run += text;
    // Fixed fields, a length per string, at most three UTF-8 bytes per UTF-16 unit.
    this.#room(64 + 4 * texts.length + 3 * run.length);
    this.#byte(kind);
    const written = this.#bytes.write(run, this.#at + 4, 'utf8');
    this.#bytes.writeUInt32LE(written, this.#at);
    this.#at += 4 + written;
  }

  #room(bytes: number): void {
    if (this.#at + bytes <= this.#bytes.length) return;
    let size = this.#bytes.length * 2;
    while (size < this.#at + bytes) size *= 2;
    const grown = Buffer.allocUnsafeSlow(size);
    this.#bytes.copy(grown, 0, 0, this.#at);
    this.#bytes = grown;
  }

  #byte(value: number): void {
    this.#bytes[this.#at] = value;
    this.#at += 1;
  }

  #number(value: number): void {
    this.#at = this.#bytes.writeDoubleLE(Number(value), this.#at);
  }

  /** A missing time is NaN: the writer then uses the time the entry was recorded. */
  #time(value: Date | undefined): void {
    this.#number(value instanceof Date ? value.getTime() : Number.NaN);
  }

  /** A string of the entry's text run, by its UTF-16 length; null has a length of its own. */
  #string(text: string | null): void {
    this.#at = this.#bytes.writeUInt32LE(text === null ? NULL_STRING : text.length, this.#at);
  }

  #list(texts: readonly (string | null)[]): void {
    this.#at = this.#bytes.writeUInt32LE(texts.length, this.#at);
    for (const text of texts) this.#string(text);
  }
}

/** What is stored for a value: null for none, and, defensive like the cleaning, text for anything else. */
function textOf(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : String(value);
}

function listOf(values: readonly string[]): (string | null)[] {
  return Array.isArray(values) ? values.map(textOf) : [];
}

/** The entries of an encoded batch, as they were added. */
export function decodeBatch(batch: EncodedBatch): LogEntry[] {
  const bytes = new Uint8Array(batch.bytes, 0, batch.length);
  const view = new DataView(batch.bytes, 0, batch.length);
  let at = 0;
  const byte = () => {
    const value = view.getUint8(at);
    at += 1;
    return value;
  };
  const number = () => {
    const value = view.getFloat64(at, true);
    at += 8;
    return value;
  };
  const time = () => {
    const ms = number();
    return Number.isNaN(ms) ? undefined : new Date(ms);
  };
  /** The current entry's text run, and how far into it its strings have been read. */
  let run = '';
  let runAt = 0;
  const readRun = () => {
    const length = view.getUint32(at, true);
    at += 4;
    run = textDecoder.decode(bytes.subarray(at, at + length));
    at += length;
    runAt = 0;
  };
  const nullable = (): string | null => {
    const length = view.getUint32(at, true);
    at += 4;
    if (length === NULL_STRING) return null;
    const text = run.slice(runAt, runAt + length);
    runAt += length;
    return text;
  };
  const string = () => nullable() ?? '';
  const list = () => {
    const length = view.getUint32(at, true);
    at += 4;
    return Array.from({ length }, () => string());
  };

  const entries: LogEntry[] = [];
  for (let n = 0; n < batch.count; n += 1) {
    const kind = byte();
    readRun();
    const recordedAt = time() ?? new Date(Number.NaN);
    const when = time();
    if (kind === QUESTION) {
      const question = string();
      const guildId = nullable();
      const source = string() as QuestionSource;
      const outcome = string() as QuestionOutcome;
      const unitKind = nullable() as UnitKind | null;
      const unitId = nullable();
      const event: QuestionEvent = {
        question,
        guildId,
        source,
        outcome,
        unit: unitKind === null || unitId === null ? null : { kind: unitKind, id: unitId },
        confidence: number(),
        suggestions: list(),
        alternatives: list(),
        ...(when ? { askedAt: when } : {}),
      };
      entries.push({ kind: 'question', event, at: recordedAt });
    } else if (kind === PICK) {
      const pick: QuestionPick = {
        question: string(),
        pairId: string(),
        guildId: nullable(),
        source: string() as QuestionSource,
        ...(when ? { pickedAt: when } : {}),
      };
      entries.push({ kind: 'pick', pick, at: recordedAt });
    } else if (kind === FEEDBACK) {
      const unit = { kind: string() as UnitKind, id: string() };
      const guildId = nullable();
      const feedback: AnswerFeedback = {
        unit,
        guildId,
        helpful: byte() === 1,
        ...(when ? { judgedAt: when } : {}),
      };
      entries.push({ kind: 'feedback', feedback, at: recordedAt });
    } else {
      throw new Error(`question log batch is corrupt: unknown entry kind ${kind}`);
    }
  }
  return entries;
}
