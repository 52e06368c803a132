import type { Entity } from '../knowledge/schema.ts';

/**
 * A sentence with the full name of the first person it calls by a title
 * and surname only ("Mr Tolley", "Dr Carvalhal") written after them in
 * brackets: "and that Mr Tolley [Graham Tolley], who has…". Cut out of its
 * article, the sentence no longer follows the one that introduced them, and
 * a reader asking "who was flying it" would be told only "Mr Tolley". Only
 * a form the article gives one person alone is filled in, and not in a
 * sentence that already writes that person's name in full.
 *
 * @param people the entities of the sentence's article
 */
export function withFullName(text: string, people: readonly Entity[]): string {
  let first: { at: number; end: number; name: string } | null = null;
  const claimed = new Map<string, number>();
  for (const person of people) {
    if (person.kind !== 'person') continue;
    for (const alias of titledForms(person)) claimed.set(alias, (claimed.get(alias) ?? 0) + 1);
  }
  for (const person of people) {
    if (person.kind !== 'person' || text.includes(person.name)) continue;
    for (const alias of titledForms(person)) {
      if (claimed.get(alias) !== 1) continue;
      const at = wholeWordsAt(text, alias);
      if (at >= 0 && (first === null || at < first.at)) {
        first = { at, end: at + alias.length, name: person.name };
      }
    }
  }
  if (first === null) return text;
  return `${text.slice(0, first.end)} [${first.name}]${text.slice(first.end)}`;
}

/**
 * The forms of a person's name that are a title and their surname: two
 * words, the second their name's last, the first not their name's first
 * ("Mr Tolley" of Graham Tolley; not "Graham", nor "Tolley" alone).
 */
function titledForms(person: Entity): string[] {
  const words = person.name.split(' ');
  const surname = words.at(-1);
  if (words.length < 2 || surname === undefined) return [];
  return person.aliases.filter((alias) => {
    const parts = alias.split(' ');
    return (
      parts.length === 2 && parts[1] === surname && parts[0] !== words[0] && /^\p{Lu}/u.test(alias)
    );
  });
}

/** Where a text writes these words as whole words, not before a possessive, or -1. */
function wholeWordsAt(text: string, words: string): number {
  let from = 0;
  for (;;) {
    const at = text.indexOf(words, from);
    if (at < 0) return -1;
    const before = text[at - 1] ?? ' ';
    const after = text[at + words.length] ?? ' ';
    // "Ms Amberley's view" is left as written: a bracket would part her from what is hers.
    if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d'’]/u.test(after)) return at;
    from = at + 1;
  }
}
