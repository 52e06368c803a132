import type { z } from 'zod';
import { jsonPath, type KnowledgeProblem } from './problems.ts';

/**
 * Error map for parsing knowledge files. Zod words a missing field as
 * "expected string, received undefined", which reads like a type mistake;
 * an editor needs to hear that the field is missing.
 */
export const knowledgeErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type' && issue.input === undefined) {
    return `required field is missing (expected ${issue.expected})`;
  }
  return undefined;
};

/**
 * Turns the issues of one failed parse into problems. Zod reports unknown
 * fields and bad record keys on the object that holds them; here each one
 * points at the offending key itself, so the path alone says what to fix.
 */
export function problemsFromIssues(
  file: string,
  issues: readonly z.core.$ZodIssue[],
): KnowledgeProblem[] {
  return issues.flatMap((issue): KnowledgeProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        file,
        path: jsonPath([...issue.path, key]),
        reason: `unknown field "${key}" (the schema does not allow it; check its spelling)`,
      }));
    }
    if (issue.code === 'invalid_key') {
      const why = issue.issues.map((inner) => inner.message).join('; ');
      return [{ file, path: jsonPath(issue.path), reason: `invalid key: ${why}` }];
    }
    return [{ file, path: jsonPath(issue.path), reason: issue.message }];
  });
}
