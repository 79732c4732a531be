/**
 * The packed tarball as a user installs it, into a scratch project that
 * already depends on another zod 4 minor (fetched from the npm registry):
 * zod is a peer dependency, so npm keeps the project's copy and installs no
 * second one; `z.infer<typeof ArticleSchema>` type-checks against that copy
 * under `moduleResolution: nodenext`; and the library runs on it, from ESM and
 * from CommonJS.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, requireBuild, run } from '../helpers/run';

/** A zod 4 release other than the one the repository builds with. */
const PROJECT_ZOD = '4.1.13';

const TYPED = `import { z } from 'zod';
import { parseArticle, type Article } from 'khabar';
import { ArticleSchema } from 'khabar/schema';

type Inferred = z.infer<typeof ArticleSchema>;
const article: Inferred = parseArticle('عنوان\\n\\nعنوان\\nتعليق\\n\\nفقرة.');
const same: Article = article;
// The package's schemas compose with the project's own.
const Stored = z.object({ article: ArticleSchema, source: z.string() });
const stored: z.infer<typeof Stored> = { article: same, source: 'test' };
console.log(JSON.stringify({ title: stored.article.title, valid: Stored.safeParse(stored).success }));
`;

const REQUIRED = `const { z } = require('zod');
const { parseArticle } = require('khabar');
const { ArticleSchema } = require('khabar/schema');
const Stored = z.object({ article: ArticleSchema });
console.log(JSON.stringify({ valid: Stored.safeParse({ article: parseArticle('عنوان\\n\\nعنوان\\nتعليق\\n\\nفقرة.') }).success }));
`;

let folder: string;
let project: string;

/** Every zod package.json under node_modules, at any depth. */
function zodCopies(root: string): string[] {
  const found: string[] = [];
  const visit = (modules: string): void => {
    let names: string[];
    try {
      names = readdirSync(modules);
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      if (name.startsWith('@')) {
        for (const scoped of readdirSync(join(modules, name))) visit(join(modules, name, scoped, 'node_modules'));
        continue;
      }
      if (name === 'zod') found.push(join(modules, name));
      visit(join(modules, name, 'node_modules'));
    }
  };
  visit(join(root, 'node_modules'));
  return found;
}

const npm = (args: string[], cwd: string) => run('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd });

beforeAll(() => {
  requireBuild();
  folder = mkdtempSync(join(tmpdir(), 'khabar-install-'));
  const packed = run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', folder], { env: { npm_config_loglevel: 'error' } });
  expect(packed.status, packed.stderr).toBe(0);
  const tarball = join(folder, (JSON.parse(packed.stdout) as Array<{ filename: string }>)[0]!.filename);
  project = join(folder, 'project');
  run('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'scratch', version: '1.0.0', private: true, type: 'module' }, null, 2));
  const withZod = npm(['install', '--save-exact', `zod@${PROJECT_ZOD}`], project);
  expect(withZod.status, withZod.stderr).toBe(0);
  const withKhabar = npm(['install', tarball], project);
  expect(withKhabar.status, withKhabar.stderr).toBe(0);
});

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('the tarball installed beside another zod 4', () => {
  it('leaves one zod, the project’s own', () => {
    const copies = zodCopies(project);
    expect(copies).toEqual([join(project, 'node_modules', 'zod')]);
    expect((JSON.parse(readFileSync(join(copies[0]!, 'package.json'), 'utf8')) as { version: string }).version).toBe(PROJECT_ZOD);
    const listed = npm(['ls', 'zod', '--all', '--parseable'], project);
    expect(listed.status, listed.stdout + listed.stderr).toBe(0);
  });

  it('type-checks z.infer<typeof ArticleSchema> against it (nodenext) and runs from ESM', () => {
    writeFileSync(join(project, 'index.ts'), TYPED);
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', skipLibCheck: false, types: [], outDir: 'out', lib: ['es2022', 'dom'] }, files: ['index.ts'] }),
    );
    const checked = run(bin('tsc'), ['-p', 'tsconfig.json'], { cwd: project });
    expect(checked.status, checked.stdout + checked.stderr).toBe(0);
    const ran = run(process.execPath, [join(project, 'out', 'index.js')], { cwd: project });
    expect(ran.stderr).toBe('');
    expect(JSON.parse(ran.stdout)).toEqual({ title: 'عنوان', valid: true });
  });

  it('runs from CommonJS with the same zod', () => {
    writeFileSync(join(project, 'required.cjs'), REQUIRED);
    const ran = run(process.execPath, [join(project, 'required.cjs')], { cwd: project });
    expect(ran.stderr).toBe('');
    expect(JSON.parse(ran.stdout)).toEqual({ valid: true });
  });
});
