import type { StoryEngine } from '../engine/engine.ts';

const SLASH_COMMANDS = ['/timeline', '/quote ', '/who ', '/source', '/help', '/quit'];

/**
 * Tab completion for the interactive chat: command names, names after `/who`
 * and `/quote`, and known questions for anything else. Returns readline's
 * `[candidates, replacedText]` pair.
 */
export function completeConsoleLine(engine: StoryEngine, line: string): [string[], string] {
  const nameCommand = /^\/(who|quote)\s+/i.exec(line);
  if (nameCommand) {
    const typed = line.slice(nameCommand[0].length);
    const names = typed.trim() === '' ? engine.whoNames() : engine.whoNames(typed);
    return [names.map((name) => `${nameCommand[0]}${name}`), line];
  }
  if (line.startsWith('/')) {
    return [SLASH_COMMANDS.filter((command) => command.startsWith(line.toLowerCase())), line];
  }
  return [engine.complete(line, 10), line];
}
