import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, run } from '../helpers/run';

interface Reflection {
  name: string;
  comment?: { blockTags?: Array<{ tag: string }> };
  signatures?: Reflection[];
  children?: Reflection[];
}

function hasExample(reflection: Reflection): boolean {
  const comments = [reflection.comment, ...(reflection.signatures ?? []).map((signature) => signature.comment)];
  return comments.some((comment) => comment?.blockTags?.some((tag) => tag.tag === '@example') ?? false);
}

describe('API documentation', () => {
  it('gives every export an @example', () => {
    const folder = mkdtempSync(join(tmpdir(), 'khabar-typedoc-'));
    try {
      const out = join(folder, 'api.json');
      const result = run(bin('typedoc'), ['--json', out, '--logLevel', 'Error']);
      expect(result.status, result.stdout + result.stderr).toBe(0);
      const project = JSON.parse(readFileSync(out, 'utf8')) as Reflection;
      // The project is the module `khabar` (typedoc.json: alwaysCreateEntryPointModule false): its children are the exports.
      const exports = project.children ?? [];
      expect(exports.length).toBeGreaterThan(40);
      expect(exports.filter((reflection) => !hasExample(reflection)).map((reflection) => reflection.name)).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
