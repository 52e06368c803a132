import { beforeAll } from 'vitest';
import { createEngine, type StoryEngine } from '../../src/engine/engine.ts';
import { type FixtureArticle, fixtureStory } from '../eval/stories.ts';

/**
 * Engines over fixture articles ingested fresh, built once before the
 * calling spec file's tests (a `beforeAll` of its own), and the lookup its
 * specs ask them by: a name it did not list fails loudly.
 */
export function fixtureEngines(
  names: readonly FixtureArticle[],
): (name: FixtureArticle) => StoryEngine {
  const engines = new Map<FixtureArticle, StoryEngine>();
  beforeAll(async () => {
    for (const name of names) engines.set(name, createEngine((await fixtureStory(name)).kb));
  });
  return (name) => {
    const engine = engines.get(name);
    if (engine === undefined) throw new Error(`${name} not built`);
    return engine;
  };
}
