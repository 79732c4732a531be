/**
 * A slow, obvious implementation of the normalisation rules, written as a
 * chain of separate passes over an array of characters, using the runtime's
 * own Unicode data (`\p{…}` and `String.prototype.normalize`) instead of the
 * library's tables. The property tests compare the fast engine against it.
 *
 * Passes, in order: repair (reference-repair.ts), expansions, deletions,
 * mark clusters (NFC, strip, superscript alef, orphans, canonical order),
 * letter and digit folds, joiners, decimal/thousands
 * separators, white space, punctuation (reference-punctuation.ts).
 */
import { HONORIFIC_EXPANSIONS } from '../../src/unicode/presentation-forms';
import type { ResolvedNormalizeOptions } from '../../src/normalize';
import { referencePunctuation } from './reference-punctuation';
import { referenceRepair } from './reference-repair';

const isArabicMark = (ch: string): boolean => {
  const cp = ch.codePointAt(0)!;
  const inBlock =
    (cp >= 0x0600 && cp <= 0x06ff) || (cp >= 0x0750 && cp <= 0x077f) || (cp >= 0x0870 && cp <= 0x08ff) ||
    (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff) || (cp >= 0x10e60 && cp <= 0x10e7f) ||
    (cp >= 0x10ec0 && cp <= 0x10eff);
  return inBlock && /^\p{Mn}$/u.test(ch);
};
const isCarrier = (ch: string | undefined): boolean => ch !== undefined && !/^[\p{Z}\p{Cc}\p{Cf}]$/u.test(ch);
const isJoinable = (ch: string | undefined): boolean =>
  ch !== undefined && !/^[\p{Z}\p{Cc}\p{Cf}\p{P}\p{Cs}]$/u.test(ch);
const isWordUnit = (unit: string): boolean => /^[\p{L}\p{N}]$/u.test(unit) || isArabicMark(unit);
const SPACES = /^[\t\p{Zs}]$/u;
const LINE_BREAKS = '\n\u000b\u000c\r\u0085\u2028\u2029';

function markClass(ch: string): 'harakat' | 'tanween' | 'shadda' | 'alef' | 'quranic' | 'other' {
  const cp = ch.codePointAt(0)!;
  if (cp >= 0x064b && cp <= 0x064d) return 'tanween';
  if (cp === 0x0651) return 'shadda';
  if ((cp >= 0x064e && cp <= 0x0650) || cp === 0x0652) return 'harakat';
  if (cp === 0x0670) return 'alef';
  if (cp >= 0x0653 && cp <= 0x065f) return 'other';
  return 'quranic';
}

/** Canonical order of marks: let NFD sort them behind a letter that never composes. */
const sortMarks = (marks: string[]): string[] => Array.from(('ب' + marks.join('')).normalize('NFD')).slice(1);

function expansions(text: string, o: ResolvedNormalizeOptions): string[] {
  const out: string[] = [];
  let offset = 0;
  for (const ch of Array.from(text)) {
    const cp = ch.codePointAt(0)!;
    const honorific = HONORIFIC_EXPANSIONS.get(cp);
    if (honorific !== undefined && o.honorifics === 'expand') {
      const before = offset > 0 && isWordUnit(text.charAt(offset - 1));
      const after = offset + 1 < text.length && isWordUnit(text.charAt(offset + 1));
      out.push(...Array.from((before ? ' ' : '') + honorific + (after ? ' ' : '')));
    } else if (
      o.presentationForms === 'letters' && honorific === undefined && cp !== 0xfdfc &&
      ((cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfeff))
    ) {
      let letters = ch.normalize('NFKC');
      if (/^[ \u0640][\u064b-\u065f\u0670]+$/u.test(letters)) letters = letters.slice(1);
      out.push(...Array.from(letters));
    } else out.push(ch);
    offset += ch.length;
  }
  return out;
}

