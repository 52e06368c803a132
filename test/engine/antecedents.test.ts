import { beforeAll, describe, expect, it } from 'vitest';
import { Antecedents } from '../../src/engine/antecedents.ts';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { unitSentencesWithQuotes } from '../../src/engine/sentences.ts';
import type { Entity } from '../../src/knowledge/schema.ts';
import { bundledFresh } from '../eval/stories.ts';
import { personEntity } from '../support/entities.ts';
import { storyOfPassages } from '../support/story.ts';

const person = (name: string, aliases: string[] = [], description = 'a minister'): Entity =>
  personEntity(name, description, aliases);

/** The names a one-article story's sentence at `at` is indexed with; the article is given as passages. */
const namesAt = (passages: string[], at: number, entities: Entity[]) => {
  const article = passages.flatMap(unitSentencesWithQuotes);
  return new Antecedents(entities, [article]).namesBehind(article, at);
};

describe('a sentence that points back with "he" or "she"', () => {
  const lindqvist = person('Anna Lindqvist', ['Lindqvist']);
  const okoro = person('Tunde Okoro', ['Okoro']);
  const antecedentNames = (sentence: string, before: string | undefined, entities: Entity[]) =>
    before === undefined
      ? namesAt([sentence], 0, entities)
      : namesAt([before, sentence], 1, entities);

  it('takes the names the sentence before gives', () => {
    expect(
      antecedentNames(
        'During her visit, she met the port workers.',
        'Minister Anna Lindqvist visited Brennick on Monday.',
        [lindqvist, okoro],
      ),
    ).toEqual(['Anna Lindqvist']);
  });

  it('takes nothing when it names its subject itself', () => {
    expect(
      antecedentNames('Lindqvist said her ministry would pay.', 'Anna Lindqvist arrived.', [
        lindqvist,
      ]),
    ).toEqual([]);
  });

  it('takes nothing when it does not point back', () => {
    expect(
      antecedentNames('The port reopened on Tuesday.', 'Anna Lindqvist arrived.', [lindqvist]),
    ).toEqual([]);
  });

  describe('when its "him" is inside a quotation that names someone ("Jamie\'s a tough lad…")', () => {
    const jamie = person('Jamie Castellan', ['Castellan', 'Jamie'], 'a full-back');
    const trask = person('Owen Trask', ['Trask'], 'a flanker');
    const fairlie = person('Martin Fairlie', ['Fairlie'], 'the head coach');

    it('takes nothing of the one the sentence before names', () => {
      expect(
        antecedentNames(
          '"Jamie\'s a tough lad, but we won\'t rush him," Fairlie said.',
          'Flanker Owen Trask also limped off in the second half.',
          [jamie, trask, fairlie],
        ),
      ).toEqual([]);
    });

    it('still takes them when the quotation names nobody', () => {
      expect(
        antecedentNames(
          '"He\'s a tough lad, but we won\'t rush him," Fairlie said.',
          'Flanker Owen Trask also limped off in the second half.',
          [jamie, trask, fairlie],
        ),
      ).toEqual(['Owen Trask']);
    });
  });

  it('takes nothing for the first sentence of an article', () => {
    expect(antecedentNames('She met the workers.', undefined, [lindqvist])).toEqual([]);
  });
});

describe('when a quote says "…," she said. and the sentence before names a man', () => {
  const marsh = person('Ellen Marsh', ['Marsh'], 'the mayor');
  const hartley = person('Tom Hartley', ['Hartley'], 'the builder');
  const article = [
    'Mrs Ellen Marsh opened the bridge on Monday.',
    'Mr Tom Hartley said the work had finished early.',
    '"We are proud of every bolt," she said.',
  ];

  it('indexes the quote with the woman named before him', () => {
    expect(namesAt(article, 2, [marsh, hartley])).toEqual(['Ellen Marsh']);
  });

  it('indexes a "he said" with the man', () => {
    const his = [...article.slice(0, 2), '"We are proud of every bolt," he said.'];
    expect(namesAt(his, 2, [marsh, hartley])).toEqual(['Tom Hartley']);
  });
});

describe('when a quotation of two sentences is cut into two units', () => {
  const marsh = person('Ellen Marsh', ['Marsh'], 'the chair');
  const hartley = person('Tom Hartley', ['Hartley'], 'a resident');
  // Units: 'Mr Tom Hartley met Mrs Ellen Marsh.', '"I asked Ellen Marsh.', 'She told us nothing," he said.'
  const passages = [
    'Mr Tom Hartley met Mrs Ellen Marsh. "I asked Ellen Marsh. She told us nothing," he said.',
  ];

  it('gives the "he said" after the quotation to the man, not to the woman it quotes', () => {
    // Blanking quotations in the cut unit alone kept the quoted "She", so the
    // unit read as "she … he" and took the woman the sentence before names.
    expect(namesAt(passages, 2, [marsh, hartley])).toEqual(['Tom Hartley']);
  });
});

