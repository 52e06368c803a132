/** Kebab-case ids, as the knowledge schema wants them. */

const MAX_ID_LENGTH = 60;

/** "Caliber.Az: Russia’s bases" → "caliber-az-russias-bases", cut at a dash to stay short. */
export function slugify(text: string, maxLength = MAX_ID_LENGTH): string {
  const slug = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`´ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** Hands out ids that are unique against those already taken: `x`, then `x-2`, `x-3`… */
export class IdAllocator {
  private readonly taken: Set<string>;

  constructor(taken: Iterable<string>) {
    this.taken = new Set(taken);
  }

  /** A fresh id built from `text`, or from `fallback` when `text` has no letters or digits. */
  claim(text: string, fallback: string): string {
    const base = slugify(text) || fallback;
    let id = base;
    for (let n = 2; this.taken.has(id); n++) id = `${base}-${n}`;
    this.taken.add(id);
    return id;
  }
}
