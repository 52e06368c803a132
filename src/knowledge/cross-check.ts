import type { KnowledgeProblem } from './problems.ts';
import type { Citation, Entity, QaPair, Quote, Source, TimelineEvent } from './schema.ts';

/**
 * One source as far as it could be read. A part is `undefined` when its file
 * failed to read or parse (already reported); the checks that need that part
 * are skipped rather than guessed, so one broken file neither hides the other
 * files' problems nor invents new ones.
 */
export interface CheckedSource {
  /** Source directory relative to the knowledge root, e.g. `sources/caliber-az-…`. */
  dir: string;
  source: Source;
  /** The verbatim article text the passages must come from. */
  articleText: string | undefined;
  quotes: readonly Quote[] | undefined;
  pairs: readonly QaPair[] | undefined;
  events: readonly TimelineEvent[] | undefined;
  entities: readonly Entity[] | undefined;
}

/**
 * Checks what a schema cannot see on its own: that passages and quotes are
 * verbatim, that every reference resolves and that ids are unique. Returns
 * every problem found; an empty list means the knowledge is sound.
 */
export function crossCheck(sources: readonly CheckedSource[]): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const storyIds = {
    source: new Map<string, string>(),
    quote: new Map<string, string>(),
    pair: new Map<string, string>(),
    event: new Map<string, string>(),
  };
  // Speakers may be entities of any source, so one unreadable entities file
  // leaves speakers unknowable.
  const entityIds = sources.every((s) => s.entities !== undefined)
    ? new Set(sources.flatMap((s) => (s.entities ?? []).map((e) => e.id)))
    : undefined;

  const claimId = (kind: keyof typeof storyIds, id: string, file: string, path: string): void => {
    const firstSeen = storyIds[kind].get(id);
    if (firstSeen !== undefined) {
      problems.push({
        file,
        path,
        reason: `duplicate ${kind} id "${id}" (first used in ${firstSeen})`,
      });
    } else {
      storyIds[kind].set(id, file);
    }
  };

  for (const { dir, source, articleText, quotes, pairs, events, entities } of sources) {
    const file = (name: string) => `${dir}/${name}`;
    const passages = new Map(source.passages.map((p) => [p.n, p.text]));

    claimId('source', source.id, file('source.json'), '$.id');
    if (articleText !== undefined) {
      checkPassages(source, articleText, file(source.articleFile), file('source.json'), problems);
    }

    const checkCitations = (citations: readonly Citation[], name: string, at: string) => {
      citations.forEach((citation, i) => {
        const where = `${at}.citations[${i}]`;
        const text = passages.get(citation.passage);
        if (text === undefined) {
          problems.push({
            file: file(name),
            path: `${where}.passage`,
            reason: `passage ${citation.passage} does not exist in source "${source.id}"`,
          });
        } else if (citation.excerpt !== undefined && !text.includes(citation.excerpt)) {
          problems.push({
            file: file(name),
            path: `${where}.excerpt`,
            reason: `excerpt is not verbatim in passage ${citation.passage}: "${citation.excerpt}"`,
          });
        }
      });
    };

    const entityIdsHere = new Set<string>();
    entities?.forEach((entity, i) => {
      const at = `$.entities[${i}]`;
      if (entityIdsHere.has(entity.id)) {
        problems.push({
          file: file('entities.json'),
          path: `${at}.id`,
          reason: `duplicate entity id "${entity.id}"`,
        });
      }
      entityIdsHere.add(entity.id);
      checkCitations(entity.citations, 'entities.json', at);
    });

    const quoteIds = new Set<string>();
    quotes?.forEach((quote, i) => {
      const at = `$.quotes[${i}]`;
      claimId('quote', quote.id, file('quotes.json'), `${at}.id`);
      quoteIds.add(quote.id);
      const text = passages.get(quote.passage);
      if (text === undefined) {
        problems.push({
          file: file('quotes.json'),
          path: `${at}.passage`,
          reason: `passage ${quote.passage} does not exist in source "${source.id}"`,
        });
      } else if (!text.includes(quote.text)) {
        problems.push({
          file: file('quotes.json'),
          path: `${at}.text`,
          reason: `quote is not verbatim in passage ${quote.passage}: "${quote.text}"`,
        });
      }
      if (quote.speaker !== null && entityIds !== undefined && !entityIds.has(quote.speaker)) {
        problems.push({
          file: file('quotes.json'),
          path: `${at}.speaker`,
          reason: `speaker "${quote.speaker}" is not an entity id`,
        });
      }
    });

    pairs?.forEach((pair, i) => {
      const at = `$.pairs[${i}]`;
      claimId('pair', pair.id, file('qa.json'), `${at}.id`);
      checkCitations(pair.citations, 'qa.json', at);
      if (pair.quote !== undefined && quotes !== undefined && !quoteIds.has(pair.quote)) {
        problems.push({
          file: file('qa.json'),
          path: `${at}.quote`,
          reason: `quote "${pair.quote}" is not a quote id of this source`,
        });
      }
    });

    events?.forEach((event, i) => {
      const at = `$.events[${i}]`;
      claimId('event', event.id, file('timeline.json'), `${at}.id`);
      checkCitations(event.citations, 'timeline.json', at);
    });
  }
  return problems;
}

function checkPassages(
  source: Source,
  articleText: string,
  articleFile: string,
  sourceFile: string,
  problems: KnowledgeProblem[],
): void {
  if (articleText.trim() === '') {
    problems.push({ file: articleFile, path: '$', reason: 'the article file is empty' });
    return;
  }
  // Passage text is trimmed by its schema, so compare with trimmed lines: an
  // indented or space-trailed paragraph is still the same paragraph.
  const paragraphs = articleText.split(/\r?\n/).map((line) => line.trim());
  let searchFrom = 0;
  source.passages.forEach((passage, i) => {
    const at = `$.passages[${i}]`;
    if (passage.n !== i + 1) {
      problems.push({
        file: sourceFile,
        path: `${at}.n`,
        reason: `passages must be numbered 1, 2, 3… in order; expected ${i + 1}, found ${passage.n}`,
      });
    }
    const index = paragraphs.indexOf(passage.text, searchFrom);
    if (index === -1) {
      problems.push({
        file: sourceFile,
        path: `${at}.text`,
        reason: `passage ${passage.n} is not a verbatim paragraph of ${articleFile} (in article order)`,
      });
    } else {
      searchFrom = index + 1;
    }
  });
}
