/**
 * Readers' words for a spokesperson ("the press lady", "the press guy")
 * reach the article's own word, as general English lists them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Ministry says talks on bases are ongoing

Work on the future of the bases is ongoing, Foreign Ministry spokeswoman Anna Petrova said during a briefing on Thursday.

The country's involvement in the region began in 2015, when it sent aircraft to support the government.

The harbour authority said the port would stay open through the winter.`;

let engine: StoryEngine;
beforeAll(async () => {
  engine = await freshEngine(ARTICLE);
});

describe('when asked "who is the ministry\'s press lady"', () => {
  it('answers with the spokeswoman', () => {
    const answer = engine.ask("who is the ministry's press lady");
    expect(answer.status).toBe('answered');
    expect(answer.answer).toContain('Anna Petrova');
  });
});