describe('when the article says who is "she" by a role noun or a pronoun of her own', () => {
  it('knows a spokeswoman from her description', () => {
    const pike = person('Jo Pike', [], 'a spokeswoman for the council');
    const okoro = person('Tunde Okoro', [], 'the treasurer');
    const article = [
      'Jo Pike answered first.',
      'Mr Tunde Okoro spoke later.',
      '"The vote stands," she said.',
    ];
    expect(namesAt(article, 2, [pike, okoro])).toEqual(['Jo Pike']);
  });

  it('knows a man by a "his" in a sentence that names him alone', () => {
    const okoro = person('Tunde Okoro', [], 'the treasurer');
    const pike = person('Jo Pike', [], 'the auditor');
    const article = [
      'Jo Pike read the report aloud.',
      'Tunde Okoro said his office had checked every figure.',
      '"It adds up," she said.',
    ];
    expect(namesAt(article, 2, [pike, okoro])).toEqual(['Jo Pike']);
  });
});

describe('when a sentence opening "He" follows one that names a man alone', () => {
  it('knows him for "he" later, and gives a "she" to the woman before him', () => {
    const pike = person('Jo Pike', [], 'the auditor');
    const okoro = person('Tunde Okoro', [], 'the treasurer');
    const article = [
      'Jo Pike read the report aloud.',
      'Tunde Okoro checked every figure.',
      'He signed it on Friday.',
      'Tunde Okoro filed it.',
      '"It adds up," she said.',
    ];
    expect(namesAt(article, 4, [pike, okoro])).toEqual(['Jo Pike']);
  });
});

describe('when nothing says whether the person named before is "he" or "she"', () => {
  it('keeps the names the sentence before gives', () => {
    const pike = person('Jo Pike', [], 'the auditor');
    const okoro = person('Tunde Okoro', [], 'the treasurer');
    const article = [
      'Jo Pike read the report.',
      'Tunde Okoro checked it.',
      '"It adds up," she said.',
    ];
    expect(namesAt(article, 2, [pike, okoro])).toEqual(['Tunde Okoro']);
  });
});

describe('in the bundled article ingested fresh', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = createEngine(await bundledFresh());
  });

  describe('when asked "who did bogdanov meet"', () => {
    it('quotes the sentence where "he met" the officials, not his own card', () => {
      const answer = engine.ask('who did bogdanov meet');
      expect(answer.status).toBe('answered');
      expect(answer.quote?.text).toContain('he met with Syrian officials');
    });
  });

  describe('when asked "where did assad flee to"', () => {
    it('matches "flee" to the article\'s "fled"', () => {
      const answer = engine.ask('where did assad flee to');
      expect(answer.quote?.text).toContain('fled to Moscow');
    });
  });

  describe('when asked why an answer won', () => {
    it('lists the candidates best first, the answer among them', () => {
      const candidates = engine.explain('who did bogdanov meet', 3);
      expect(candidates.length).toBeGreaterThan(1);
      expect(candidates.map((c) => c.score)).toEqual(
        [...candidates.map((c) => c.score)].sort((a, b) => b - a),
      );
      expect(candidates[0]?.title).toContain('he met with Syrian officials');
    });
  });
});

describe('a sentence that reads on from the one before ("Forecasters expect that…")', () => {
  const engine = createEngine(
    storyOfPassages([
      'County officials said repair crews will start work once the river drops below flood stage.',
      'Forecasters expect that by Wednesday night. The schools reopen on Monday.',
    ]),
  );

  describe('when asked "when do forecasters think the river drops below flood stage"', () => {
    it('ranks first the sentence that gives the date, through what "that" stands for', () => {
      const [best] = engine.explain(
        'when do forecasters think the river drops below flood stage',
        1,
      );
      expect(best?.title).toBe('Forecasters expect that by Wednesday night.');
    });
  });

  describe('when asked about the sentence before itself', () => {
    it('still ranks that sentence first: the one reading on only borrows its words', () => {
      const [best] = engine.explain('who will start work on repairs', 1);
      expect(best?.title).toContain('repair crews will start work');
    });
  });

  describe('when asked what the sentence after says', () => {
    it('lends nothing to a sentence that does not point back', () => {
      const titles = engine.explain(
        'when do forecasters think the river drops below flood stage',
        5,
      );
      expect(titles.map((c) => c.title)).not.toContain('The schools reopen on Monday.');
    });
  });
});

describe('a sentence that opens with an example of the one before ("For instance, …")', () => {
  const engine = createEngine(
    storyOfPassages([
      'The new board has moved to limit the club owner’s influence over its finances.',
      'For instance, the owner’s seat on the audit committee was abolished in May. The stadium was repainted.',
      'The owner has attended every home game this season. Fans booed the owner in March.',
    ]),
  );

  describe('when asked "how did the board limit the owner\'s influence"', () => {
    it('ranks the instance next to that sentence, through its words', () => {
      const titles = engine.explain("how did the board limit the owner's influence", 2);
      expect(titles[1]?.title).toBe(
        'For instance, the owner’s seat on the audit committee was abolished in May.',
      );
    });
  });
});
