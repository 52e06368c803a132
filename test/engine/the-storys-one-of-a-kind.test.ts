import { beforeAll, describe, expect, it } from 'vitest';
import type { StoryEngine } from '../../src/engine/engine.ts';
import { freshEngine } from '../support/one-off.ts';

const ARTICLE = `Stolen painting found in a garage after 30 years

A painting stolen from a small-town museum in 1994 has been found wrapped in a blanket in a garage.

The oil, a view of the harbour by a local artist, was taken from Kellingford Town Museum during a summer fair and never seen again.

Police said a man clearing his late father's house had called them on Tuesday.

"We never gave up hope," said Ruth Aldane, who chairs the museum's trustees.`;

describe('when asked "which museum was it swiped from"', () => {
  let engine: StoryEngine;
  beforeAll(async () => {
    engine = await freshEngine(ARTICLE);
  });

  it("names the article's one museum", () => {
    const answer = engine.ask('which museum was it swiped from');
    expect(answer.status).toBe('answered');
    expect(answer.answer ?? '').toContain('Kellingford Town Museum');
  });

  describe('when asked "which gallery is it"', () => {
    it('names nothing the article does not call a gallery', () => {
      expect(engine.ask('which gallery is it').answer ?? '').not.toContain('Kellingford');
    });
  });
});

describe('when asked "what town is this in" of an article naming a club called a town', () => {
  it("does not answer with the club's card", async () => {
    const engine = await freshEngine(`Storm rips roof from Harwick Town stand days before cup tie

Harwick Town's cup tie against Stourmouth United has been postponed after a storm tore part of the roof from the club's main stand in Carrowby on Tuesday night.

"We have never seen wind like it," said Dennis Holt, the club's chairman.`);
    expect(engine.ask('what town is this in').answer ?? '').not.toMatch(/Harwick Town —/u);
  });
});
