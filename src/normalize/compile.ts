/**
 * Compiles resolved options into one lookup table over UTF-16 code units.
 * An entry below 0x10000 is the unit to write (the character itself, or its
 * folded form); an entry at or above it names a {@link Kind} that needs more
 * than a table lookup.
 */
import {
  ALEF_EXTENDED_FORMS,
  ALEF_HAMZA_FORMS,
  ALEF_WASLA_FORMS,
  ARABIC_BLOCKS,
  ARABIC_DECIMAL_SEPARATOR,
  ARABIC_THOUSANDS_SEPARATOR,
  DIGIT_ZERO,
  INVISIBLE_CLASSES,
  LINE_BREAK_CHARACTERS,
  MarkClass,
  PERSIAN_LETTER_FOLDS,
  QURANIC_SMALL_LETTERS,
  SPACE_CHARACTERS,
  SUPERSCRIPT_ALEF,
  TATWEEL,
} from '../unicode/arabic';
import { HONORIFIC_EXPANSIONS, presentationFormExpansions } from '../unicode/presentation-forms';
import { unicodeTables, type UnicodeTables } from '../unicode/tables';
import { identityUnits } from '../unicode/identity-units';
import { createTransparentUnits, repairTriggerUnits, type TransparentUnits, type TriggerOptions } from '../repair/triggers';
import { containsUnitOf, type ContainsUnit } from '../unicode/contains-unit';
import type { ResolvedNormalizeOptions } from './option-values';
import { compilePunctuation, onlyAsciiPunctuation, stopUnits, type PunctuationOptions } from './punctuation/options';

/** Table entries at or above 0x10000: what the engine must do with the unit. */
export const Kind = {
  Delete: 0x10000,
  /** A space under `whitespace: 'trim'`. */
  Space: 0x20000,
  LineBreak: 0x30000,
  Mark: 0x40000,
  Joiner: 0x50000,
  Separator: 0x60000,
  Expand: 0x70000,
  HighSurrogate: 0x80000,
  LowSurrogate: 0x90000,
  /** A kept mark that can neither compose nor turn into a letter: alone behind a letter, it is simply copied. */
  SimpleMark: 0xa0000,
  /** A unit the punctuation pass stops at: written as `notedValue`, and its output offset recorded. */
  Noted: 0xb0000,
} as const;

/** What happens to U+0670, as a number for the engine. */
export const AlefPolicy = { Keep: 0, Remove: 1, Alef: 2, Contextual: 3 } as const;

/** How a mark is handled: copied, deleted, or gathered into a cluster. */
export const MarkMode = { Copy: 0, Delete: 1, Cluster: 2 } as const;

/** One presentation form or honorific and its replacement. */
export interface Expansion {
  /** The replacement text. */
  readonly text: string;
  /** Whether to keep a space between the replacement and adjacent words (honorifics). */
  readonly padded: boolean;
}

