/**
 * Two marks on a letter, as pointed text writes a shadda and a vowel: what
 * the engine's machine would make of them, without the machine. Marks of
 * {@link Kind.SimpleMark} neither compose with a letter nor are stripped nor
 * turn into one, so all the machine does with a cluster of two is to keep one
 * of a repeated mark and put the two in canonical order (by combining class,
 * stable), as NFC does; the letter before them stays as written.
 */
import { Kind, type CompiledNormalizer } from './compile';
import { endsCluster } from './kept-prefix';

const SIMPLE_MARK = Kind.SimpleMark;

/**
 * Writes the cluster of two marks at `text[i]` and `text[i + 1]` to `out`
 * from `o`, and with a map to `src`, when it is two simple marks that end
 * the cluster; returns the output length after them, or -1 to leave the
 * cluster to the machine. The caller has checked that `text[i]` is a simple
 * mark right after a letter that carries marks.
 *
 * @example
 * ```ts
 * // display: ب, then a shadda and a fatha as typed: written in canonical order, fatha first
 * const out = Uint16Array.of(0x628, 0, 0);
 * writeMarkPair(compiledFor('display'), 'ب\u0651\u064e', 1, 3, out, 1, null); // 3: out holds ب \u064e \u0651
 * ```
 */
export function writeMarkPair(
  compiled: CompiledNormalizer,
  text: string,
  i: number,
  n: number,
  out: Uint16Array,
  o: number,
  src: Uint32Array | null,
): number {
  if (i + 1 >= n) return -1;
  const table = compiled.table;
  const second = text.charCodeAt(i + 1);
  if (table[second] !== SIMPLE_MARK || (i + 2 < n && !endsCluster(table[text.charCodeAt(i + 2)]!))) return -1;
  const first = text.charCodeAt(i);
  if (first === second && compiled.canonical) {
    out[o] = first;
    if (src) src[o] = i;
    return o + 1;
  }
  const ccc = compiled.unicode.ccc;
  // Sources stay ascending when the marks swap, as the machine hands them out.
  const swap = (compiled.canonical || compiled.compose) && ccc[first]! > ccc[second]!;
  out[o] = swap ? second : first;
  out[o + 1] = swap ? first : second;
  if (src) {
    src[o] = i;
    src[o + 1] = i + 1;
  }
  return o + 2;
}
