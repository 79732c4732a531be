/**
 * Search Arabic text the way readers type it, and highlight the hits in the
 * original text.
 *
 * The index holds each document normalised with the `search` preset (no
 * diacritics, no tatweel, one form for the letters people write
 * interchangeably), and the query is normalised the same way, so `مكتبة`
 * finds `مَكْتَبَةَ` and `مكتبـــة` too. `normalizeArabicWithMap` also returns
 * an offset map, and `mapOutputRange` turns each hit in the normalised text
 * back into a range of the original, which is what the reader sees highlighted.
 *
 * Run: `npx tsx examples/search-highlight.ts [query]`
 */
import { mapOutputRange, normalizeArabic, normalizeArabicWithMap } from 'khabar';

const documents = [
  'افتُتحت المكتبةُ العامة في الحيّ القديم بعد ترميمها، وتضم المكتبة قسماً للأطفال.',
  'قال مدير مكتبـــة الجامعة إن أسعار الكتب ارتفعت هذا العام.',
  'تراجعت اسعار الخضار في الأسواق المحلية مع بداية الموسم.',
  'زار الوزير مَكْتَبَةَ المدرسة واطّلع على خطط القراءة.',
];

// Built once per document, like a search index.
const index = documents.map((original) => ({ original, ...normalizeArabicWithMap(original, 'search') }));

const query = process.argv[2] ?? 'مكتبة';
const needle = normalizeArabic(query, 'search');
console.log(`query: ${query} (search form: ${needle})`);

let hitCount = 0;
let documentCount = 0;
for (const [number, { original, text, sourceIndex }] of index.entries()) {
  const ranges: Array<{ start: number; end: number }> = [];
  // Substring search over the normalised text; a real index would match tokens.
  for (let at = text.indexOf(needle); needle !== '' && at !== -1; at = text.indexOf(needle, at + needle.length)) {
    // The hit's range in the original, with the marks the normaliser removed from its letters.
    ranges.push(mapOutputRange(sourceIndex, at, at + needle.length));
  }
  if (ranges.length === 0) continue;
  hitCount += ranges.length;
  documentCount++;
  let highlighted = '';
  let cursor = 0;
  for (const { start, end } of ranges) {
    highlighted += `${original.slice(cursor, start)}[${original.slice(start, end)}]`;
    cursor = end;
  }
  console.log(`${number + 1}: ${highlighted}${original.slice(cursor)}`);
}
console.log(`${hitCount} hits in ${documentCount} of ${documents.length} documents`);
