/**
 * A full-text index of Arabic articles with MiniSearch, khabar doing the Arabic: `tokenize`
 * splits each text into words and gives each its search key (no diacritics, no tatweel, one
 * form for the letters people write interchangeably, the article and other light affixes
 * stemmed), and the tokens' offsets point back into the text as it was written, so a hit is
 * highlighted in the original, diacritics and all.
 *
 * Run: `npx tsx examples/search-index.ts [query]`
 */
import MiniSearch from 'minisearch';
import { createTokenizer } from 'khabar';

interface Article {
  id: number;
  title: string;
  body: string;
}

const articles: Article[] = [
  {
    id: 1,
    title: 'افْتِتَاحُ مُسْتَشْفَى جَدِيدٍ فِي المَدِينَةِ',
    body: 'أَعْلَنَتْ وِزَارَةُ الصِّحَّةِ افْتِتَاحَ المُسْتَشْفَى الجَدِيدِ، وَقَالَتْ إِنَّ المَدْرَسَةَ المُجَاوِرَةَ سَتُسْتَخْدَمُ لِلتَّدْرِيبِ.',
  },
  {
    id: 2,
    title: 'أسعار النفط ترتفع',
    body: 'ارتفعت أسعار النفط في الأسواق العالمية مع نهاية الأسبوع.',
  },
  {
    id: 3,
    title: 'مدرسة للفنون في الحي القديم',
    body: 'تستقبل مدرسـة الفنون طلابها الجدد مطلع الشهر المقبل.',
  },
];

// One tokenizer for the documents and the queries, so both get the same keys.
const tokenizer = createTokenizer({ preset: 'search', stem: 'light' });
const keysOf = (text: string): string[] => tokenizer(text).map((token) => token.key);

const index = new MiniSearch<Article>({
  fields: ['title', 'body'],
  storeFields: ['title', 'body'],
  // khabar's keys are the terms: MiniSearch's own term processing is left out.
  tokenize: keysOf,
  processTerm: (term) => term,
  searchOptions: { tokenize: keysOf, processTerm: (term) => term, combineWith: 'AND' },
});
index.addAll(articles);

/** The text with every word whose key is one of `keys` in brackets, found through token offsets. */
function highlight(text: string, keys: ReadonlySet<string>): string {
  let out = '';
  let copied = 0;
  for (const token of tokenizer(text)) {
    if (!keys.has(token.key)) continue;
    out += `${text.slice(copied, token.start)}[${text.slice(token.start, token.end)}]`;
    copied = token.end;
  }
  return out + text.slice(copied);
}

// Typed without diacritics, with bare alef, heh for teh marbuta and yeh for alef maksura.
const query = process.argv[2] ?? 'اعلنت وزاره الصحه مستشفي';
const queryKeys = new Set(keysOf(query));
console.log(`query: ${query} (keys: ${[...queryKeys].join(' ')})`);
const results = index.search(query);
for (const result of results) {
  const article = articles.find((candidate) => candidate.id === result.id)!;
  console.log(`${article.id}: ${highlight(article.title, queryKeys)}`);
  console.log(`   ${highlight(article.body, queryKeys)}`);
}
console.log(`${results.length} of ${articles.length} articles`);
