/**
 * Lucene's own `ArabicNormalizer`, run in Java in the same benchmark run as
 * the JavaScript figures: `bench/lucene/LuceneLoop.java` (per white-space
 * token, JIT warmed; the median of 7 timed runs in a fresh JVM, or one run
 * per request in a JVM that stays up) is compiled with `javac` into
 * `.bench-cache/lucene` (git-ignored) against the Lucene 8 jars that
 * `tools/lucene/fetch-lucene.sh` fetches from Debian.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** One warmed JVM running Lucene's loop on request, for timing in turns with JavaScript. */
export interface LuceneServer {
  /** Milliseconds of one run of Lucene's loop over the whole input, timed in the JVM. */
  run(): Promise<number>;
  /** Ends the JVM. */
  close(): void;
}

/** What {@link luceneJava} returns when Java and Lucene are available. */
export interface LuceneRunner {
  /** MB/s (UTF-8 bytes of the input) of a fresh JVM on the file at `path`: the median of 7 runs after 5 warm-ups. */
  measure(path: string): number | undefined;
  /** A JVM warmed on the file at `path` (5 runs) that then times one run per call. */
  serve(path: string): Promise<LuceneServer | undefined>;
}

/**
 * A runner of Lucene's normaliser in Java, compiled once (see
 * {@link LuceneRunner}); a run that fails gives undefined. The runner is
 * undefined when Java or Lucene is not available. Either way the reason is
 * printed, and callers then compare with the JS port of Lucene's loop.
 */
export function luceneJava(): LuceneRunner | undefined {
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
    const serve = async (path: string): Promise<LuceneServer | undefined> => {
      const jvm = spawn('java', ['-cp', `${classpath}:${classes}`, 'LuceneLoop', path, '5', 'serve'], { stdio: ['pipe', 'pipe', 'inherit'] });
      const replies = createInterface({ input: jvm.stdout })[Symbol.asyncIterator]();
      const reply = async (): Promise<{ ready?: boolean; ms?: number }> => {
        const line = await replies.next();
        if (line.done) throw new Error('the JVM ended');
        return JSON.parse(line.value) as { ready?: boolean; ms?: number };
      };
      try {
        await reply();
      } catch (error) {
        jvm.kill();
        return failed(error);
      }
      return {
        run: async () => {
          jvm.stdin.write('run\n');
          return (await reply()).ms!;
        },
        close: () => jvm.stdin.end(),
      };
    };
    return { measure, serve };
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