function deletions(chars: string[], o: ResolvedNormalizeOptions): string[] {
  const removed = new Set<string>();
  const add = (option: string, list: string): void => {
    if (option === 'remove' || option === 'strip') for (const ch of list) removed.add(ch);
  };
  add(o.bidiControls, '\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069');
  add(o.zeroWidthSpace, '\u200b');
  add(o.byteOrderMark, '\ufeff');
  add(o.softHyphen, '\u00ad');
  add(o.wordJoiner, '\u2060');
  add(o.joiners, '\u200c\u200d');
  add(o.tatweel, '\u0640');
  add(o.quranicMarks, '\u06e5\u06e6');
  return chars.filter((ch) => !removed.has(ch));
}

function silentAlef(base: string | undefined, next: string | undefined): boolean {
  if (base === undefined || 'اآأإٱٲٳٵى'.includes(base)) return true;
  if (base === 'ه') return next === 'ذ' || next === 'ؤ';
  if (base === 'ذ') return next === 'ل';
  if (base === 'ل') return next === 'ك' || next === 'ه' || next === 'ئ';
  return false;
}

function clusters(chars: string[], o: ResolvedNormalizeOptions): string[] {
  const out: string[] = [];
  const strip = {
    harakat: o.diacritics === 'strip', tanween: o.tanween === 'strip', shadda: o.shadda === 'strip',
    quranic: o.quranicMarks === 'strip', other: o.otherMarks === 'strip', alef: false,
  };
  const canonical = o.diacritics === 'canonical';
  const compose = o.compose === 'nfc';
  let k = 0;
  while (k < chars.length) {
    if (!isArabicMark(chars[k]!)) {
      out.push(chars[k++]!);
      continue;
    }
    let marks: string[] = [];
    while (k < chars.length && isArabicMark(chars[k]!)) marks.push(chars[k++]!);
    const next = chars[k];
    const hasBase = isCarrier(out[out.length - 1]);
    let base = hasBase ? out.pop()! : undefined;
    if (compose && base !== undefined) {
      const decomposed = Array.from(base.normalize('NFD'));
      if (decomposed.length === 2 && /^[\u0653-\u0655]$/u.test(decomposed[1]!)) {
        base = decomposed[0]!;
        marks.unshift(decomposed[1]!);
      }
    }
    if (canonical) marks = marks.filter((mark, index) => marks.indexOf(mark) === index);
    // Only Arabic letters compose with Arabic marks; NFC elsewhere could touch foreign bases.
    if (compose && base !== undefined && /^[\u0600-\u06ff]$/u.test(base)) {
      const composed = Array.from((base + marks.join('')).normalize('NFC'));
      base = composed[0]!;
      marks = composed.slice(1);
    }
    let kept: string[] = [];
    let alefs = '';
    for (const mark of marks) {
      const kind = markClass(mark);
      if (kind === 'alef' && o.superscriptAlef !== 'keep') {
        if (o.superscriptAlef === 'alef' || (o.superscriptAlef === 'contextual' && !silentAlef(base, next))) alefs += 'ا';
        continue;
      }
      if (!strip[kind]) kept.push(mark);
    }
    if (canonical && !hasBase) {
      kept = [];
      alefs = '';
    }
    if (canonical || compose) kept = sortMarks(kept);
    if (base !== undefined) out.push(base);
    out.push(...kept, ...Array.from(alefs));
  }
  return out;
}

