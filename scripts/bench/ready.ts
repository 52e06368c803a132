/**
 * The program's start-up path and nothing else: load and validate the
 * bundled story, build the engine, say "ready". `startup.ts` times it from
 * outside, as a fresh process, the way a restart of the bot pays for it.
 */
import { BUNDLED_KNOWLEDGE_DIR } from '../../src/config.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

createEngine(await loadKnowledge(BUNDLED_KNOWLEDGE_DIR));
process.stdout.write('ready\n');
