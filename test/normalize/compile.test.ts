/**
 * The compiler's scans for stops, pass triggers and transparent units visit
 * only the units whose entry it changed (and the stops), not the whole BMP:
 * each must find what a scan of every unit finds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NORMALIZE_OPTION_VALUES, NORMALIZE_PRESETS, resolveNormalizeOptions, type NormalizeOptions, type NormalizePreset } from '../../src/normalize';
import { Kind, compileNormalizer, writesStop, type CompiledNormalizer } from '../../src/normalize/compile';
import { stopUnits } from '../../src/normalize/punctuation/options';
import { repairTriggerUnits } from '../../src/repair/triggers';
import { propertyRuns } from '../helpers/tier';

const optionsArbitrary = fc.record(
  {
    preset: fc.constantFrom(...NORMALIZE_PRESETS),
    ...Object.fromEntries(Object.entries(NORMALIZE_OPTION_VALUES).map(([name, values]) => [name, fc.constantFrom(...values)])),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<NormalizeOptions>;

/** Every unit the table would give without `Kind.Noted`: a noted unit's entry is the stop it writes. */
function entryBeforeNoting(compiled: CompiledNormalizer, unit: number): number {
  const value = compiled.table[unit]!;
  return value === Kind.Noted ? compiled.notedValue![unit]! : value;
}

/** The stop table over every unit: a unit is noted when its plain entry is a stop. */
function expectNotedByWholeScan(compiled: CompiledNormalizer): void {
  const noted = new Uint8Array(0x10000);
  for (const unit of stopUnits(compiled.punctuation!)) noted[unit] = 1;
  for (let unit = 0; unit < 0x10000; unit++) {
    if (compiled.noted![unit] !== noted[unit]) expect.fail(`unit ${unit.toString(16)}: a stop ${noted[unit] !== 1}`);
    const before = entryBeforeNoting(compiled, unit);
    const shouldNote = before < 0x10000 && noted[before] === 1;
    if ((compiled.table[unit] === Kind.Noted) !== shouldNote) expect.fail(`unit ${unit.toString(16)}: noted ${!shouldNote}`);
  }
}

/** The pass triggers as a scan of every unit finds them. */
function triggersByWholeScan(compiled: CompiledNormalizer, withNoted: boolean): Set<number> {
  const triggers = new Set(compiled.repair ? repairTriggerUnits(compiled.repair) : []);
  const noted = withNoted ? compiled.noted : null;
  if (noted) for (let unit = 0; unit < 0x10000; unit++) if (writesStop(compiled.table, compiled.expansions, noted, unit)) triggers.add(unit);
  return triggers;
}

/** Every unit that `test` finds in a text is expected, and every expected unit is found. */
function expectTriggers(test: (text: string) => boolean, expected: Set<number>): void {
  // A block of 256 units without an expected one is asked about at once (the test finds any unit of
  // its set in a text); the others one unit at a time.
  for (let block = 0; block < 0x10000; block += 0x100) {
    const units = Array.from({ length: 0x100 }, (_, k) => block + k);
    if (!units.some((unit) => expected.has(unit))) {
      if (test(String.fromCharCode(...units))) expect.fail(`block ${block.toString(16)}: a trigger`);
      continue;
    }
    for (const unit of units) {
      if (test(String.fromCharCode(unit)) !== expected.has(unit)) expect.fail(`unit ${unit.toString(16)}: trigger ${!expected.has(unit)}`);
    }
  }
}

/** Transparent units by a scan of every unit: deleted, joiners, and stripped marks (the astral ones aside). */
function expectTransparentByWholeScan(compiled: CompiledNormalizer): void {
  const { table, stripClass, unicode } = compiled;
  const found = compiled.repair!.transparent!.table;
  for (let unit = 0; unit < 0x10000; unit++) {
    if (unit === 0xd803 || (unit >= 0xdefa && unit < 0xdf00)) continue;
    const value = entryBeforeNoting(compiled, unit);
    const mark = value === Kind.Mark || value === Kind.SimpleMark;
    const transparent = value === Kind.Delete || value === Kind.Joiner || (mark && stripClass[unicode.markClass[unit]!] === 1);
    if ((found[unit] === 1) !== transparent) expect.fail(`unit ${unit.toString(16)}: transparent ${!transparent}`);
  }
}

function expectLikeWholeScans(options: NormalizePreset | NormalizeOptions): void {
  const compiled = compileNormalizer(resolveNormalizeOptions(options));
  if (compiled.punctuation) expectNotedByWholeScan(compiled);
  if (compiled.triggers) expectTriggers(compiled.triggers, triggersByWholeScan(compiled, true));
  if (compiled.repairTriggers) expectTriggers(compiled.repairTriggers, triggersByWholeScan(compiled, false));
  if (compiled.repair?.mojibake) expectTransparentByWholeScan(compiled);
}

describe('the compiler’s scans over the units it changed', () => {
  it.each(NORMALIZE_PRESETS)('find what a scan of every unit finds, preset %s', (preset) => {
    expectLikeWholeScans({ preset, mojibake: 'repair', htmlEntities: 'decode' });
    expectLikeWholeScans(preset);
  });

  it('find what a scan of every unit finds, under any options', () => {
    fc.assert(fc.property(optionsArbitrary, expectLikeWholeScans), { numRuns: propertyRuns(40) });
  });
});
