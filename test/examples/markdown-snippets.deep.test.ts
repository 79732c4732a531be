/**
 * The README and `docs/getting-started.md` promise that every snippet runs and
 * prints what the page shows. This test holds them to that: each ```ts block
 * is a complete program; all are type-checked together, each is run with tsx,
 * and the ```text block that follows must equal the program's output.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, ROOT, run } from '../helpers/run';

/** A program of the guide and the output printed under it, if any. */
interface Snippet {
  readonly line: number;
  readonly code: string;
  readonly output: string | null;
}

/** The fenced blocks of a Markdown text, with their info string and first line number. */
function fencedBlocks(markdown: string): Array<{ info: string; line: number; body: string }> {
  const blocks: Array<{ info: string; line: number; body: string }> = [];
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const opening = lines[index] ?? '';
    if (!opening.startsWith('```')) continue;
    const start = index;
    const body: string[] = [];
    for (index++; index < lines.length && !(lines[index] ?? '').startsWith('```'); index++) body.push(lines[index] ?? '');
    blocks.push({ info: opening.slice(3).trim(), line: start + 1, body: body.join('\n') });
  }
  return blocks;
}

/** Each ts block with the text block that directly follows it. */
function snippets(markdown: string): Snippet[] {
  const blocks = fencedBlocks(markdown);
  const result: Snippet[] = [];
  blocks.forEach((block, index) => {
    if (block.info !== 'ts') return;
    const next = blocks[index + 1];
    result.push({ line: block.line, code: block.body, output: next?.info === 'text' ? next.body : null });
  });
  return result;
}

/** The pages whose snippets are checked, with the least number of programs each must hold. */
const PAGES = [
  { path: 'README.md', minimum: 2 },
  { path: join('docs', 'getting-started.md'), minimum: 5 },
  { path: join('docs', 'search.md'), minimum: 4 },
] as const;

describe.each(PAGES)('$path', ({ path, minimum }) => {
  const SNIPPETS = snippets(readFileSync(join(ROOT, path), 'utf8'));
  let folder: string;

  beforeAll(() => {
    // Inside the repository (test/artifacts is git-ignored), so snippets resolve the dev
    // dependencies they show (search engines) from its node_modules.
    mkdirSync(join(ROOT, 'test', 'artifacts'), { recursive: true });
    folder = mkdtempSync(join(ROOT, 'test', 'artifacts', 'snippets-'));
    SNIPPETS.forEach((snippet, index) => writeFileSync(join(folder, `snippet-${index}.ts`), `${snippet.code}\nexport {};\n`));
    // Resolve `khabar` to the sources, as in the repository's own code.
    writeFileSync(
      join(folder, 'tsconfig.json'),
      JSON.stringify({
        extends: join(ROOT, 'tsconfig.json'),
        compilerOptions: { baseUrl: ROOT, typeRoots: [join(ROOT, 'node_modules', '@types')] },
        include: [join(folder, '*.ts')],
      }),
    );
  });

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('has programs, and each has its output printed under it', () => {
    expect(SNIPPETS.length).toBeGreaterThanOrEqual(minimum);
    for (const snippet of SNIPPETS) expect(snippet.output, `block at line ${snippet.line}`).not.toBeNull();
  });

  it('type-checks every program', () => {
    const result = run(bin('tsc'), ['-p', join(folder, 'tsconfig.json'), '--noEmit']);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it.each(SNIPPETS.map((snippet, index) => [snippet.line, index] as const))('runs the program at line %i and prints the output shown', (_line, index) => {
    const snippet = SNIPPETS[index];
    const result = run(bin('tsx'), ['--tsconfig', join(ROOT, 'tsconfig.json'), join(folder, `snippet-${index}.ts`)]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(`${snippet?.output ?? ''}\n`);
  });
});