function folds(chars: string[], o: ResolvedNormalizeOptions): string[] {
  const map = new Map<string, string>();
  const fold = (from: string, to: string): void => {
    const targets = Array.from(from);
    for (const [key, value] of map) if (targets.includes(value)) map.set(key, to);
    for (const ch of targets) if (!map.has(ch)) map.set(ch, to);
  };
  if (o.persianLetters === 'arabic') {
    fold('یے', 'ي'); fold('ۓ', 'ئ'); fold('کڪ', 'ك'); fold('ەھہۀۂ', 'ه'); fold('ۃ', 'ة');
  }
  const alefs = { keep: '', hamza: 'آأإ', 'hamza-wasla': 'آأإٱ', all: 'آأإٱٲٳٵ' }[o.alef];
  if (alefs) fold(alefs, 'ا');
  if (o.alefMaksura === 'yeh') fold('ى', 'ي');
  if (o.tehMarbuta === 'heh') fold('ة', 'ه');
  if (o.hamzaCarriers === 'bare') {
    fold('ؤ', 'و'); fold('ئ', 'ي');
  }
  const sets = { western: '0123456789', 'arabic-indic': '٠١٢٣٤٥٦٧٨٩', persian: '۰۱۲۳۴۵۶۷۸۹' };
  if (o.digits !== 'keep') {
    const target = Array.from(sets[o.digits]);
    for (const set of Object.values(sets)) Array.from(set).forEach((digit, value) => fold(digit, target[value]!));
  }
  return chars.map((ch) => map.get(ch) ?? ch);
}

function joiners(chars: string[], o: ResolvedNormalizeOptions): string[] {
  if (o.joiners !== 'contextual') return chars;
  const out: string[] = [];
  let k = 0;
  while (k < chars.length) {
    if (chars[k] !== '\u200c' && chars[k] !== '\u200d') {
      out.push(chars[k++]!);
      continue;
    }
    const first = chars[k]!;
    while (k < chars.length && (chars[k] === '\u200c' || chars[k] === '\u200d')) k++;
    if (isJoinable(out[out.length - 1]) && isJoinable(chars[k])) out.push(first);
  }
  return out;
}

function separators(chars: string[], o: ResolvedNormalizeOptions): string[] {
  if (o.digits !== 'western') return chars;
  return chars.map((ch, k) => {
    if (ch !== '٫' && ch !== '٬') return ch;
    const between = /^[0-9]$/.test(chars[k - 1] ?? '') && /^[0-9]$/.test(chars[k + 1] ?? '');
    return between ? (ch === '٫' ? '.' : ',') : ch;
  });
}

function whitespace(chars: string[], o: ResolvedNormalizeOptions): string {
  if (o.whitespace === 'keep') return chars.join('');
  const text = chars.map((ch) => (SPACES.test(ch) ? ' ' : ch)).join('');
  if (o.whitespace === 'normalize') return text;
  let result = '';
  let line = '';
  const endLine = (): void => {
    let collapsed = line.replace(/ {2,}/g, ' ');
    if (o.whitespace === 'trim') collapsed = collapsed.replace(/^ /, '').replace(/ $/, '');
    result += collapsed;
    line = '';
  };
  for (const ch of Array.from(text)) {
    if (LINE_BREAKS.includes(ch)) {
      endLine();
      result += ch;
    } else line += ch;
  }
  endLine();
  return result;
}

/** The table-driven rules, in order. */
function core(text: string, o: ResolvedNormalizeOptions): string {
  let chars = expansions(text, o);
  chars = deletions(chars, o);
  chars = clusters(chars, o);
  chars = folds(chars, o);
  chars = joiners(chars, o);
  chars = separators(chars, o);
  return whitespace(chars, o);
}

/**
 * The reference normalisation of `text` under fully resolved options:
 * repair, the table-driven rules, punctuation; again on the result until a
 * round changes nothing (a fixed point, as the library promises: six rounds
 * at most). The library reaches the same text in one call.
 */
export function referenceNormalize(text: string, o: ResolvedNormalizeOptions): string {
  const entities = o.htmlEntities === 'decode';
  const mojibake = o.mojibake === 'repair';
  const repair = (input: string): string => (entities || mojibake ? referenceRepair(input, entities, mojibake) : input);
  let current = text;
  for (let round = 0; round < 6; round++) {
    const next = referencePunctuation(core(repair(current), o), o);
    if (next === current) break;
    current = next;
  }
  return current;
}
