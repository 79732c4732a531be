import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, run } from '../helpers/run';

interface Reflection {
  id: number;
  name: string;
  /** For a reference (an export that re-exports what the other module declares): the declaration's id. */
  target?: number;
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
      // The project's children are its two modules, `khabar` and `khabar/schema`: theirs are the exports.
      const modules = project.children ?? [];
      expect(modules.map((module) => module.name).sort()).toEqual(['khabar', 'khabar/schema']);
      const exports = modules.flatMap((module) => module.children ?? []);
      expect(exports.length).toBeGreaterThan(40);
      // The types both entries export are declared once; the other entry's export refers to the declaration.
      const byId = new Map(exports.map((reflection) => [reflection.id, reflection]));
      const declaration = (reflection: Reflection): Reflection | undefined => (reflection.target === undefined ? reflection : byId.get(reflection.target));
      expect(exports.filter((reflection) => !hasExample(declaration(reflection) ?? reflection)).map((reflection) => reflection.name)).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
