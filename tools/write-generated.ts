/**
 * The command line of the generator scripts: write the generated file, or with
 * `--check` only say whether the committed one is what the generator makes now
 * (exit 1 when it is not).
 */
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes `text` to `path`, or with `--check` compares it with the file there.
 *
 * @example
 * ```ts
 * writeOrCheck(GENERATED_PATH, generateRecordShapes(), 'shapes', 'npm run generate:shapes');
 * ```
 */
export function writeOrCheck(path: string, text: string, what: string, command: string): void {
  if (process.argv.includes('--check')) {
    const same = readFileSync(path, 'utf8') === text;
    console.log(same ? `generated ${what} are up to date` : `generated ${what} differ: run ${command}`);
    process.exit(same ? 0 : 1);
  }
  writeFileSync(path, text);
  console.log(`wrote ${path} (${text.length} characters)`);
}
