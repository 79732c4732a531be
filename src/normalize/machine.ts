/**
 * The slow path of the normaliser: everything a table lookup cannot decide.
 * Marks are gathered into a cluster behind their base letter and flushed when
 * the cluster ends; a ZWNJ/ZWJ, or an Arabic decimal/thousands separator after
 * a digit, waits until the next written character decides its fate. The fast
 * loop in `engine.ts` calls {@link Machine.step} only for units its own
 * lookup cannot handle, and gets control back when nothing is pending.
 */
import { MarkClass, SUPERSCRIPT_ALEF } from '../unicode/arabic';
import { UnitFlag, flagsOfCodePoint } from '../unicode/tables';
import { canonicalOrder, composeArabic, composingMarkIndex, decomposeArabic } from './cluster';
import { AlefPolicy, MarkMode, Kind, type CompiledNormalizer } from './compile';
import { isSuperscriptAlefSilent } from './superscript-alef';
import type { StopList } from './stop-list';

/** Bits of {@link Machine.pending}. */
export const Pending = { Joiner: 1, Separator: 2, Cluster: 4 } as const;

const ALEF = 0x0627;

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** State of one normalisation call outside the fast loop (internal; not part of the public API). */
export class Machine {
  /** Output units; replaced when it grows. */
  out: Uint16Array;
  /** Source index of every output unit, when an offset map is wanted. */
  src: Uint32Array | null;
  /** Number of output units written. */
  o = 0;
  /** {@link Pending} bits; 0 whenever control is back in the fast loop. */
  pending = 0;
  /** A lone surrogate was copied, so the output cannot go through TextDecoder. */
  loneSurrogate = false;

  private readonly flags: Uint8Array;
  private readonly table: Uint32Array;
  private readonly n: number;
  // Index of the input unit being handled.
  private i = 0;
  private joinerUnit = 0;
  private joinerSrc = 0;
  // The pending joiner follows a character that cannot keep it: it only waits to end a mark cluster.
  private joinerDoomed = false;
  private separatorUnit = 0;
  private separatorSrc = 0;
  // The base written last by this class: its original code point and the output length after it.
  private slowBase = -1;
  private slowBaseEnd = -1;
  // The open mark cluster.
  private readonly marks: number[] = [];
  private readonly markSrcs: number[] = [];
  private baseCp = -1;
  private baseOut = -1;

  constructor(
    private readonly compiled: CompiledNormalizer,
    private readonly text: string,
    out: Uint16Array,
    src: Uint32Array | null,
    /** Output offsets of the units the punctuation pass stops at, when it runs: appended to as they are written. */
    private readonly stops?: StopList,
  ) {
    this.out = out;
    this.src = src;
    this.flags = compiled.unicode.flags;
    this.table = compiled.table;
    this.n = text.length;
  }

  /**
   * Handles the input unit at `i` and every following unit while something is
   * pending, so the fast loop never has to check; returns the index of the
   * last unit consumed.
   */
  step(i: number): number {
    let last = this.handle(i);
    while (this.pending !== 0 && last + 1 < this.n) last = this.handle(last + 1);
    // The fast loop writes at most one unit per input unit without checking.
    if (this.out.length - this.o < this.n - last) this.grow(this.n - last);
    return last;
  }

  private handle(i: number): number {
    this.i = i;
    const unit = this.text.charCodeAt(i);
    const value = this.table[unit]!;
    if (value === Kind.Expand) this.expand(unit, i);
    else if (value === Kind.HighSurrogate) return this.surrogatePair(unit, i);
    else if (value === Kind.LowSurrogate) {
      this.loneSurrogate = true;
      this.emitCopy(unit, unit, i);
    } else this.feed(unit, i);
    return i;
  }

  /** Ends the text: flushes what is pending and trims a final space. */
  finish(): void {
    if (this.pending !== 0) this.settle(-1);
    if (this.compiled.trim && this.o > 0 && this.out[this.o - 1] === 0x20) this.o--;
  }

  /** One BMP unit of the input or of an expansion. */
  private feed(unit: number, s: number): void {
    const value = this.table[unit]!;
    if (value < 0x10000) return this.emitCopy(unit, value, s);
    switch (value) {
      case Kind.Delete:
        return;
      case Kind.Space:
        return this.emitSpace(s);
      case Kind.LineBreak:
        return this.emitLineBreak(unit, s);
      case Kind.Mark:
      case Kind.SimpleMark:
        return this.addMark(unit, s);
      case Kind.Joiner:
        return this.joiner(unit, s);
      case Kind.Separator:
        return this.separator(unit, s);
      case Kind.Noted:
        return this.emitCopy(unit, this.compiled.notedValue![unit]!, s);
      default:
        // Surrogates and expansions never occur inside an expansion.
        return this.emitCopy(unit, unit, s);
    }
  }