/** Options compiled into tables; shared by every call with the same options. */
export interface CompiledNormalizer {
  /** The options these tables were built from. */
  readonly options: Readonly<ResolvedNormalizeOptions>;
  /** Per UTF-16 unit: the unit to write (below 0x10000) or a {@link Kind}. */
  readonly table: Uint32Array;
  /** Replacement of every unit whose kind is {@link Kind.Expand}. */
  readonly expansions: ReadonlyMap<number, Expansion>;
  /** 1 at index {@link MarkClass} when that class is stripped. */
  readonly stripClass: Uint8Array;
  /**
   * 1 for a unit of {@link Kind.Mark} that is stripped and composes with
   * nothing: it goes through the cluster logic only because it could block a
   * composition after it, so alone behind a letter it is simply deleted.
   */
  readonly strippedMarks: Uint8Array;
  /** One of {@link AlefPolicy}. */
  readonly alefPolicy: number;
  /** `diacritics: 'canonical'`: order, deduplicate, drop orphans. */
  readonly canonical: boolean;
  /** `compose: 'nfc'`. */
  readonly compose: boolean;
  /** `whitespace: 'trim'`: spaces have {@link Kind.Space} and line breaks {@link Kind.LineBreak}. */
  readonly trim: boolean;
  /** `whitespace: 'collapse'`: U+0020 written right after U+0020 is dropped. */
  readonly collapse: boolean;
  /**
   * Whether the units the table turns into others are rare in Arabic text (a
   * no-break space, a presentation form): it writes every Arabic letter
   * (U+0621–U+064A) as itself, and no punctuation pass has the engine note
   * the marks it stops at. The engine then patches such units into a copy of
   * the line instead of writing every unit (see `alignedRun`).
   */
  readonly sparseChanges: boolean;
  /** {@link MarkMode} of the astral marks U+10EFA–10EFF, which the BMP table cannot hold. */
  readonly astralMarks: number;
  /** The shared Unicode tables. */
  readonly unicode: UnicodeTables;
  /** The repair pass that runs before the table (`mojibake`, `htmlEntities`), or null. */
  readonly repair: TriggerOptions | null;
  /** The punctuation pass that runs after it, or null. */
  readonly punctuation: PunctuationOptions | null;
  /** With a punctuation pass: 1 for each unit it stops at, so the engine records where it writes one (else null). */
  readonly noted: Uint8Array | null;
  /** What a unit of {@link Kind.Noted} writes. */
  readonly notedValue: Uint16Array | null;
  /**
   * Whether a rule reads more than the lookup table and its one-unit lookahead
   * tell: repair (a word, and its line), punctuation (the whole line for
   * quotes; the nearest letters, the token and the neighbours otherwise).
   * Text may then be cut at line breaks, and within a line only where these
   * rules cannot see across: see docs/normalization.md, "Reach of the rules".
   */
  readonly lineContext: boolean;
  /**
   * With {@link lineContext}: whether a text holds a unit that may give the
   * repair or the punctuation pass something to do (see {@link passTriggers}).
   * A text without one is normalised by the table engine alone, with the
   * same result. Null without passes.
   */
  readonly triggers: ContainsUnit | null;
  /**
   * Whether the punctuation pass is `punctuation: 'ascii'` alone, which
   * rewrites ، ؛ ؟ where they stand: a text without {@link repairTriggers}
   * then needs the engine and that rewrite, not the whole pipeline.
   */
  readonly inPlacePunctuation: boolean;
  /** Whether a text holds a unit that may start a repair; null without the repair pass. */
  readonly repairTriggers: ContainsUnit | null;
}


function keepsLetters(table: Uint32Array): boolean {
  for (let unit = 0x0621; unit <= 0x064a; unit++) if (table[unit] !== unit) return false;
  return true;
}

function digitZero(digits: ResolvedNormalizeOptions['digits']): number | undefined {
  if (digits === 'western') return DIGIT_ZERO.western;
  if (digits === 'arabic-indic') return DIGIT_ZERO.arabicIndic;
  if (digits === 'persian') return DIGIT_ZERO.persian;
  return undefined;
}

function alefForms(alef: ResolvedNormalizeOptions['alef']): readonly number[] {
  if (alef === 'hamza') return ALEF_HAMZA_FORMS;
  if (alef === 'hamza-wasla') return [...ALEF_HAMZA_FORMS, ...ALEF_WASLA_FORMS];
  if (alef === 'all') return [...ALEF_HAMZA_FORMS, ...ALEF_WASLA_FORMS, ...ALEF_EXTENDED_FORMS];
  return [];
}

/** Letter and digit folds, applied in a fixed order so that chains (ۃ → ة → ه) end in one lookup. */
function letterFolds(options: ResolvedNormalizeOptions): { fold: Uint16Array; folded: ReadonlySet<number> } {
  const fold = identityUnits().slice();
  // Units folded so far. Every other unit still folds to itself, so a stage changes it only when it is a key:
  // a stage visits these and its keys, not the whole BMP (start-up pays for every compile).
  const folded = new Set<number>();
  const stage = (pairs: Iterable<readonly [number, number]>): void => {
    const step = new Map(pairs);
    for (const unit of folded) fold[unit] = step.get(fold[unit]!) ?? fold[unit]!;
    for (const [from, to] of step) {
      if (folded.has(from)) continue;
      fold[from] = to;
      folded.add(from);
    }
  };
  if (options.persianLetters === 'arabic') stage(PERSIAN_LETTER_FOLDS);
  stage(alefForms(options.alef).map((unit) => [unit, 0x0627] as const));
  if (options.alefMaksura === 'yeh') stage([[0x0649, 0x064a]]);
  if (options.tehMarbuta === 'heh') stage([[0x0629, 0x0647]]);
  if (options.hamzaCarriers === 'bare') stage([[0x0624, 0x0648], [0x0626, 0x064a]]);
  const zero = digitZero(options.digits);
  if (zero !== undefined) {
    const pairs: Array<readonly [number, number]> = [];
    for (const from of Object.values(DIGIT_ZERO)) {
      for (let d = 0; d < 10; d++) if (from !== zero) pairs.push([from + d, zero + d]);
    }
    stage(pairs);
  }
  return { fold, folded };
}

