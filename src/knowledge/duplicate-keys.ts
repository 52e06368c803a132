/**
 * Keys written twice in one JSON object. `JSON.parse` keeps the last and
 * drops the first without a word, so an editor who adds an entry a file
 * already holds (a lexicon word, a reader phrase) would silently lose one
 * of them; loading reports it instead, as it does every other mistake.
 */
import { type JSONPath, visit } from 'jsonc-parser';
import { jsonPath, type KnowledgeProblem } from './problems.ts';

/**
 * Every key given again in the same object, as a problem at the later
 * key's JSON path, with the lines of both. Reads the text once with
 * jsonc-parser's scanner (a well-kept parser that reports each property as
 * it passes, which `JSON.parse` cannot); a syntax error is left to
 * `JSON.parse`, which reports it with its position.
 */
export function duplicateKeys(file: string, text: string): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  // One map per open object: key → the line it was first written on.
  const open: Map<string, number>[] = [];
  visit(text, {
    onObjectBegin: () => {
      open.push(new Map());
    },
    onObjectEnd: () => {
      open.pop();
    },
    onObjectProperty: (
      key: string,
      _offset,
      _length,
      line: number,
      _column,
      path: () => JSONPath,
    ) => {
      const keys = open.at(-1);
      if (keys === undefined) return;
      const first = keys.get(key);
      if (first === undefined) {
        keys.set(key, line);
        return;
      }
      problems.push({
        file,
        path: jsonPath([...path(), key]),
        reason: `key written twice (lines ${first + 1} and ${line + 1}): only the last would be kept; merge them into one`,
      });
    },
  });
  return problems;
}
