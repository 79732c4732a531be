/**
 * The shape of a fuzz property and the helpers every property file shares,
 * kept apart from `properties.ts` so the per-module files
 * (`tokenize-properties.ts`, `compare-properties.ts`) can use them without
 * an import cycle.
 */
import assert from 'node:assert/strict';
import type fc from 'fast-check';

/** One property of the fuzz suite. */
export interface FuzzProperty {
  /** Unique name; also the prefix of its fixture files. */
  readonly name: string;
  /** The public exports it exercises. */
  readonly covers: readonly string[];
  /** Share of the base run count: 1 for cheap inputs, less for the huge shapes. */
  readonly weight: number;
  /** The generators of its arguments. */
  readonly arbitraries: ReadonlyArray<fc.Arbitrary<unknown>>;
  /** Checks one set of arguments; throws on failure. May return a promise. */
  readonly check: (...args: never[]) => void | Promise<void>;
}

/** A fuzz property with typed arguments. */
export function property<T extends unknown[]>(
  name: string,
  covers: readonly string[],
  weight: number,
  arbitraries: { [K in keyof T]: fc.Arbitrary<T[K]> },
  check: (...args: T) => void | Promise<void>,
): FuzzProperty {
  return { name, covers, weight, arbitraries: arbitraries as ReadonlyArray<fc.Arbitrary<unknown>>, check: check as unknown as FuzzProperty['check'] };
}

/** Calls `fn`; an error must be one of the documented kinds. */
export function refusesOrRuns<T>(fn: () => T, allowed: ReadonlyArray<new (...args: never[]) => Error>): T | undefined {
  try {
    return fn();
  } catch (error) {
    assert.ok(allowed.some((kind) => error instanceof kind), `unexpected ${String(error)}`);
    return undefined;
  }
}
