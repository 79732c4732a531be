/**
 * The fuzz runner: runs every property of `properties.ts` with fast-check and
 * a run count per property of `--runs` times its weight, prints runs and time
 * per property, and keeps each failure, shrunk, as a fixture in
 * `test/fixtures/fuzz/` (the test suite replays them). Exit code 1 when a
 * property failed.
 *
 *   tsx test/fuzz/run.ts [--runs 1000] [--seed 42] [--only parse-text,labels] [--jobs 2]
 *
 * `FUZZ_RUNS` sets the default of `--runs`. With `--jobs N` the properties are
 * shared out to N child processes.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { saveFixture } from './fixtures';
import { FUZZ_PROPERTIES, type FuzzProperty } from './properties';

/** The outcome of one property. */
interface Outcome {
  name: string;
  runs: number;
  ms: number;
  failed: boolean;
  fixture?: string;
  error?: string;
}

/** Runs of a property for a base run count. */
export function runsFor(property: FuzzProperty, base: number): number {
  return Math.max(1, Math.round(base * property.weight));
}

/** The fast-check property of a fuzz property. */
export function toFastCheck(property: FuzzProperty): fc.IRawProperty<unknown[]> {
  const arbitraries = property.arbitraries as [fc.Arbitrary<unknown>, ...Array<fc.Arbitrary<unknown>>];
  const check = property.check as (...args: unknown[]) => void | Promise<void>;
  if (check.constructor.name === 'AsyncFunction') {
    const asyncProperty = fc.asyncProperty as unknown as (...parts: unknown[]) => fc.IRawProperty<unknown[]>;
    return asyncProperty(...arbitraries, async (...args: unknown[]) => {
      await check(...args);
    });
  }
  const syncProperty = fc.property as unknown as (...parts: unknown[]) => fc.IRawProperty<unknown[]>;
  return syncProperty(...arbitraries, (...args: unknown[]) => {
    check(...args);
  });
}

async function runOne(property: FuzzProperty, base: number, seed: number): Promise<Outcome> {
  const numRuns = runsFor(property, base);
  const started = performance.now();
  let details: fc.RunDetails<unknown[]>;
  try {
    details = await fc.check(toFastCheck(property), { numRuns, seed, endOnFailure: false });
  } catch (error) {
    // A generator threw (for example on a polluted prototype): no counterexample to keep.
    return { name: property.name, runs: 0, ms: performance.now() - started, failed: true, error: `outside the check: ${String(error).slice(0, 500)}` };
  }
  const ms = performance.now() - started;
  if (!details.failed) return { name: property.name, runs: details.numRuns, ms, failed: false };
  const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  const fixture = saveFixture({
    property: property.name,
    failure: error.slice(0, 2000),
    seed: details.seed,
    path: details.counterexamplePath ?? '',
    args: details.counterexample ?? [],
  });
  return { name: property.name, runs: details.numRuns, ms, failed: true, fixture, error: error.slice(0, 500) };
}

function spawnChild(names: string[], base: number, seed: number): Promise<Outcome[]> {
  const script = fileURLToPath(import.meta.url);
  const args = [...process.execArgv, script, '--runs', String(base), '--seed', String(seed), '--only', names.join(','), '--json'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', () => {
      try {
        resolve(JSON.parse(out.slice(out.indexOf('['))) as Outcome[]);
      } catch (error) {
        reject(new Error(`a fuzz worker printed no result: ${String(error)}\n${out}`));
      }
    });
  });
}

function printSummary(outcomes: readonly Outcome[], wallMs: number): void {
  const width = Math.max(...outcomes.map((outcome) => outcome.name.length));
  console.log(`${'property'.padEnd(width)}  ${'runs'.padStart(9)}  ${'seconds'.padStart(8)}  result`);
  for (const { name, runs, ms, failed, fixture, error } of outcomes) {
    console.log(`${name.padEnd(width)}  ${String(runs).padStart(9)}  ${(ms / 1000).toFixed(1).padStart(8)}  ${failed ? `FAILED${fixture ? ` (${fixture})` : ''}` : 'ok'}`);
    if (error) console.log(`    ${error.split('\n').join('\n    ')}`);
  }
  const total = outcomes.reduce((sum, outcome) => sum + outcome.runs, 0);
  console.log(`\n${total} inputs in ${(wallMs / 1000).toFixed(1)} s of wall time; ${outcomes.filter((o) => o.failed).length} properties failed`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string' },
      seed: { type: 'string' },
      only: { type: 'string' },
      jobs: { type: 'string' },
      json: { type: 'boolean' },
    },
  });
  const base = Number(values.runs ?? process.env['FUZZ_RUNS'] ?? 1000);
  const seed = values.seed === undefined ? Date.now() ^ (Math.random() * 0x7fffffff) : Number(values.seed);
  const only = values.only?.split(',');
  const properties = FUZZ_PROPERTIES.filter((property) => !only || only.includes(property.name));
  if (properties.length === 0) throw new Error(`no property named ${values.only}`);
  const jobs = Math.max(1, Number(values.jobs ?? 1));
  const started = performance.now();
  let outcomes: Outcome[];
  if (jobs > 1) {
    // Heaviest first, each to the least loaded worker.
    const shares: string[][] = Array.from({ length: jobs }, () => []);
    const load = new Array<number>(jobs).fill(0);
    for (const property of properties) {
      const k = load.indexOf(Math.min(...load));
      shares[k]!.push(property.name);
      load[k]! += runsFor(property, base) / Math.max(property.weight, 0.01);
    }
    outcomes = (await Promise.all(shares.filter((names) => names.length > 0).map((names) => spawnChild(names, base, seed)))).flat();
  } else {
    if (!values.json) console.log(`fuzzing ${properties.length} properties, base ${base} runs, seed ${seed}`);
    outcomes = [];
    for (const property of properties) outcomes.push(await runOne(property, base, seed));
  }
  if (values.json) {
    process.stdout.write(JSON.stringify(outcomes));
    return;
  }
  printSummary(outcomes, performance.now() - started);
  if (outcomes.some((outcome) => outcome.failed)) process.exitCode = 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
