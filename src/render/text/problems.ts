import { formatProblems, type KnowledgeProblem } from '../../knowledge/problems.ts';

/** Every knowledge problem, one `file: path: reason` line each, under a line naming the folder. */
export function renderKnowledgeProblems(
  dir: string,
  problems: readonly KnowledgeProblem[],
): string {
  const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
  return `The knowledge in ${dir} has ${count}:\n${formatProblems(problems)}`;
}
