import { describe, expect, it } from 'vitest';
import { nearestName } from '../../src/diagnostics/nearest-name';

describe('nearestName', () => {
  it('finds the American spelling for a British one, and the reverse', () => {
    expect(nearestName('normalise', ['normalize', 'labels'])).toBe('normalize');
    expect(nearestName('normalisation', ['normalization'])).toBe('normalization');
    expect(nearestName('colour', ['color', 'format'])).toBe('color');
  });

  it('finds swapped, missing and extra letters', () => {
    expect(nearestName('fromat', ['format', 'out'])).toBe('format');
    expect(nearestName('lables', ['labels', 'normalize'])).toBe('labels');
    expect(nearestName('presett', ['preset', 'jobs'])).toBe('preset');
    expect(nearestName('Format', ['format'])).toBe('format');
  });

  it('suggests nothing for names too far from every candidate', () => {
    expect(nearestName('zzz', ['format', 'out'])).toBeUndefined();
    expect(nearestName('x', ['format'])).toBeUndefined();
    expect(nearestName('', ['out'])).toBeUndefined();
  });

  it('prefers the closest of several candidates', () => {
    expect(nearestName('outt', ['out', 'outer'])).toBe('out');
  });
});