  private put(unit: number, s: number): void {
    if (this.o >= this.out.length) this.grow(1);
    if (this.stops && this.compiled.noted![unit] === 1) this.stops.push(this.o);
    this.out[this.o] = unit;
    if (this.src) this.src[this.o] = s;
    this.o++;
  }

  private grow(extra: number): void {
    const size = Math.max(this.out.length * 2, this.o + extra + 64);
    const out = new Uint16Array(size);
    out.set(this.out.subarray(0, this.o));
    this.out = out;
    if (this.src) {
      const src = new Uint32Array(size + 1);
      src.set(this.src.subarray(0, this.o));
      this.src = src;
    }
  }

  private markBase(codePoint: number): void {
    this.slowBase = codePoint;
    this.slowBaseEnd = this.o;
  }

  /** Resolves everything pending before `next` (a code point, or -1 for none) is written. */
  private settle(next: number): void {
    if (this.pending & Pending.Cluster) this.flushCluster(next);
    if (this.pending & (Pending.Joiner | Pending.Separator)) this.resolve(next);
  }

  private resolve(next: number): void {
    // A joiner pending together with a separator follows it, so it is doomed and writes nothing.
    if (this.pending & Pending.Joiner) {
      this.pending &= ~Pending.Joiner;
      if (!this.joinerDoomed && next >= 0 && this.joinable(next)) this.put(this.joinerUnit, this.joinerSrc);
    }
    if (this.pending & Pending.Separator) {
      this.pending &= ~Pending.Separator;
      const digit = next >= 0 && next < 0x10000 && (this.flags[next]! & UnitFlag.Digit) !== 0;
      const unit = this.separatorUnit;
      this.put(digit ? (unit === 0x066b ? 0x2e : 0x2c) : unit, this.separatorSrc);
      this.markBase(unit);
    }
  }

  private joinable(codePoint: number): boolean {
    const flags = codePoint < 0x10000 ? this.flags[codePoint]! : flagsOfCodePoint(codePoint);
    return (flags & UnitFlag.Joinable) !== 0;
  }

  private previousJoinable(): boolean {
    const o = this.o;
    if (o === 0) return false;
    const unit = this.out[o - 1]!;
    if (isLowSurrogate(unit) && o >= 2) {
      const high = this.out[o - 2]!;
      if (high >= 0xd800 && high <= 0xdbff) return this.joinable((high - 0xd800) * 0x400 + unit - 0xdc00 + 0x10000);
    }
    return (this.flags[unit]! & UnitFlag.Joinable) !== 0;
  }

  private emitCopy(unit: number, mapped: number, s: number): void {
    if (this.pending !== 0) this.settle(unit);
    if (mapped === 0x20 && this.compiled.collapse && this.o > 0 && this.out[this.o - 1] === 0x20) return;
    this.put(mapped, s);
    this.markBase(unit);
  }

  /** A space under `whitespace: 'trim'`: one at most, none at the start of a line. */
  private emitSpace(s: number): void {
    if (this.pending !== 0) this.settle(0x20);
    if (this.o === 0) return;
    const previous = this.out[this.o - 1]!;
    if (previous === 0x20 || (this.flags[previous]! & UnitFlag.LineBreak) !== 0) return;
    this.put(0x20, s);
  }

  private emitLineBreak(unit: number, s: number): void {
    if (this.pending !== 0) this.settle(unit);
    if (this.o > 0 && this.out[this.o - 1] === 0x20) this.o--;
    this.put(unit, s);
  }

  /**
   * A ZWNJ/ZWJ waits for the next written character. One that cannot survive
   * (after white space, punctuation or a separator) still waits, because marks
   * right after it have no base letter either way.
   */
  private joiner(unit: number, s: number): void {
    if (this.pending & Pending.Cluster) this.flushCluster(unit);
    if (this.pending & Pending.Joiner) return; // a run of joiners keeps at most its first
    this.joinerDoomed = (this.pending & Pending.Separator) !== 0 || !this.previousJoinable();
    this.pending |= Pending.Joiner;
    this.joinerUnit = unit;
    this.joinerSrc = s;
  }

  private separator(unit: number, s: number): void {
    if (this.pending !== 0) this.settle(unit);
    const previous = this.o > 0 ? this.out[this.o - 1]! : 0;
    if (previous >= 0x30 && previous <= 0x39) {
      this.pending |= Pending.Separator;
      this.separatorUnit = unit;
      this.separatorSrc = s;
      return;
    }
    this.put(unit, s);
    this.markBase(unit);
  }