function stripClasses(options: ResolvedNormalizeOptions): Uint8Array {
  const strip = new Uint8Array(8);
  strip[MarkClass.Harakat] = options.diacritics === 'strip' ? 1 : 0;
  strip[MarkClass.Tanween] = options.tanween === 'strip' ? 1 : 0;
  strip[MarkClass.Shadda] = options.shadda === 'strip' ? 1 : 0;
  strip[MarkClass.SuperscriptAlef] = options.superscriptAlef === 'remove' ? 1 : 0;
  strip[MarkClass.Quranic] = options.quranicMarks === 'strip' ? 1 : 0;
  strip[MarkClass.Other] = options.otherMarks === 'strip' ? 1 : 0;
  return strip;
}

const ALEF_POLICIES = { keep: 0, remove: 1, alef: 2, contextual: 3 } as const;

/**
 * How a mark is handled. Marks go through the cluster logic only when order,
 * composition or U+0670 (which needs its base letter) matter; a stripped mark
 * whose combining class lies in 1–219 can never block a composition with
 * U+0653–0655 (classes 220 and 230), so it is simply deleted.
 */
function markMode(stripped: boolean, ccc: number, clusters: boolean, compose: boolean): number {
  if (!clusters) return stripped ? MarkMode.Delete : MarkMode.Copy;
  if (stripped && (!compose || (ccc >= 1 && ccc < 220))) return MarkMode.Delete;
  return MarkMode.Cluster;
}

