/**
 * Queued log entries as bytes. The answering thread encodes each entry the
 * moment it is recorded into one growing buffer per batch, so a burst of
 * questions leaves no object graph on the heap for the garbage collector to
 * copy, and a whole batch reaches the writer's thread as one transferred
 * `ArrayBuffer` instead of a structured clone of hundreds of objects.
 * Nothing is cleaned here: the writer cleans, on its own thread.
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

const textEncoder = new TextEncoder();
const textDecoder = new TextDecoder();

/** Appends entries to one batch's buffer; `seal` hands the batch over and starts afresh. */
export class BatchEncoder {
  #bytes = new Uint8Array(FIRST_BUFFER_BYTES);
  #view = new DataView(this.#bytes.buffer);
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
    this.#bytes = new Uint8Array(FIRST_BUFFER_BYTES);
    this.#view = new DataView(this.#bytes.buffer);
    this.#at = 0;
    this.#count = 0;
    return batch;
  }

  #question(event: QuestionEvent, at: Date): void {
    this.#byte(QUESTION);
    this.#time(at);
    this.#time(event.askedAt);
    this.#string(event.question);
    this.#string(event.guildId);
    this.#string(event.source);
    this.#string(event.outcome);
    this.#string(event.unit?.kind ?? null);
    this.#string(event.unit?.id ?? null);
    this.#number(event.confidence);
    this.#list(event.suggestions);
    this.#list(event.alternatives);
  }

  #pick(pick: QuestionPick, at: Date): void {
    this.#byte(PICK);
    this.#time(at);
    this.#time(pick.pickedAt);
    this.#string(pick.question);
    this.#string(pick.pairId);
    this.#string(pick.guildId);
    this.#string(pick.source);
  }

  #feedback(feedback: AnswerFeedback, at: Date): void {
    this.#byte(FEEDBACK);
    this.#time(at);
    this.#time(feedback.judgedAt);
    this.#string(feedback.unit.kind);
    this.#string(feedback.unit.id);
    this.#byte(feedback.helpful ? 1 : 0);
    this.#string(feedback.guildId);
  }

  #room(bytes: number): void {
    if (this.#at + bytes <= this.#bytes.length) return;
    let size = this.#bytes.length * 2;
    while (size < this.#at + bytes) size *= 2;
    const grown = new Uint8Array(size);
    grown.set(this.#bytes.subarray(0, this.#at));
    this.#bytes = grown;
    this.#view = new DataView(grown.buffer);
  }

  #byte(value: number): void {
    this.#room(1);
    this.#view.setUint8(this.#at, value);
    this.#at += 1;
  }

  #number(value: number): void {
    this.#room(8);
    this.#view.setFloat64(this.#at, Number(value));
    this.#at += 8;
  }

  /** A missing time is NaN: the writer then uses the time the entry was recorded. */
  #time(value: Date | undefined): void {
    this.#number(value instanceof Date ? value.getTime() : Number.NaN);
  }

  #string(value: string | null | undefined): void {
    if (value === null || value === undefined) {
      this.#room(4);
      this.#view.setUint32(this.#at, NULL_STRING);
      this.#at += 4;
      return;
    }
    // Defensive like the cleaning: whatever arrives is stored as text.
    const text = typeof value === 'string' ? value : String(value);
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    this.#room(4 + text.length * 3);
    const start = this.#at + 4;
    const bytes = this.#bytes;
    // Most text is ASCII, copied byte for byte; a call into the encoder costs more than a short string.
    let written = 0;
    while (written < text.length) {
      const code = text.charCodeAt(written);
      if (code >= 0x80) break;
      bytes[start + written] = code;
      written += 1;
    }
    if (written < text.length) {
      written += textEncoder.encodeInto(
        text.slice(written),
        bytes.subarray(start + written),
      ).written;
    }
    this.#view.setUint32(this.#at, written);
    this.#at = start + written;
  }

  #list(values: readonly string[]): void {
    const list = Array.isArray(values) ? values : [];
    this.#room(4);
    this.#view.setUint32(this.#at, list.length);
    this.#at += 4;
    for (const value of list) this.#string(value);
  }
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
    const value = view.getFloat64(at);
    at += 8;
    return value;
  };
  const time = () => {
    const ms = number();
    return Number.isNaN(ms) ? undefined : new Date(ms);
  };
  const nullable = (): string | null => {
    const length = view.getUint32(at);
    at += 4;
    if (length === NULL_STRING) return null;
    const text = textDecoder.decode(bytes.subarray(at, at + length));
    at += length;
    return text;
  };
  const string = () => nullable() ?? '';
  const list = () => {
    const length = view.getUint32(at);
    at += 4;
    return Array.from({ length }, () => string());
  };

  const entries: LogEntry[] = [];
  for (let n = 0; n < batch.count; n += 1) {
    const kind = byte();
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
      const feedback: AnswerFeedback = {
        unit,
        helpful: byte() === 1,
        guildId: nullable(),
        ...(when ? { judgedAt: when } : {}),
      };
      entries.push({ kind: 'feedback', feedback, at: recordedAt });
    } else {
      throw new Error(`question log batch is corrupt: unknown entry kind ${kind}`);
    }
  }
  return entries;
}
