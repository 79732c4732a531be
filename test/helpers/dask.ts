/**
 * Access to a Python with Dask distributed, for the tests of the Dask recipe
 * in `examples/dask/`. Where there is none, those tests report themselves
 * skipped with the reason — unless `CI` is set, where a missing Dask is a
 * failure, so CI always runs them (`.ci/run` installs Debian's
 * `python3-distributed`).
 */
import { spawnSync } from 'node:child_process';
import { describe } from 'vitest';

/** Pythons tried in order: `KHABAR_PYTHON`, Debian's, then the one on the PATH. */
const CANDIDATES = [process.env['KHABAR_PYTHON'], '/usr/bin/python3', 'python3'].filter((path): path is string => path !== undefined);

// find_spec looks the packages up without importing them, so collecting the tests stays quick.
const PROBE = "import importlib.util as u, sys; sys.exit(0 if u.find_spec('distributed') and u.find_spec('dask') else 1)";

function findPython(): string | undefined {
  return CANDIDATES.find((python) => spawnSync(python, ['-c', PROBE], { stdio: 'ignore' }).status === 0);
}

/** A Python that can import Dask distributed, if there is one. */
export const DASK_PYTHON = findPython();

/** Why tests needing Dask are skipped. */
export const DASK_SKIP_REASON = `skipped: no Python with Dask distributed (tried ${CANDIDATES.join(', ')}; Debian: apt-get install python3-distributed)`;

/**
 * `describe` for suites that need Dask: skipped with the reason when no
 * Python has it, and failing loudly under `CI` instead of skipping.
 */
export function describeWithDask(name: string, body: (python: string) => void): void {
  if (DASK_PYTHON !== undefined) {
    const python = DASK_PYTHON;
    describe(name, () => body(python));
    return;
  }
  if (process.env['CI']) {
    describe(name, () => {
      throw new Error(`${DASK_SKIP_REASON}; CI must run this suite`);
    });
    return;
  }
  describe.skip(`${name} (${DASK_SKIP_REASON})`, () => body('python3'));
}
