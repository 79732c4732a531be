/**
 * Running the built command line (`dist/cli.js`, as the package ships it) on
 * temporary file trees, and the bytes those trees are made of. The article
 * texts are written for these tests.
 */
import { existsSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT, run, type RunResult } from '../helpers/run';

/** The built CLI. `KHABAR_CLI` points the suite at another build of it. */
export const CLI = process.env['KHABAR_CLI'] ?? join(ROOT, 'dist', 'cli.js');

/** Throws a clear error when the CLI has not been built. */
export function requireCli(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (\`npm test\` does it)`);
}

/** Runs `node dist/cli.js args…` in `cwd`, with optional standard input. */
export function khabar(args: string[], options: { cwd?: string; input?: string | Uint8Array } = {}): RunResult {
  return run(process.execPath, [CLI, ...args], options);
}

/** A stack trace line, which no message of the CLI may contain. */
export const STACK_TRACE = /\n\s+at .+:\d+:\d+/;

/** Creates a temporary directory holding `files` (path → text or bytes); returns its path. */
export function makeTree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(join(tmpdir(), 'khabar-cli-'));
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}

/** Removes a tree made by {@link makeTree}. */
export function removeTree(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

let cp1256: Map<string, number> | undefined;

/** Encodes text as windows-1256 (the table is read back from the runtime's own decoder). */
export function encodeWindows1256(text: string): Uint8Array {
  if (!cp1256) {
    cp1256 = new Map();
    const decoder = new TextDecoder('windows-1256');
    for (let byte = 0; byte < 256; byte++) cp1256.set(decoder.decode(new Uint8Array([byte])), byte);
  }
  const bytes: number[] = [];
  for (const character of text) {
    const byte = cp1256.get(character);
    if (byte === undefined) throw new Error(`${character} has no windows-1256 byte`);
    bytes.push(byte);
  }
  return new Uint8Array(bytes);
}

/** A complete article in the canonical layout: echo, caption, two paragraphs, a related story. */
export const GOOD_ARTICLE = `افتتاح مكتبة عامة جديدة في المدينة

افتتاح مكتبة عامة جديدة في المدينة
زوار يتصفحون الكتب في القاعة الرئيسية

افتتحت البلدية صباح اليوم مكتبة عامة تضم عشرين ألف كتاب.
وتفتح المكتبة أبوابها يوميا من التاسعة صباحا حتى المساء.

اقرأ أيضا

حملة لتشجير الشوارع الرئيسية

حملة لتشجير الشوارع الرئيسية

بدأت البلدية حملة لزراعة ألف شجرة على جانبي
`;

/** An article with vocalised text, for normalisation options to act on. */
export const VOCALISED_ARTICLE = 'اَلْمَدْرَسَةُ الْجَدِيدَةُ\n\nتَسْتَقْبِلُ الْمَدْرَسَةُ طُلَّابَهَا غَدًا.\n';

/** An article whose third line holds U+FFFD at column 11 (a warning, the record is still built). */
export const DAMAGED_ARTICLE = 'عنوان الخبر الثاني\n\nفقرة فيها \uFFFD حرف تالف.\n';

/** An article that reads correctly only as windows-1256. */
export const LEGACY_TEXT = 'خبر قديم من موقع عربي\n\nنص الخبر بالترميز القديم.\n';