  private expand(unit: number, s: number): void {
    const expansion = this.compiled.expansions.get(unit)!;
    const pad = expansion.padded;
    if (pad && s > 0 && this.isWordUnit(this.text.charCodeAt(s - 1))) this.feed(0x20, s);
    const text = expansion.text;
    for (let k = 0; k < text.length; k++) this.feed(text.charCodeAt(k), s);
    if (pad && s + 1 < this.n && this.isWordUnit(this.text.charCodeAt(s + 1))) this.feed(0x20, s);
  }

  private isWordUnit(unit: number): boolean {
    return (this.flags[unit]! & UnitFlag.Word) !== 0 || this.compiled.unicode.markClass[unit] !== 0;
  }

  private surrogatePair(high: number, i: number): number {
    const low = i + 1 < this.n ? this.text.charCodeAt(i + 1) : 0;
    if (!isLowSurrogate(low)) {
      this.loneSurrogate = true;
      this.emitCopy(high, high, i);
      return i;
    }
    const codePoint = (high - 0xd800) * 0x400 + low - 0xdc00 + 0x10000;
    const astralMark = codePoint >= 0x10efa && codePoint <= 0x10eff;
    if (astralMark && this.compiled.astralMarks === MarkMode.Delete) return i + 1;
    if (astralMark && this.compiled.astralMarks === MarkMode.Cluster) {
      this.addMark(codePoint, i);
      return i + 1;
    }
    if (this.pending !== 0) this.settle(codePoint);
    this.put(high, i);
    this.put(low, i + 1);
    this.markBase(codePoint);
    return i + 1;
  }

  private readonly cccOf = (codePoint: number): number => {
    if (codePoint < 0x10000) return this.compiled.unicode.ccc[codePoint]!;
    return codePoint === 0x10efc ? 0 : 220;
  };

  private markClassOf(codePoint: number): number {
    return codePoint < 0x10000 ? this.compiled.unicode.markClass[codePoint]! : MarkClass.Quranic;
  }

  private addMark(codePoint: number, s: number): void {
    if ((this.pending & Pending.Cluster) === 0) this.openCluster();
    else if (this.compiled.canonical && this.marks.includes(codePoint)) return; // repeated mark: once
    this.marks.push(codePoint);
    this.markSrcs.push(s);
  }

  private openCluster(): void {
    this.pending |= Pending.Cluster;
    if ((this.pending & Pending.Separator) !== 0 && (this.pending & Pending.Joiner) === 0) {
      // The marks sit on the separator, which is not written yet and never composes.
      this.baseCp = this.separatorUnit;
      this.baseOut = -1;
      return;
    }
    const o = this.o;
    if ((this.pending & Pending.Joiner) !== 0 || o === 0 || (this.flags[this.out[o - 1]!]! & UnitFlag.Carrier) === 0) {
      this.baseCp = -1;
      this.baseOut = -1;
      return;
    }
    this.baseOut = o - 1;
    this.baseCp = this.slowBaseEnd === o ? this.slowBase : this.text.charCodeAt(this.fastBaseIndex());
  }

  /**
   * Input index of the unit the fast loop wrote last: the fast loop writes one
   * unit per input unit and skips only deleted ones, so it is the nearest unit
   * before this one that is not deleted. The scan covers deleted units right
   * before a cluster (deleted astral marks included), each at most once.
   */
  private fastBaseIndex(): number {
    let k = this.i - 1;
    while (k > 0) {
      const unit = this.text.charCodeAt(k);
      if (this.table[unit] === Kind.Delete) k--;
      else if (isLowSurrogate(unit) && k > 1 && this.isDeletedAstralMark(this.text.charCodeAt(k - 1), unit)) k -= 2;
      else break;
    }
    return k;
  }

  private isDeletedAstralMark(high: number, low: number): boolean {
    const codePoint = (high - 0xd800) * 0x400 + low - 0xdc00 + 0x10000;
    return codePoint >= 0x10efa && codePoint <= 0x10eff && this.compiled.astralMarks === MarkMode.Delete;
  }

