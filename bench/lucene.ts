/**
 * Lucene's own `ArabicNormalizer`, run in Java in the same benchmark run as
 * the JavaScript figures: `bench/lucene/LuceneLoop.java` (per white-space
 * token, JIT warmed, median of 7 timed runs) is compiled with `javac` into
 * `.bench-cache/lucene` (git-ignored) against the Lucene 8 jars that
 * `tools/lucene/fetch-lucene.sh` fetches from Debian.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * A runner of Lucene's normaliser in Java, compiled once: `measure(path)`
 * starts a fresh JVM and returns its MB/s (UTF-8 bytes of the input) on the
 * file at `path`, or undefined when that run fails. The runner is undefined
 * when Java or Lucene is not available. Either way the reason is printed,
 * and callers then compare with the JS port of Lucene's loop.
 */
export function luceneJava(): { measure(path: string): number | undefined } | undefined {
  const missing = ['java', 'javac'].filter((tool) => spawnSync(tool, ['-version'], { stdio: 'ignore' }).error);
  if (missing.length > 0) {
    console.log(`Lucene (Java): ${missing.join(' and ')} not found; ratios are to the JS port of Lucene's loop instead`);
    return undefined;
  }
  const failed = (error: unknown): undefined => {
    console.log(`Lucene (Java) could not run (${(error as Error).message.split('\n')[0]}); ratios are to the JS port of Lucene's loop instead`);
    return undefined;
  };
  try {
    const classpath = execFileSync('bash', [join(ROOT, 'tools/lucene/fetch-lucene.sh')], { encoding: 'utf8' }).trim();
    const classes = join(ROOT, '.bench-cache', 'lucene');
    mkdirSync(classes, { recursive: true });
    execFileSync('javac', ['-cp', classpath, '-d', classes, join(ROOT, 'bench/lucene/LuceneLoop.java')], { stdio: 'inherit' });
    const measure = (path: string): number | undefined => {
      try {
        const output = execFileSync('java', ['-cp', `${classpath}:${classes}`, 'LuceneLoop', path, '5', '7'], { encoding: 'utf8' });
        return (JSON.parse(output.trim().split('\n').pop()!) as { mbPerS: number }).mbPerS;
      } catch (error) {
        return failed(error);
      }
    };
    return { measure };
  } catch (error) {
    return failed(error);
  }
}

/**
 * MB/s (UTF-8 bytes of the input) of Lucene's normaliser on the file at
 * `path`, in one fresh JVM, or undefined when Java or Lucene is not
 * available (see {@link luceneJava}).
 */
export function luceneJavaMbPerS(path: string): number | undefined {
  return luceneJava()?.measure(path);
}
