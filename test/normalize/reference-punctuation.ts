/**
 * A slow, obvious implementation of the punctuation rules for the property
 * tests, in two steps per line instead of the library's single walk: first
 * every unit is rewritten (and given its role for spacing), then the spaces
 * between the rewritten units are decided. Letters and scripts come from the
 * runtime's `\p{…}`; the nearest letter on each side is read from two arrays
 * filled by a forward and a backward sweep.
 */
import type { ResolvedNormalizeOptions } from '../../src/normalize';
import { generalCategory } from '../../src/unicode/ucd';

const SPACE = /^[\t\p{Zs}]$/u;
const LINE_BREAK = /(\r\n|[\n\u000b\u000c\r\u0085\u2028\u2029])/;
const ARABIC_BLOCK = /^[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]$/u;
const DIGIT = /^[0-9\u0660-\u0669\u06f0-\u06f9]$/;
const ARABIC_DIGIT = /^[\u0660-\u0669\u06f0-\u06f9]$/;
const INTERESTING = /^[\u060c,.:\u061b\u061f?!)\]\-\u2010-\u2015(\[";\u2026%\u066a\u066b\u201c\u201d\u00ab\u00bb]$/;
/** Spaces the spacing rule removes before a mark (unless a digit follows it), then the mark: for runs that meet once spaces go. */
const RUN_GAP = '(?:[\\t\\p{Zs}]+(?=MARK(?![0-9\\u0660-\\u0669\\u06f0-\\u06f9])))?';

/** Script of a unit: 0 not a letter, 1 Arabic, 2 other (letters as the library's Unicode data has them, so both agree on newer code points). */
function script(unit: string): number {
  const code = unit.charCodeAt(0);
  if ((code >= 0xd800 && code <= 0xdfff) || !generalCategory(code).startsWith('L')) return 0;
  return ARABIC_BLOCK.test(unit) ? 1 : 2;
}

/** Whether a run without white space is a URL or an e-mail address. */
function isAddress(token: string): boolean {
  return /:\/\//.test(token) || /^[(["'«“”]*www\./i.test(token) || /[A-Za-z0-9]@[A-Za-z0-9].*\./s.test(token);
}

const STYLES: Record<string, readonly string[]> = { guillemets: ['«', '»', '“', '”'], curly: ['“', '”', '‘', '’'], ascii: ['"', '"', "'", "'"] };

type Role = 'none' | 'open' | 'close';

/** Pairs the quotes of a line (see quotes.ts for the rule); undefined when the line does not balance. */
function pairQuotes(u: string[], positions: number[]): Map<number, { role: Role; partner: number }> | undefined {
  const blankBefore = (k: number): boolean => {
    if (k === 0 || SPACE.test(u[k - 1]!) || /["“”«»([{]/.test(u[k - 1]!)) return true;
    let j = k - 1;
    if (j > 0 && u[j] === 'ـ') j--;
    return 'وفبلك'.includes(u[j]!) && (j === 0 || SPACE.test(u[j - 1]!) || /["“”«»([{]/.test(u[j - 1]!));
  };
  const blankAfter = (k: number): boolean => k + 1 === u.length || SPACE.test(u[k + 1]!) || /["“”«»)\]}.,،؛؟?!:;…]/.test(u[k + 1]!);
  const stack: number[] = [];
  const result = new Map<number, { role: Role; partner: number }>();
  for (const k of positions) {
    const top = stack.at(-1);
    const topDouble = top !== undefined && u[top] !== '«';
    if (u[k] === '«' || u[k] === '“') stack.push(k);
    else if (u[k] === '»') {
      if (top === undefined || topDouble) return undefined;
      stack.pop();
      result.set(top, { role: 'open', partner: k }).set(k, { role: 'close', partner: top });
    } else {
      const left = blankBefore(k) && !blankAfter(k);
      const right = !blankBefore(k) && blankAfter(k);
      if (topDouble && !left) {
        stack.pop();
        result.set(top!, { role: 'open', partner: k }).set(k, { role: 'close', partner: top! });
      } else if (!right) stack.push(k);
      else return undefined;
    }
  }
  return stack.length === 0 ? result : undefined;
}

interface Item {
  /** What is written (empty for nothing). */
  text: string;
  /** Input offsets `[start, end)` it stands for. */
  start: number;
  end: number;
  space: boolean;
  /** 'other' | 'closing' | 'opening' | 'frozen'. */
  kind: string;
  /** It is a unit a rule looks at (the library's marks). */
  mark: boolean;
  /** It is a letter, an opening bracket, or an opening quote of a balanced line. */
  opensWord: boolean;
}

function line(text: string, o: ResolvedNormalizeOptions): string {
  const u = text.split('');
  const n = u.length;
  const leftScript: number[] = [];
  let last = 0;
  for (let k = 0; k < n; k++) {
    leftScript.push(last);
    if (script(u[k]!) !== 0) last = script(u[k]!);
  }
  const rightScript = new Array<number>(n).fill(0);
  last = 0;
  for (let k = n - 1; k >= 0; k--) {
    rightScript[k] = last;
    if (script(u[k]!) !== 0) last = script(u[k]!);
  }
  const closingArabic = (k: number): boolean => (leftScript[k] || rightScript[k]) === 1;
  const openingArabic = (k: number): boolean => (rightScript[k] || leftScript[k]) === 1;
  const isProtected = new Array<boolean>(n).fill(false);
  for (const match of text.matchAll(/[^\t\p{Zs}]+/gu)) {
    if (isAddress(match[0])) for (let k = match.index; k < match.index + match[0].length; k++) isProtected[k] = true;
  }
  const digit = (k: number): boolean => k >= 0 && k < n && DIGIT.test(u[k]!);
  const quotePositions = u.flatMap((ch, k) => ('"“”«»'.includes(ch) && !isProtected[k] ? [k] : []));
  const pairs = pairQuotes(u, quotePositions);
  const frozen = quotePositions.length > 0 && pairs === undefined;
  const style = o.quotes === 'keep' ? undefined : STYLES[o.quotes]!;

  // Step 1: rewrite every unit.
  const items: Item[] = [];
  for (let k = 0; k < n; ) {
    const ch = u[k]!;
    const item: Item = { text: ch, start: k, end: k + 1, space: SPACE.test(ch), kind: 'other', mark: INTERESTING.test(ch), opensWord: script(ch) !== 0 || ch === '(' || ch === '[' };
    items.push(item);
    k++;
    if (item.space || !item.mark || isProtected[k - 1]) continue;
    const at = k - 1;
    const arabic = closingArabic(at);
    const between = digit(at - 1) && digit(at + 1);
    const closing = arabic && !between ? 'closing' : 'other';
    if ('"“”«»'.includes(ch)) {
      if (frozen) item.kind = 'frozen';
      else {
        const { role, partner } = pairs!.get(at)!;
        const [open, close] = role === 'open' ? [at, partner] : [partner, at];
        let depth = 0;
        for (const [q, info] of pairs!) if (info.role === 'open' && q < open && info.partner > close) depth++;
        const convert = style && [open, close].some((q) => leftScript[q] === 1 || rightScript[q] === 1);
        if (convert) item.text = style[(depth > 0 ? 2 : 0) + (role === 'open' ? 0 : 1)]!;
        if (role === 'open') item.kind = openingArabic(at) ? 'opening' : 'other';
        else item.kind = closingArabic(at) ? 'closing' : 'other';
        item.opensWord = role === 'open';
      }
      continue;
    }
    if (',;?!؟،؛'.includes(ch)) {
      const betweenArabic = arabic && rightScript[at] !== 2;
      const convert = (mark: string): string => {
        if (between) return mark;
        if (o.punctuation === 'arabic' && betweenArabic && ',?'.includes(mark)) return mark === ',' ? '،' : '؟';
        if (o.punctuation === 'arabic' && betweenArabic && mark === ';' && !/&[A-Za-z0-9#]{1,32}$/.test(text.slice(Math.max(0, at - 33), at))) return '؛';
        if (o.punctuation === 'ascii' && '،؛؟'.includes(mark)) return { '،': ',', '؛': ';', '؟': '?' }[mark]!;
        return mark;
      };
      item.text = convert(ch);
      if (o.punctuationRuns === 'one' && arabic && '!?؟'.includes(ch)) {
        // Marks that are written the same, with the spaces between them that spacing removes.
        const same = '!?؟'.split('').filter((mark) => convert(mark) === item.text).map((mark) => (mark === '?' ? '\\?' : mark)).join('');
        const gap = o.spacing === 'tidy' ? RUN_GAP.replace('MARK', `[${same}]`) : '';
        const run = new RegExp(`^[${same}](?:${gap}[${same}])*`, 'u').exec(text.slice(at))![0];
        item.end = k = at + run.length;
      }
      item.kind = item.text === ';' ? 'other' : closing;
    } else if (ch === '.') {
      if (between) {
        if (o.decimalSign === 'arabic' && ARABIC_DIGIT.test(u[at - 1]!) && ARABIC_DIGIT.test(u[at + 1]!)) item.text = '٫';
      } else {
        // With spacing, spaces between dots go too (unless a digit follows the next dot), so they join the run.
        const pattern = new RegExp(`^\\.(?:${o.spacing === 'tidy' ? RUN_GAP.replace('MARK', '\\.') : ''}\\.)*`, 'u');
        const found = pattern.exec(text.slice(at))![0];
        const run = found.length;
        const dots = found.replace(/[^.]/g, '').length;
        if (o.ellipsis === 'character' && arabic && dots >= 3 && !(digit(at - 1) && digit(at + run))) {
          item.text = '…';
          item.end = k = at + run;
          item.kind = 'closing';
        } else item.kind = closing;
      }
    } else if (ch === '…') {
      if (o.ellipsis === 'dots' && arabic && !between) {
        item.text = '...';
        item.kind = 'closing';
      } else item.kind = closing;
    } else if (ch === '%') {
      if (o.percentSign === 'arabic' && (ARABIC_DIGIT.test(u[at - 1] ?? '') || ARABIC_DIGIT.test(u[at + 1] ?? ''))) item.text = '٪';
    } else if (ch === '٪') {
      if (o.percentSign === 'ascii' && (digit(at - 1) || digit(at + 1))) item.text = '%';
    } else if (ch === '٫') {
      if (o.decimalSign === 'ascii' && between) item.text = '.';
    } else if (ch === '(' || ch === '[') {
      item.kind = openingArabic(at) ? 'opening' : 'other';
    } else if (/[-\u2010-\u2015]/.test(ch)) {
      if (o.dashes === 'en-dash' && arabic && at > 0 && SPACE.test(u[at - 1]!) && at + 1 < n && SPACE.test(u[at + 1]!)) item.text = '–';
    } else item.kind = closing;
  }
  if (o.spacing !== 'tidy') return items.map((item) => item.text).join('');

  // Step 2: the spaces between rewritten units.
  let out = '';
  for (let k = 0; k < items.length; ) {
    if (!items[k]!.space) {
      const item = items[k]!;
      out += item.text;
      const next = items[k + 1];
      if (item.kind === 'closing' && next && !next.space && next.opensWord && !(next.kind === 'frozen')) out += ' ';
      k++;
      continue;
    }
    let j = k;
    while (j < items.length && items[j]!.space) j++;
    const spaces = items.slice(k, j).map((item) => item.text);
    const before = items[k - 1];
    const after = items[j];
    k = j;
    if (!before || !after || before.kind === 'frozen' || after.kind === 'frozen') {
      out += spaces.join('');
      continue;
    }
    // A mark decides the spaces before it; otherwise the mark before them does.
    // A mark written as three dots starts with a dot that a dot follows: nothing guards the space before it.
    const guarded =
      after.text !== '...' &&
      (digit(after.end) || (digit(before.end - 1) && /^[\t\p{Zs}]*[0-9\u0660-\u0669\u06f0-\u06f9]/u.test(text.slice(after.end))));
    const beforeKind = before.kind;
    if (after.mark && after.kind === 'closing' && !guarded) continue;
    if (beforeKind === 'opening') continue;
    if (beforeKind === 'closing') out += spaces[0];
    else out += spaces.join('');
  }
  return out;
}

/** The reference punctuation pass over a whole text, line by line. */
export function referencePunctuation(text: string, o: ResolvedNormalizeOptions): string {
  return text
    .split(LINE_BREAK)
    .map((part, k) => (k % 2 === 1 ? part : line(part, o)))
    .join('');
}
