/**
 * A count of the units the incremental normaliser reads, for the tests that
 * show it linear by counting rather than timing: every unit it normalises,
 * joins, scans for a cut or shortens adds one. Not exported from the package.
 */

/** Units read by every incremental normaliser since the count was last reset. */
export const streamWork = { units: 0 };

/** Sets the count back to zero. */
export function resetStreamWork(): void {
  streamWork.units = 0;
}
