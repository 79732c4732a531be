/**
 * Parse one raw article and print its record.
 *
 * Run: `npm run demo` (or `npx tsx examples/parse-article.ts [file]`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { safeParseArticle } from 'khabar';

const path = process.argv[2] ?? fileURLToPath(new URL('./sample-article.txt', import.meta.url));
// Bytes, not a string: the parser detects UTF-8, UTF-16 and windows-1256 itself.
const result = safeParseArticle(new Uint8Array(readFileSync(path)));

if (!result.success) {
  for (const diagnostic of result.error.diagnostics) {
    console.error(`${path}:${diagnostic.start.line}:${diagnostic.start.column} ${diagnostic.code} ${diagnostic.message}`);
  }
  process.exit(1);
}

const { data: article, diagnostics } = result;
console.log(`title:      ${article.title}`);
console.log(`caption:    ${article.caption ?? '(none)'}`);
console.log(`paragraphs: ${article.paragraphs.length}`);
article.paragraphs.forEach((paragraph, index) => {
  console.log(`  ${index + 1}. (line ${article.spans.paragraphs[index]?.start.line}) ${paragraph}`);
});
console.log(`read more:  ${article.readMoreLabel ?? '(none)'}`);
for (const story of article.related) {
  console.log(`  - ${story.title}${story.truncated ? ' [truncated]' : ''}`);
  console.log(`    ${story.teaser ?? '(no teaser)'}`);
}
for (const diagnostic of diagnostics) {
  console.log(`${diagnostic.severity} ${diagnostic.code} at ${diagnostic.start.line}:${diagnostic.start.column}: ${diagnostic.message}`);
}
console.log('\nrecord as JSON:');
console.log(JSON.stringify(article, null, 2));
