import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type Answer, AnswerSchema } from '../../src/engine/answer.ts';
import type { Review } from '../../src/question-log/review.ts';
import { cli } from '../cli/in-process.ts';
import { BACKEND_START_MS, BACKENDS } from './backends.ts';
import { chatInConsole, copyOfBundledKnowledge, logEnv, pairsIn } from './support.ts';

/** A word no article uses, so the question is unmatched whatever the engine learns. */
const UNMATCHED = 'What is the Zorblax accord about?';

describe.each(BACKENDS)('the review loop on $name', ({ make }) => {
  const backend = make();
  let knowledge: Awaited<ReturnType<typeof copyOfBundledKnowledge>>;

  beforeAll(async () => {
    await backend.start();
    knowledge = await copyOfBundledKnowledge();
    for (const [key, value] of Object.entries(logEnv(backend.location, knowledge.dir))) {
      vi.stubEnv(key, value);
    }
  }, BACKEND_START_MS);
  afterAll(async () => {
    vi.unstubAllEnvs();
    await knowledge?.remove();
    await backend.stop();
  });

  const askJson = async (question: string): Promise<Answer> => {
    const { stdout, code } = await cli(['ask', '--json', question]);
    expect(code).toBe(0);
    return AnswerSchema.parse(JSON.parse(stdout));
  };

  describe('when a reader asks the same unmatched question three times in the console', () => {
    let review: Review;
    let pair: string;

    beforeAll(async () => {
      expect((await askJson(UNMATCHED)).status).toBe('unknown');
      const transcript = await chatInConsole([
        UNMATCHED,
        UNMATCHED.toLowerCase(),
        `${UNMATCHED}  `,
      ]);
      expect(transcript).toMatch(/does not say/);
      const { stdout, code } = await cli(['review', '--json']);
      expect(code).toBe(0);
      review = JSON.parse(stdout) as Review;
      const answerable = (await pairsIn(knowledge.dir)).filter((p) => !p.gap);
      const guessed = review.unanswered[0]?.candidate?.pair;
      pair = answerable.some((p) => p.id === guessed) ? String(guessed) : String(answerable[0]?.id);
    }, 120_000);

    it('review --json lists it once, with count 3', () => {
      const listed = review.unanswered.filter((u) => u.question.toLowerCase().includes('zorblax'));
      expect(listed).toHaveLength(1);
      expect(listed[0]).toMatchObject({ count: 3 });
      expect(Date.parse(listed[0]?.first_seen ?? '')).toBeLessThanOrEqual(
        Date.parse(listed[0]?.last_seen ?? ''),
      );
    });

    it('prints the four lists the review promises', () => {
      expect(Object.keys(review).sort()).toEqual(['gaps', 'picked', 'unanswered', 'unhelpful']);
    });

    describe('and an editor accepts it into a pair', () => {
      let accepted: Awaited<ReturnType<typeof cli>>;
      beforeAll(async () => {
        accepted = await cli(['review', 'accept', '--question', UNMATCHED, '--pair', pair]);
      }, 60_000);

      it('says what it changed', () => {
        expect(accepted.code).toBe(0);
        expect(accepted.stdout).toContain(pair);
      });

      it('answers the next identical question with that pair', async () => {
        const answer = await askJson(UNMATCHED);
        expect(answer.status).toBe('answered');
        expect(answer.match).toEqual({ kind: 'qa', id: pair });
      });

      it('leaves knowledge that check passes', async () => {
        const check = await cli(['check']);
        expect(check.stdout).toMatch(/^knowledge OK/);
        expect(check.code).toBe(0);
      });

      it('no longer lists the question for review', async () => {
        const { stdout } = await cli(['review', '--json']);
        const again = JSON.parse(stdout) as Review;
        expect(again.unanswered.filter((u) => /zorblax/i.test(u.question))).toEqual([]);
      });
    });
  });
});
