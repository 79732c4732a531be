/**
 * The package as registries and tools see it: publint in strict mode, the
 * types resolved the way Node 16+ resolves them (attw), and API docs that
 * build without a warning with every export documented.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bin, requireBuild, run } from '../helpers/run';

describe('release checks', () => {
  beforeAll(requireBuild);

  it('passes publint --strict', () => {
    const result = run(bin('publint'), ['--strict']);
    expect(result.stdout + result.stderr).not.toMatch(/error|warning|suggestion/i);
    expect(result.status).toBe(0);
  });

  it('passes attw with the node16 profile', () => {
    const result = run(bin('attw'), ['--pack', '.', '--profile', 'node16', '--format', 'ascii']);
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });

  it('builds the API docs with zero TypeDoc warnings, every export documented', () => {
    // typedoc.json sets treatWarningsAsErrors and the notDocumented check.
    const result = run(bin('typedoc'), ['--logLevel', 'Warn']);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
