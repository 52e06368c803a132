import { renderKnowledgeProblems } from '../../render/text/problems.ts';
import { parseCommandArgs } from '../args.ts';
import type { CliCommand } from '../command.ts';
import { checkKnowledge, type KnowledgeCounts } from '../knowledge-check.ts';

const plural = (count: number, one: string, many = `${one}s`) =>
  `${count} ${count === 1 ? one : many}`;

/** `knowledge OK: 1 source, 9 passages, …`. */
function describeCounts(counts: KnowledgeCounts): string {
  return [
    plural(counts.sources, 'source'),
    plural(counts.passages, 'passage'),
    plural(counts.quotes, 'quote'),
    plural(counts.pairs, 'Q&A pair'),
    plural(counts.events, 'event'),
    plural(counts.entities, 'entity', 'entities'),
  ].join(', ');
}

/** `storydesk check`: the knowledge load-time checks, alone, with every problem listed. */
export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'Check the knowledge files (and their generated JSON Schemas) and list every problem.',
  usage: ['check [--dir DIR]'],
  options: [['--dir DIR', 'Knowledge folder to check (default: KNOWLEDGE_DIR or the bundled one)']],
  parse(args) {
    const { values } = parseCommandArgs(args, { options: { dir: { type: 'string' } } });
    return async (context) => {
      const dir = values.dir ?? context.config.knowledgeDir;
      const { counts, problems } = await checkKnowledge(dir);
      if (problems.length > 0 || counts === null) {
        context.stdout(`${renderKnowledgeProblems(dir, problems)}\n`);
        return 1;
      }
      context.stdout(`knowledge OK: ${describeCounts(counts)}\n`);
      return 0;
    };
  },
};
