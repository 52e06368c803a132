/** One line typed into the console chat, understood. */
export type ConsoleInput =
  | { kind: 'empty' }
  | { kind: 'ask'; question: string }
  | { kind: 'timeline' }
  | { kind: 'quote'; query: string }
  | { kind: 'who'; name: string }
  | { kind: 'source' }
  | { kind: 'help' }
  | { kind: 'quit' }
  | { kind: 'unknown-command'; command: string };

type Command = Exclude<ConsoleInput['kind'], 'empty' | 'ask' | 'unknown-command'>;

/** Slash commands and the names they answer to. */
const COMMAND_NAMES: Readonly<Record<string, Command>> = {
  timeline: 'timeline',
  quote: 'quote',
  quotes: 'quote',
  who: 'who',
  source: 'source',
  sources: 'source',
  help: 'help',
  quit: 'quit',
  exit: 'quit',
};

/** Reads a line: `/command argument`, or else a question. */
export function parseConsoleLine(line: string): ConsoleInput {
  const text = line.trim();
  if (text === '') return { kind: 'empty' };
  if (!text.startsWith('/')) return { kind: 'ask', question: text };

  const match = /^\/(\S*)\s*([\s\S]*)$/.exec(text);
  const word = (match?.[1] ?? '').toLowerCase();
  const argument = (match?.[2] ?? '').trim();
  const command = Object.hasOwn(COMMAND_NAMES, word) ? COMMAND_NAMES[word] : undefined;
  switch (command) {
    case 'quote':
      return { kind: 'quote', query: argument };
    case 'who':
      return { kind: 'who', name: argument };
    case 'timeline':
    case 'source':
    case 'help':
    case 'quit':
      return { kind: command };
    default:
      return { kind: 'unknown-command', command: word };
  }
}
