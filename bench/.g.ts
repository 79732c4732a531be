import { parseArticle } from '../src/index';
import { buildShape, type Shape } from './shapes';
import { readFileSync } from 'node:fs';
const specimen = readFileSync('/work/shared/seeds/000_7e7b13f37a42b062.txt', 'utf8');
const shape = process.argv[2] as Shape;
const gc = (globalThis as any).gc;
const texts = [1, 2, 4, 8].map((mb) => buildShape(shape, specimen, mb * 1e6));
for (const t of texts) for (let k = 0; k < 5; k++) parseArticle(t, { normalize: false });
for (let round = 0; round < 3; round++) {
  console.log(texts.map((t) => { let best = Infinity; for (let k = 0; k < 9; k++) { gc(); const s = process.cpuUsage(); for (let r = 0; r < 10; r++) parseArticle(t, { normalize: false }); const u = process.cpuUsage(s); best = Math.min(best, (u.user + u.system) / 10000); } return best.toFixed(2); }).join('  '));
}