/** Builds the tables for one set of resolved options. */
export function compileNormalizer(options: ResolvedNormalizeOptions): CompiledNormalizer {
  const unicode = unicodeTables();
  const { fold, folded } = letterFolds(options);
  // A typed-array copy, converted natively.
  const table = new Uint32Array(fold);
  // The units whose entry is not the unit itself, but the surrogates: the scans below visit these
  // (and the stops), not all 65,536 units, which a first call would pay for at start-up.
  const changed: number[] = [...folded];
  const set = (units: Iterable<number>, value: number): void => {
    for (const unit of units) {
      table[unit] = value;
      changed.push(unit);
    }
  };

  const expansions = new Map<number, Expansion>();
  if (options.presentationForms === 'letters') {
    for (const [form, text] of presentationFormExpansions()) expansions.set(form, { text, padded: false });
  }
  if (options.honorifics === 'expand') {
    for (const [form, text] of HONORIFIC_EXPANSIONS) expansions.set(form, { text, padded: true });
  }
  set(expansions.keys(), Kind.Expand);

  if (options.tatweel === 'remove') set([TATWEEL], Kind.Delete);
  if (options.quranicMarks === 'strip') set(QURANIC_SMALL_LETTERS, Kind.Delete);

  const stripClass = stripClasses(options);
  const alefPolicy = ALEF_POLICIES[options.superscriptAlef];
  const special = alefPolicy === AlefPolicy.Alef || alefPolicy === AlefPolicy.Contextual;
  const compose = options.compose === 'nfc';
  const clusters = compose || options.diacritics === 'canonical' || special;
  const strippedMarks = new Uint8Array(0x10000);
  // Only the Arabic blocks hold units of a mark class.
  for (const [, first, last] of ARABIC_BLOCKS) {
    for (let unit = first; unit <= Math.min(last, 0xffff); unit++) {
      const markClass = unicode.markClass[unit]!;
      if (markClass === MarkClass.None) continue;
      const stripped = stripClass[markClass] === 1 && !(unit === SUPERSCRIPT_ALEF && special);
      const mode = markMode(stripped, unicode.ccc[unit]!, clusters, compose);
      const simple = !stripped && !(unit >= 0x0653 && unit <= 0x0655) && !(unit === SUPERSCRIPT_ALEF && special);
      if (mode === MarkMode.Delete) set([unit], Kind.Delete);
      else if (mode === MarkMode.Cluster) {
        set([unit], simple ? Kind.SimpleMark : Kind.Mark);
        // U+0653–0655 compose with the letter before them even when stripped: never simply deleted.
        if (stripped && !(unit >= 0x0653 && unit <= 0x0655)) strippedMarks[unit] = 1;
      } else table[unit] = unit;
    }
  }
  // U+10EFA–10EFF: Quranic class, combining classes 220 and 0, so never deleted early under composition.
  const astralMarks = markMode(stripClass[MarkClass.Quranic] === 1, 0, clusters, compose);

  for (const [name, units] of Object.entries(INVISIBLE_CLASSES)) {
    const value = options[name as keyof typeof INVISIBLE_CLASSES];
    if (value === 'remove') set(units, Kind.Delete);
    else if (value === 'contextual') set(units, Kind.Joiner);
  }

  // Collapsing needs no kind of its own: spaces are written as U+0020 and the loop skips a second one.
  if (options.whitespace === 'normalize' || options.whitespace === 'collapse') set(SPACE_CHARACTERS, 0x0020);
  if (options.whitespace === 'trim') {
    set(SPACE_CHARACTERS, Kind.Space);
    set(LINE_BREAK_CHARACTERS, Kind.LineBreak);
  }

  if (options.digits === 'western') set([ARABIC_DECIMAL_SEPARATOR, ARABIC_THOUSANDS_SEPARATOR], Kind.Separator);

  // Their entries neither name a stop nor write one, nor are they transparent: left out of `changed`.
  table.fill(Kind.HighSurrogate, 0xd800, 0xdc00);
  table.fill(Kind.LowSurrogate, 0xdc00, 0xe000);

  // The transparent units (a table and its scanners) are made when the repair pass first runs:
  // a program that never meets an `&` or a mojibake lead never needs them.
  let transparent: TransparentUnits | undefined;
  const repair: TriggerOptions | null = options.mojibake === 'repair' || options.htmlEntities === 'decode'
    ? {
        entities: options.htmlEntities === 'decode',
        mojibake: options.mojibake === 'repair',
        get transparent(): TransparentUnits {
          return (transparent ??= createTransparentUnits(transparentUnits(table, changed, stripClass, unicode, astralMarks)));
        },
      }
    : null;
  const punctuation = compilePunctuation(options);
  const { noted, notedValue } = punctuation ? noteStops(table, punctuation, changed) : { noted: null, notedValue: null };

  return {
    options: Object.freeze({ ...options }),
    table,
    expansions,
    stripClass,
    strippedMarks,
    alefPolicy,
    canonical: options.diacritics === 'canonical',
    compose,
    trim: options.whitespace === 'trim',
    collapse: options.whitespace === 'collapse',
    sparseChanges: noted === null && keepsLetters(table),
    astralMarks,
    unicode,
    repair,
    punctuation,
    noted,
    notedValue,
    lineContext: repair !== null || punctuation !== null,
    triggers: repair !== null || punctuation !== null ? passTriggers(table, changed, expansions, repair, noted) : null,
    inPlacePunctuation: punctuation !== null && onlyAsciiPunctuation(punctuation),
    repairTriggers: repair ? passTriggers(table, changed, expansions, repair, null) : null,
  };
}

/**
 * A test for every unit that may give a pass work: a unit a
 * repair trigger starts with (looked for in the input, which repair reads),
 * and a unit from which the engine may write a stop of the punctuation pass
 * (the pass reads the engine's output, and does nothing on a text without a
 * stop). The engine writes a unit's table entry, its expansion, `.` or `,`
 * for a separator, U+0020 for a space, the unit itself for a mark, a joiner
 * or a line break, and the alef of a superscript alef.
 */
