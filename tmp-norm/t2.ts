import fc from 'fast-check';
import { normalizationText, vocalisedText } from '/work/main/test/arbitraries';
import { referenceNormalize } from '/work/main/test/normalize/reference';
import { normalizeArabic, NORMALIZE_PRESET_OPTIONS } from '/work/main/src/normalize';
const esc = (s: string) => Array.from(s).map(c => { const cp = c.codePointAt(0)!; return cp < 0x80 && cp >= 0x20 ? c : '\\u{' + cp.toString(16) + '}'; }).join('');
for (const p of ['display','search','lucene','camel'] as const) {
  const r = fc.check(fc.property(fc.oneof(normalizationText, vocalisedText), (t) => normalizeArabic(t, p) === referenceNormalize(t, NORMALIZE_PRESET_OPTIONS[p])), { numRuns: 3000 });
  if (r.failed) { const t = r.counterexample![0] as string; console.log(p, 'FAIL', esc(t)); console.log(' got', esc(normalizeArabic(t,p))); console.log(' ref', esc(referenceNormalize(t, NORMALIZE_PRESET_OPTIONS[p]))); } else console.log(p, 'ok');
}
