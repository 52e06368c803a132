/**
 * `npm run load`: load figures on loopback only, in one run, every loop bounded.
 * - HTTP mode (its own process, as `npm start` runs it with a public key):
 *   the highest steady rate of signed interactions one process answers with
 *   p99 within Discord's 3 s, then bursts of 1,000 and 5,000;
 * - gateway mode: the same bursts through the real discord.js client.
 * Prints a table, or JSON with `--json`.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { BUNDLED_KNOWLEDGE_DIR } from '../../src/config.ts';
import { createEngine } from '../../src/engine/engine.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { testKeys } from '../../test/fixtures/http/signed.ts';
import { percentile } from '../bench/measure.ts';
import { gatewayBurst } from './gateway-load.ts';
import { httpBurst, httpRate, type Outcome, prepare } from './http-load.ts';
import { askInteractions } from './workload.ts';

/** Discord's deadline for an interaction answer. */
const DEADLINE_MS = 3000;
const RATES = [50, 100, 150, 200, 300, 400, 600, 800, 1200, 1600, 2400, 3200];
const RATE_SECONDS = 5;
const BURSTS = [1000, 5000];
const GATEWAY_TIMEOUT_MS = 60_000;

interface Figure {
  sent: number;
  answered: number;
  /** Unanswered interactions by reason. */
  failures: Record<string, number>;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

function summarise(outcomes: readonly Outcome[]): Figure {
  const answered = outcomes.filter((o) => o.ok).map((o) => o.ms);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  const failures: Record<string, number> = {};
  for (const o of outcomes) if (o.failure) failures[o.failure] = (failures[o.failure] ?? 0) + 1;
  return {
    sent: outcomes.length,
    answered: answered.length,
    failures,
    p50Ms: round(percentile(answered, 50)),
    p99Ms: round(percentile(answered, 99)),
    maxMs: round(Math.max(...answered)),
  };
}

const within = (f: Figure) => f.answered === f.sent && f.p99Ms <= DEADLINE_MS;

async function startHttpMode(publicKeyHex: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'http-server.ts'), publicKeyHex],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout });
  const [url] = (await once(lines, 'line')) as [string];
  return {
    url,
    /** Stops the server; resolves with the CPU milliseconds it used. */
    stop: async () => {
      child.kill('SIGTERM');
      const [line] = (await once(lines, 'line')) as [string];
      return (JSON.parse(line) as { cpuMs: number }).cpuMs;
    },
  };
}

const engine = createEngine(await loadKnowledge(BUNDLED_KNOWLEDGE_DIR));
const keys = testKeys();
const http = await startHttpMode(keys.publicKeyHex);
let interactionsSent = 0;
// The figures depend on what else the machine runs: the load average goes with them.
const report: Record<string, unknown> = { cpus: cpus().length, loadAverageBefore: loadavg() };
try {
  // Warm the JIT and the connections before anything is measured.
  await httpRate(http.url, prepare(keys, askInteractions(engine, 500)), 100);
  interactionsSent += 500;

  const rates: (Figure & { perSecond: number })[] = [];
  for (const perSecond of RATES) {
    const prepared = prepare(keys, askInteractions(engine, perSecond * RATE_SECONDS));
    const figure = { perSecond, ...summarise(await httpRate(http.url, prepared, perSecond)) };
    interactionsSent += prepared.length;
    rates.push(figure);
    if (!within(figure)) break;
  }
  report.httpRates = rates;
  report.httpSustainedPerSecond = Math.max(0, ...rates.filter(within).map((r) => r.perSecond));

  const httpBursts: Record<string, Figure> = {};
  for (const size of BURSTS) {
    interactionsSent += size;
    httpBursts[size] = summarise(
      await httpBurst(http.url, prepare(keys, askInteractions(engine, size))),
    );
  }
  report.httpBursts = httpBursts;
} finally {
  const cpuMs = await http.stop();
  report.httpCpuMsPerInteraction = Math.round((cpuMs / interactionsSent) * 100) / 100;
}

const gatewayBursts: Record<string, Figure> = {};
for (const size of BURSTS) {
  gatewayBursts[size] = summarise(
    await gatewayBurst(engine, askInteractions(engine, size), GATEWAY_TIMEOUT_MS),
  );
}
report.gatewayBursts = gatewayBursts;

if (process.argv.includes('--json')) {
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
} else {
  const line = (label: string, f: Figure) =>
    `${label.padEnd(30)} answered ${f.answered}/${f.sent}  p50 ${f.p50Ms} ms  p99 ${f.p99Ms} ms  max ${f.maxMs} ms${
      f.answered < f.sent ? `  unanswered: ${JSON.stringify(f.failures)}` : ''
    }`;
  const load = (report.loadAverageBefore as number[]).map((l) => l.toFixed(2)).join(' ');
  const out = [`cores: ${report.cpus}, load average before the run: ${load}`];
  for (const r of report.httpRates as (Figure & { perSecond: number })[]) {
    out.push(line(`HTTP steady ${r.perSecond}/s for ${RATE_SECONDS} s`, r));
  }
  out.push(`HTTP: ${report.httpSustainedPerSecond} signed interactions/s answered with p99 ≤ 3 s`);
  out.push(
    `HTTP: ${report.httpCpuMsPerInteraction} ms of server CPU per interaction, over the whole run`,
  );
  for (const [size, f] of Object.entries(report.httpBursts as Record<string, Figure>)) {
    out.push(line(`HTTP burst of ${size}`, f));
  }
  for (const [size, f] of Object.entries(gatewayBursts))
    out.push(line(`gateway burst of ${size}`, f));
  process.stdout.write(`${out.join('\n')}\n`);
}
process.exit(0);
