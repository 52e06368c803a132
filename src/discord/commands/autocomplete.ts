import type { APIApplicationCommandOptionChoice } from 'discord.js';
import { LIMITS } from '../render/limits.ts';
import { truncate } from '../render/text.ts';

/**
 * Autocomplete choices within Discord's limits: at most 25, name and value
 * at most 100 characters, no two alike.
 */
export function toChoices(values: readonly string[]): APIApplicationCommandOptionChoice<string>[] {
  const seen = new Set<string>();
  const choices: APIApplicationCommandOptionChoice<string>[] = [];
  for (const value of values) {
    const name = truncate(value.trim(), LIMITS.choiceName);
    if (name === '' || seen.has(name)) continue;
    seen.add(name);
    choices.push({ name, value: truncate(value.trim(), LIMITS.choiceValue) });
    if (choices.length === LIMITS.autocompleteChoices) break;
  }
  return choices;
}
