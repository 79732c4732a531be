import { beforeAll, describe, expect, it } from 'vitest';
import { requireBuild, run } from '../helpers/run';

// The package imports itself by name, so these resolve through the exports map to dist/.
const RAW = 'عنوان الخبر\\n\\nعنوان الخبر\\nتعليق الصورة\\n\\nالفقرة الأولى من الخبر.';

const NAMES = '{ parseArticle, safeParseArticle, formatArticle, normalizeArabic }';
const BODY = `
const article = parseArticle('${RAW}');
console.log(JSON.stringify({
  title: article.title,
  caption: article.caption,
  paragraphs: article.paragraphs,
  kinds: [typeof safeParseArticle, typeof formatArticle, typeof ArticleSchema.parse, typeof normalizeArabic],
}));
`;
// The schemas come from their own entry, `khabar/schema`.
const ESM = `import ${NAMES} from 'khabar';\nimport { ArticleSchema } from 'khabar/schema';${BODY}`;
const CJS = `const ${NAMES} = require('khabar');\nconst { ArticleSchema } = require('khabar/schema');${BODY}`;

const EXPECTED = {
  title: 'عنوان الخبر',
  caption: 'تعليق الصورة',
  paragraphs: ['الفقرة الأولى من الخبر.'],
  kinds: ['function', 'function', 'function', 'function'],
};

describe('the built package', () => {
  beforeAll(requireBuild);

  it('imports from ESM', () => {
    const result = run(process.execPath, ['--input-type=module', '-e', ESM]);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(EXPECTED);
  });

  it('requires from CommonJS', () => {
    const result = run(process.execPath, ['--input-type=commonjs', '-e', CJS]);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual(EXPECTED);
  });
});
