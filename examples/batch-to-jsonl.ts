/**
 * Parse every `.txt` article in a folder into one JSON Lines file: one line
 * per article, `{ "file", "article", "diagnostics" }`, in file-name order.
 * Files that hold no article are reported on stderr and the exit status is 1,
 * so a pipeline notices; the other files are still written.
 *
 * Run: `npx tsx examples/batch-to-jsonl.ts <folder> <out.jsonl>`
 */
import { once } from 'node:events';
import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { safeParseArticle } from 'khabar';

const [folder, outPath] = process.argv.slice(2);
if (folder === undefined || outPath === undefined) {
  console.error('usage: batch-to-jsonl <folder> <out.jsonl>');
  process.exit(2);
}

const files = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .sort();
const out = createWriteStream(outPath, 'utf8');
let written = 0;

for (const file of files) {
  // Bytes, not a string: the parser detects UTF-8, UTF-16 and windows-1256 itself.
  const result = safeParseArticle(new Uint8Array(readFileSync(join(folder, file))));
  if (!result.success) {
    for (const diagnostic of result.error.diagnostics.filter((d) => d.severity !== 'info')) {
      console.error(`${file}:${diagnostic.start.line}:${diagnostic.start.column} ${diagnostic.code}`);
    }
    continue;
  }
  const line = JSON.stringify({ file, article: result.data, diagnostics: result.diagnostics });
  // Respect backpressure, so a folder of thousands of articles does not pile up in memory.
  if (!out.write(`${line}\n`)) await once(out, 'drain');
  written++;
}

out.end();
await finished(out);
const failed = files.length - written;
console.log(`${written} of ${files.length} articles written to ${outPath}${failed > 0 ? `, ${failed} failed` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
