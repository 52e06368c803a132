/** Paths, relative to the knowledge root, of the bundled source's files, as problems name them. */
export const SOURCE_DIR = 'sources/caliber-az-russia-syria-bases';

/** `SOURCE_DIR/<name>`: the file a problem in that source should name. */
export function sourceFile(name: string): string {
  return `${SOURCE_DIR}/${name}`;
}
