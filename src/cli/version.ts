/**
 * The package version, read at run time from the `package.json` beside the
 * built CLI (`dist/cli.js` → `package.json`), so the two can never disagree.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The version of the khabar package this CLI belongs to, or `unknown`. */
export function packageVersion(moduleUrl: string): string {
  let dir = dirname(fileURLToPath(moduleUrl));
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      try {
        const manifest = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
        if (manifest.name === 'khabar' && typeof manifest.version === 'string') return manifest.version;
      } catch {
        // Not ours, or not JSON: keep looking further up.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) return 'unknown';
    dir = parent;
  }
}
