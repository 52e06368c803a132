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
    const suggestions = listOf(event.suggestions);
    const alternatives = listOf(event.alternatives);
    this.#room(
      64 +
        3 *
          (lengthOf(event.question) +
            lengthOf(event.guildId) +
            lengthOf(event.source) +
            lengthOf(event.outcome) +
            lengthOf(event.unit?.kind) +
            lengthOf(event.unit?.id)) +
        listBytes(suggestions) +
        listBytes(alternatives),
    );
    this.#byte(QUESTION);
    this.#time(at);
    this.#time(event.askedAt);
    this.#string(event.question);
    this.#string(event.guildId);
    this.#string(event.source);
    this.#string(event.outcome);
    this.#string(event.unit?.kind);
    this.#string(event.unit?.id);
    this.#number(event.confidence);
    this.#list(suggestions);
    this.#list(alternatives);
  }

  #pick(pick: QuestionPick, at: Date): void {
    this.#room(
      48 +
        3 *
          (lengthOf(pick.question) +
            lengthOf(pick.pairId) +
            lengthOf(pick.guildId) +
            lengthOf(pick.source)),
    );
    this.#byte(PICK);
    this.#time(at);
    this.#time(pick.pickedAt);
    this.#string(pick.question);
    this.#string(pick.pairId);
    this.#string(pick.guildId);
    this.#string(pick.source);
  }

  #feedback(feedback: AnswerFeedback, at: Date): void {
    this.#room(
      48 +
        3 *
          (lengthOf(feedback.unit.kind) + lengthOf(feedback.unit.id) + lengthOf(feedback.guildId)),
    );
    this.#byte(FEEDBACK);
    this.#time(at);
    this.#time(feedback.judgedAt);
    this.#string(feedback.unit.kind);
    this.#string(feedback.unit.id);
    this.#byte(feedback.helpful ? 1 : 0);
    this.#string(feedback.guildId);
  }

  /** Makes room for one entry at once (its largest size), so the writes below need no checks. */
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

  #string(value: string | null | undefined): void {
    if (value === null || value === undefined) {
      this.#at = this.#bytes.writeUInt32LE(NULL_STRING, this.#at);
      return;
    }
    // Defensive like the cleaning: whatever arrives is stored as text.
    const text = typeof value === 'string' ? value : String(value);
    const written = this.#bytes.write(text, this.#at + 4, 'utf8');
    this.#bytes.writeUInt32LE(written, this.#at);
    this.#at += 4 + written;
  }

  #list(values: readonly string[]): void {
    this.#at = this.#bytes.writeUInt32LE(values.length, this.#at);
    for (const value of values) this.#string(value);
  }
}

/** UTF-16 length of what `#string` will write (at most three UTF-8 bytes per unit). */
function lengthOf(value: unknown): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'string' ? value.length : String(value).length;
}

function listOf(values: readonly string[]): readonly string[] {
  return Array.isArray(values) ? values : [];
}

function listBytes(values: readonly string[]): number {
  let bytes = 4;
  for (const value of values) bytes += 4 + 3 * lengthOf(value);
  return bytes;
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
  const nullable = (): string | null => {
    const length = view.getUint32(at, true);
    at += 4;
    if (length === NULL_STRING) return null;
    const text = textDecoder.decode(bytes.subarray(at, at + length));
    at += length;
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
