/**
 * Finds the system Chromium for the browser tests. Without it they are
 * skipped with the command that installs it — unless `CI` is set, where a
 * missing browser is a failure, so CI always runs them.
 */
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { describe, it } from 'vitest';

/** How to get the browser and the Arabic fonts on Debian. */
export const INSTALL_COMMAND = 'apt-get install -y chromium fonts-noto-core';

/**
 * Flags for a quiet, self-contained headless run: no sandbox (tests run as
 * root in containers), no GPU, and no network traffic of the browser's own.
 */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** Absolute path of `chromium` on `PATH` (what `which chromium` prints), or `null`. */
export function findChromium(): string | null {
  for (const folder of (process.env['PATH'] ?? '').split(delimiter)) {
    if (folder === '') continue;
    const candidate = join(folder, 'chromium');
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return null;
}

/** `describe` for suites that drive Chromium: skipped with the install command when it is missing, failing under `CI`. */
export function describeWithChromium(name: string, body: (executablePath: string) => void): void {
  const executablePath = findChromium();
  if (executablePath !== null) {
    describe(name, () => body(executablePath));
    return;
  }
  const reason = `chromium not found on PATH; install it with \`${INSTALL_COMMAND}\``;
  if (process.env['CI']) {
    describe(name, () => {
      it('has Chromium to run with', () => {
        throw new Error(`${reason}; CI must run the browser tests`);
      });
    });
    return;
  }
  describe.skip(`${name} (skipped: ${reason})`, () => body(''));
}
