/**
 * A problem with what the user asked `ingest` to do (bad file, bad option,
 * duplicate source). Its message is meant for the user as is.
 */
export class IngestError extends Error {
  override readonly name = 'IngestError';
}
