/**
 * `npm run bench`: every benchmark of the package, one after the other.
 * Figures are medians of several runs with ratios against baselines measured
 * in the same process, so they compare across machines.
 */
import { runParseBench } from './parse';
import { runNormalizeBench } from './normalize';
import { runPerCallBench } from './per-call';
import { runCliBench } from './cli';
import { runLinearBench } from './linear';
import { runMemoryBench } from './memory';
import { runCompareBench } from './compare';
import { runTokenizeBench } from './tokenize';

console.log(`node ${process.version}, ${process.platform} ${process.arch}`);
runParseBench();
await runNormalizeBench();
await runPerCallBench();
await runCliBench();
runLinearBench();
runMemoryBench();
runCompareBench();
runTokenizeBench();