function passTriggers(
  table: Uint32Array,
  changed: readonly number[],
  expansions: ReadonlyMap<number, Expansion>,
  repair: TriggerOptions | null,
  noted: Uint8Array | null,
): ContainsUnit {
  const triggers = repair ? repairTriggerUnits(repair) : [];
  if (noted) {
    // A unit not changed is written as itself and is no stop (noteStops made every such stop a
    // changed unit), or is a surrogate.
    for (const unit of changed) if (writesStop(table, expansions, noted, unit)) triggers.push(unit);
  }
  return containsUnitOf(triggers);
}

/**
 * Whether the engine may write a stop of the punctuation pass (a unit of
 * `noted`) from `unit`, under a table on which `noteStops` has run: see
 * {@link passTriggers} for what the engine writes.
 *
 * @example
 * ```ts
 * const { table, expansions, noted } = compileNormalizer(resolveNormalizeOptions('publish'));
 * writesStop(table, expansions, noted!, 0x060c); // true: ، is a stop
 * ```
 */
export function writesStop(table: Uint32Array, expansions: ReadonlyMap<number, Expansion>, noted: Uint8Array, unit: number): boolean {
  const stop = (written: number): boolean => noted[written] === 1 || table[written] === Kind.Noted;
  const value = table[unit]!;
  // Most units are written as themselves or another plain unit: a stop only if noted.
  if (value < 0x10000) return noted[unit] === 1;
  if (value === Kind.Noted || noted[unit] === 1) return true;
  if (value === Kind.Expand) {
    const text = expansions.get(unit)!.text;
    for (let k = 0; k < text.length; k++) if (stop(text.charCodeAt(k)) || table[text.charCodeAt(k)] === Kind.Separator) return true;
    return stop(0x20);
  }
  if (value === Kind.Separator) return stop(0x2e) || stop(0x2c);
  if (value === Kind.Space) return stop(0x20);
  if (value === Kind.Mark || value === Kind.SimpleMark) return stop(0x0627);
  return false;
}

/**
 * Marks the units that write a stop of the punctuation pass as {@link Kind.Noted},
 * so the engine records their output offsets and the pass need not scan for
 * them. Only plain entries change: a stop written by the slow path (a
 * separator turned into `.`) is recorded where it is written.
 */
function noteStops(table: Uint32Array, punctuation: PunctuationOptions, changed: number[]): { noted: Uint8Array; notedValue: Uint16Array } {
  const noted = new Uint8Array(0x10000);
  const stops = stopUnits(punctuation);
  for (const unit of stops) noted[unit] = 1;
  const notedValue = new Uint16Array(0x10000);
  // Any other unit is written as itself, and is no stop. A stop written as itself is changed now.
  for (const unit of [...changed, ...stops]) {
    const value = table[unit]!;
    if (value < 0x10000 && noted[value] === 1) {
      notedValue[unit] = value;
      table[unit] = Kind.Noted;
      if (value === unit) changed.push(unit);
    }
  }
  return { noted, notedValue };
}

/**
 * Units the table removes whatever surrounds them, or may remove next to
 * punctuation (joiners), or strips from every cluster: the repair pass looks
 * through them when it asks whether the table's removals could form mojibake.
 */
function transparentUnits(
  table: Uint32Array,
  changed: readonly number[],
  stripClass: Uint8Array,
  unicode: UnicodeTables,
  astralMarks: number,
): Uint8Array {
  const transparent = new Uint8Array(0x10000);
  // Deleted units, joiners and marks are all changed units.
  for (const unit of changed) {
    const value = table[unit]!;
    const mark = value === Kind.Mark || value === Kind.SimpleMark;
    if (value === Kind.Delete || value === Kind.Joiner || (mark && stripClass[unicode.markClass[unit]!] === 1)) transparent[unit] = 1;
  }
  // The astral marks U+10EFA–10EFF (D803 DEFA–DEFF) when they are stripped: both halves, which is more than needed, never less.
  if (astralMarks === MarkMode.Delete || (astralMarks === MarkMode.Cluster && stripClass[MarkClass.Quranic] === 1)) {
    transparent[0xd803] = 1;
    transparent.fill(1, 0xdefa, 0xdf00);
  }
  return transparent;
}