  /** Composes, strips, orders and writes the open cluster; `next` is the character after it. */
  private flushCluster(next: number): void {
    this.pending &= ~Pending.Cluster;
    const { compiled, marks, markSrcs } = this;
    let base = this.baseCp;
    if (compiled.compose && base >= 0) {
      const decomposed = decomposeArabic(base);
      if (decomposed) {
        base = decomposed[0];
        marks.unshift(decomposed[1]);
        markSrcs.unshift(this.src ? this.src[this.baseOut]! : 0);
        if (compiled.canonical) this.dropRepeatsOfFirst();
      }
      const k = composingMarkIndex(base, marks, this.cccOf);
      if (k >= 0) {
        base = composeArabic(base, marks[k]!);
        marks.splice(k, 1);
        markSrcs.splice(k, 1);
      }
      // Then on to a fixed point, so that a second call finds nothing left to compose: without the marks that are
      // stripped (one of class 0 blocks composition here but is not in the output), and with the letter as it is
      // written (ٱ folded to ا takes a hamza as ا does, إ written as ا takes a hamza above that stayed).
      if (marks.length > 0) {
        this.composeAsWritten(base);
        base = this.composedBase;
      }
    }
    const kept: number[] = [];
    const pool: number[] = [];
    let alefs = 0;
    for (let k = 0; k < marks.length; k++) {
      const mark = marks[k]!;
      if (mark === SUPERSCRIPT_ALEF && compiled.alefPolicy !== AlefPolicy.Keep) {
        const policy = compiled.alefPolicy;
        if (policy === AlefPolicy.Remove) continue;
        if (policy === AlefPolicy.Contextual && isSuperscriptAlefSilent(base, next)) continue;
        alefs++;
        pool.push(markSrcs[k]!);
        continue;
      }
      if (compiled.stripClass[this.markClassOf(mark)] === 1) continue;
      kept.push(mark);
      pool.push(markSrcs[k]!);
      if (mark > 0xffff) pool.push(markSrcs[k]! + 1);
    }
    marks.length = 0;
    markSrcs.length = 0;
    if (this.baseOut >= 0 && base !== this.baseCp) {
      const mapped = this.table[base]!;
      this.out[this.baseOut] = mapped < 0x10000 ? mapped : base;
    }
    if (compiled.canonical && this.baseCp < 0) return; // marks with no base letter
    if (kept.length + alefs === 0) return;
    if (compiled.canonical || compiled.compose) canonicalOrder(kept, this.cccOf);
    if (this.pending & (Pending.Joiner | Pending.Separator)) this.resolve(kept.length > 0 ? kept[0]! : ALEF);
    const start = this.o;
    for (const mark of kept) {
      if (mark > 0xffff) {
        this.put(0xd800 + ((mark - 0x10000) >> 10), 0);
        this.put(0xdc00 + ((mark - 0x10000) & 0x3ff), 0);
      } else this.put(mark, 0);
    }
    for (let k = 0; k < alefs; k++) this.put(this.table[ALEF]!, 0);
    if (this.src) {
      // Reordering must not break monotonicity: hand out the cluster's source indices in ascending order.
      pool.sort((a, b) => a - b);
      for (let k = 0; k < pool.length; k++) this.src[start + k] = pool[k]!;
    }
  }

  /** The letter {@link composeAsWritten} ended with. */
  private composedBase = -1;

  /** Composes the written letter with the marks that are not stripped until no mark composes; sets {@link composedBase}. */
  private composeAsWritten(letter: number): void {
    const { marks, markSrcs } = this;
    let base = letter;
    this.dropStrippedMarks();
    for (;;) {
      const written = base < 0x10000 ? this.table[base]! : base;
      const candidate = written < 0x10000 ? written : base;
      // A second call sees a composite letter as letter and mark again, with the marks that
      // were stripped gone, and composes the mark that sorts first: أ + U+08EF + U+0655 is
      // أ + U+0655 after the first composition, and إ + U+0654 after the second.
      const parts = marks.length > 0 ? decomposeArabic(candidate) : undefined;
      if (parts) {
        marks.unshift(parts[1]);
        markSrcs.unshift(this.src && this.baseOut >= 0 ? this.src[this.baseOut]! : 0);
        const first = composingMarkIndex(parts[0], marks, this.cccOf);
        if (first > 0) {
          base = composeArabic(parts[0], marks[first]!);
          marks.splice(first, 1);
          markSrcs.splice(first, 1);
          continue;
        }
        // The letter keeps its own mark.
        marks.shift();
        markSrcs.shift();
      }
      const k = composingMarkIndex(candidate, marks, this.cccOf);
      if (k < 0) break;
      base = composeArabic(candidate, marks[k]!);
      marks.splice(k, 1);
      markSrcs.splice(k, 1);
    }
    this.composedBase = base;
  }

  /** Removes the marks the options strip (not superscript alefs, which their own policy decides). */
  private dropStrippedMarks(): void {
    const { marks, markSrcs, compiled } = this;
    for (let k = marks.length - 1; k >= 0; k--) {
      const mark = marks[k]!;
      if (mark === SUPERSCRIPT_ALEF && compiled.alefPolicy !== AlefPolicy.Keep) continue;
      if (compiled.stripClass[this.markClassOf(mark)] === 1) {
        marks.splice(k, 1);
        markSrcs.splice(k, 1);
      }
    }
  }

  private dropRepeatsOfFirst(): void {
    const first = this.marks[0];
    for (let k = this.marks.length - 1; k > 0; k--) {
      if (this.marks[k] === first) {
        this.marks.splice(k, 1);
        this.markSrcs.splice(k, 1);
      }
    }
  }
}
