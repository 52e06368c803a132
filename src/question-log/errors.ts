/**
 * The question log cannot be used: the database is unreachable, the data
 * folder is damaged or in use. The message says why in words an operator
 * can act on, and never holds a database password.
 */
export class QuestionLogError extends Error {
  override readonly name = 'QuestionLogError';
}
