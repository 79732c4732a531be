import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run';

/** Every `.ts` file under `dir`, recursively. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

// The library core must run unchanged in browsers; only the CLI may use Node.
const CORE = sourceFiles(join(ROOT, 'src')).filter((path) => !relative(ROOT, path).startsWith(join('src', 'cli')));
const NODE_ONLY = [
  /from\s+['"]node:/,
  /from\s+['"](fs|path|os|url|util|stream|buffer|child_process|worker_threads|crypto|events)(\/[^'"]*)?['"]/,
  /\brequire\s*\(/,
  /\bprocess\./,
  /\b__dirname\b/,
];

describe('library core', () => {
  it('has source files to check', () => {
    expect(CORE.length).toBeGreaterThan(10);
  });

  it.each(CORE.map((path) => [relative(ROOT, path)]))('%s imports no Node built-in', (path) => {
    const text = readFileSync(join(ROOT, path), 'utf8');
    for (const pattern of NODE_ONLY) expect(text, `${path} matches ${pattern}`).not.toMatch(pattern);
  });
});
