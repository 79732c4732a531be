/**
 * Documentation that travels with the package: every relative link in a
 * Markdown file of the tarball (README, CONTRIBUTING, the guides in docs/)
 * and every path the declaration files' comments mention ("see
 * docs/normalization.md") must name a file inside the tarball, so it resolves
 * in `node_modules/khabar` as well as in a clone. A link to a heading must
 * name a heading of its target.
 */
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packedFiles } from '../helpers/packed';
import { requireBuild, ROOT } from '../helpers/run';

/** A link found in a file, with its line for the failure message. */
interface Link {
  readonly from: string;
  readonly line: number;
  readonly target: string;
}

/** Markdown with fenced blocks blanked out, line numbers kept. */
function withoutFences(markdown: string): string {
  const lines = markdown.split('\n');
  let fence: string | null = null;
  return lines
    .map((line) => {
      const opening = /^\s{0,3}(```|~~~)/.exec(line)?.[1];
      if (fence === null && opening !== undefined) {
        fence = opening;
        return '';
      }
      if (fence !== null) {
        if (line.trimStart().startsWith(fence)) fence = null;
        return '';
      }
      return line;
    })
    .join('\n');
}

/** Markdown with fenced blocks and inline code blanked out, so links shown as code are not read as links. */
function withoutCode(markdown: string): string {
  return withoutFences(markdown).replace(/`[^`\n]*`/g, (code) => ' '.repeat(code.length));
}

/** Inline links `[text](target)`, reference definitions `[id]: target` and `href`/`src` attributes. */
function markdownLinks(from: string, markdown: string): Link[] {
  const links: Link[] = [];
  withoutCode(markdown)
    .split('\n')
    .forEach((text, index) => {
      const patterns = [/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g, /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/g, /\b(?:href|src)="([^"]+)"/g];
      for (const pattern of patterns) for (const match of text.matchAll(pattern)) links.push({ from, line: index + 1, target: match[1]! });
    });
  return links;
}

/** Whether a link leaves the package: a URL with a scheme, or protocol-relative. */
const isExternal = (target: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');

/** GitHub's heading anchor: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .replace(/`/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors the headings of a Markdown file define. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of withoutFences(markdown).split('\n')) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const base = slug(heading[1]!);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** Paths to files of the package mentioned in the comments of a declaration file. */
function declarationMentions(from: string, text: string): Link[] {
  const links: Link[] = [];
  text.split('\n').forEach((line, index) => {
    if (!/^\s*(\*|\/\/|\/\*\*)/.test(line)) return;
    for (const match of line.matchAll(/(?<![\w./-])((?:docs|examples)\/[\w./-]*[\w])/g)) links.push({ from, line: index + 1, target: match[1]! });
  });
  return links;
}

let packed: Set<string>;

beforeAll(() => {
  requireBuild();
  packed = new Set(packedFiles().map((file) => file.path));
});

describe('links inside the package', () => {
  it('ship the guides of docs/', () => {
    expect([...packed].filter((path) => /^docs\/[^/]+\.md$/.test(path)).length).toBeGreaterThanOrEqual(5);
  });

  it('from every Markdown file of the tarball name a packed file and an existing heading', () => {
    const broken: string[] = [];
    for (const from of [...packed].filter((path) => path.endsWith('.md'))) {
      const markdown = readFileSync(join(ROOT, from), 'utf8');
      for (const link of markdownLinks(from, markdown)) {
        if (isExternal(link.target)) continue;
        const [pathPart = '', anchor] = link.target.split('#');
        const target = pathPart === '' ? from : posix.normalize(posix.join(posix.dirname(from), decodeURI(pathPart)));
        const where = `${link.from}:${link.line} → ${link.target}`;
        if (!packed.has(target)) {
          broken.push(`${where} (${target} is not in the tarball)`);
          continue;
        }
        if (anchor !== undefined && target.endsWith('.md') && !anchorsOf(readFileSync(join(ROOT, target), 'utf8')).has(anchor)) {
          broken.push(`${where} (no heading #${anchor} in ${target})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('from the comments of the declaration files name packed files', () => {
    const declarations = [...packed].filter((path) => /\.d\.c?ts$/.test(path));
    expect(declarations.length).toBeGreaterThan(0);
    const mentioned: Link[] = [];
    for (const from of declarations) mentioned.push(...declarationMentions(from, readFileSync(join(ROOT, from), 'utf8')));
    expect(mentioned.length).toBeGreaterThan(0);
    const broken = mentioned.filter((link) => !packed.has(link.target.replace(/\/$/, ''))).map((link) => `${link.from}:${link.line} → ${link.target}`);
    expect(broken).toEqual([]);
  });
});
