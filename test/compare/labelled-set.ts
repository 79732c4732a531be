/**
 * The labelled sets the comparison is evaluated on, built from the news
 * corpus in `../shared` when a test or the benchmark runs (never stored in
 * the repository), with a fixed seed so every run sees the same set.
 *
 * Near-duplicates: each corpus article gets two variants, one with a single
 * change and one with two, the changes being those that copies of a story
 * show in the wild (diacritics added or removed, letter variants, tatweel,
 * punctuation restyled, a paragraph dropped, a boilerplate line added, the
 * last fifth cut, paragraphs merged or split, a dateline prefix, a word
 * changed in the title). Every pair of articles from one corpus article is
 * a duplicate; every other pair is not. Boilerplate and datelines are the
 * same for every article of one outlet, as on real sites, so variants of
 * different stories from one outlet share those lines: hard negatives on top
 * of the corpus's own same-outlet, same-day stories.
 *
 * Related stories: pages whose related blocks point at other corpus articles
 * (headline variants, teasers cut from the target's body); a third of the
 * targets are left out of the collection, so their stories must link to nothing.
 */
import type { NewsRecord } from '../helpers/shared';

/** An article as the comparison functions read it. */
export interface PlainArticle {
  title: string;
  caption: string | null;
  paragraphs: string[];
}

/** One article of the near-duplicate set. */
export interface LabelledArticle {
  /** Unique id: the corpus id, or the corpus id and `#1`, `#2` for variants. */
  id: string;
  /** Id of the corpus article it comes from: equal groups are duplicates. */
  group: string;
  /** Outlet of the corpus article. */
  source: string;
  /** Day of the corpus article (YYYY-MM-DD or YYYYMMDD as the id has it). */
  day: string;
  /** What was changed, empty for the corpus article itself. */
  changes: string[];
  article: PlainArticle;
}

/** The changes a variant may carry. */
export const CHANGE_KINDS = [
  'diacritics-added',
  'diacritics-removed',
  'letter-variants',
  'tatweel',
  'punctuation',
  'paragraph-dropped',
  'boilerplate-added',
  'last-fifth-cut',
  'paragraphs-merged',
  'paragraphs-split',
  'dateline',
  'title-word',
] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** mulberry32: a small seeded generator, so the set is the same on every run. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** The corpus record as an article: blank paragraphs dropped, the title trimmed. */
export function recordArticle(record: NewsRecord): PlainArticle {
  return { title: record.title.trim(), caption: null, paragraphs: record.paragraphs.filter((text) => text.trim().length > 0) };
}

/** The day of a corpus record, from its id. */
export function recordDay(record: NewsRecord): string {
  const saudi = /^saudinewsnet-(\d{4}-\d{2}-\d{2})-/.exec(record.id);
  if (saudi) return saudi[1]!;
  return /-(\d{8})$/.exec(record.id)?.[1] ?? 'unknown';
}

// ── the changes, each on a copy ──

const HARAKAT = ['\u064e', '\u064f', '\u0650', '\u0652', '\u0651\u064e'];
const ARABIC_LETTER = /[\u0621-\u064a]/u;
const MARKS = /[\u064b-\u0652\u0670]/gu;

function mapText(article: PlainArticle, change: (text: string) => string): PlainArticle {
  return { title: change(article.title), caption: article.caption === null ? null : change(article.caption), paragraphs: article.paragraphs.map(change) };
}

function addDiacritics(text: string, random: Random): string {
  let out = '';
  for (const character of text) {
    out += character;
    if (ARABIC_LETTER.test(character) && random() < 0.5) out += pick(random, HARAKAT);
  }
  return out;
}

function letterVariants(text: string, random: Random): string {
  return text
    .replace(/[أإآ]/gu, (letter) => (random() < 0.7 ? 'ا' : letter))
    .replace(/ة(?=$|[^\u0621-\u064a])/gu, (letter) => (random() < 0.6 ? 'ه' : letter))
    .replace(/[يى](?=$|[^\u0621-\u064a])/gu, (letter) => (random() < 0.6 ? (letter === 'ي' ? 'ى' : 'ي') : letter))
    .replace(/(^|\s)ا(?=ل)/gu, (match, space: string) => (random() < 0.1 ? `${space}أ` : match));
}

function addTatweel(text: string, random: Random): string {
  let out = '';
  const characters = Array.from(text);
  characters.forEach((character, k) => {
    out += character;
    const next = characters[k + 1];
    // Tatweel goes between two joining letters, where a typesetter stretches a word.
    if (/[بتثجحخسشصضطظعغفقكلمنهي]/u.test(character) && next !== undefined && ARABIC_LETTER.test(next) && random() < 0.15) out += '\u0640';
  });
  return out;
}

function restylePunctuation(text: string): string {
  return text
    .replace(/،/gu, ',')
    .replace(/؛/gu, ';')
    .replace(/؟/gu, '?')
    .replace(/"([^"]*)"/gu, '«$1»')
    .replace(/\.(\s|$)/gu, ' .$1')
    .replace(/\s*-\s*/gu, ' – ');
}

/** Boilerplate lines an outlet adds (written for these tests), one per outlet. */
const BOILERPLATE = [
  'تابعونا على تويتر وفيسبوك لمتابعة آخر الأخبار',
  'المصدر: وكالة الأنباء',
  'جميع الحقوق محفوظة للصحيفة ©',
  'تابعوا قناتنا على تلغرام للأخبار العاجلة',
  '(وكالات)',
  'لمزيد من الأخبار حمّل تطبيق الصحيفة',
];

/** Dateline prefixes (written for these tests), one per outlet. */
const DATELINES = ['الرياض – واس: ', 'جدة - ', 'تونس (وكالات) - ', 'الدمام: ', 'مكة المكرمة – ', 'القاهرة - أ ف ب: '];

function outletIndex(source: string, count: number): number {
  let hash = 0;
  for (const character of source) hash = (hash * 31 + character.codePointAt(0)!) >>> 0;
  return hash % count;
}

function cutLastFifth(article: PlainArticle): PlainArticle {
  const total = article.paragraphs.reduce((sum, text) => sum + text.length, 0);
  let budget = Math.floor(total * 0.8);
  const kept: string[] = [];
  for (const text of article.paragraphs) {
    if (budget <= 0) break;
    if (text.length <= budget) kept.push(text);
    else {
      const cut = text.lastIndexOf(' ', budget);
      if (cut > 0) kept.push(text.slice(0, cut));
    }
    budget -= text.length;
  }
  return { ...article, paragraphs: kept.length > 0 ? kept : article.paragraphs.slice(0, 1) };
}

function dropParagraph(article: PlainArticle, random: Random): PlainArticle {
  const { paragraphs } = article;
  if (paragraphs.length < 3) return cutLastFifth(article);
  const longest = paragraphs.reduce((best, text, k) => (text.length > paragraphs[best]!.length ? k : best), 0);
  const choices = paragraphs.map((_, k) => k).filter((k) => k !== longest);
  const dropped = pick(random, choices);
  return { ...article, paragraphs: paragraphs.filter((_, k) => k !== dropped) };
}

function mergeParagraphs(article: PlainArticle): PlainArticle {
  const merged: string[] = [];
  for (let k = 0; k < article.paragraphs.length; k += 2) merged.push(article.paragraphs.slice(k, k + 2).join(' '));
  return { ...article, paragraphs: merged };
}

function splitParagraphs(article: PlainArticle): PlainArticle {
  const split: string[] = [];
  for (const text of article.paragraphs) {
    const middle = text.indexOf(' ', Math.floor(text.length / 2));
    if (middle > 0 && text.length > 80) split.push(text.slice(0, middle), text.slice(middle + 1));
    else split.push(text);
  }
  return { ...article, paragraphs: split };
}

const TITLE_WORDS = ['عاجل', 'جديد', 'رسميا', 'اليوم', 'بالصور', 'تفاصيل'];

function changeTitleWord(article: PlainArticle, random: Random): PlainArticle {
  const words = article.title.split(' ');
  const at = Math.floor(random() * words.length);
  words[at] = pick(random, TITLE_WORDS);
  return { ...article, title: words.join(' ') };
}

/** `article` with one change applied. */
export function applyChange(article: PlainArticle, kind: ChangeKind, source: string, random: Random): PlainArticle {
  switch (kind) {
    case 'diacritics-added':
      return mapText(article, (text) => addDiacritics(text, random));
    case 'diacritics-removed':
      return mapText(article, (text) => text.replace(MARKS, ''));
    case 'letter-variants':
      return mapText(article, (text) => letterVariants(text, random));
    case 'tatweel':
      return mapText(article, (text) => addTatweel(text, random));
    case 'punctuation':
      return mapText(article, restylePunctuation);
    case 'paragraph-dropped':
      return dropParagraph(article, random);
    case 'boilerplate-added': {
      const line = BOILERPLATE[outletIndex(source, BOILERPLATE.length)]!;
      return { ...article, paragraphs: random() < 0.5 ? [...article.paragraphs, line] : [line, ...article.paragraphs] };
    }
    case 'last-fifth-cut':
      return cutLastFifth(article);
    case 'paragraphs-merged':
      return mergeParagraphs(article);
    case 'paragraphs-split':
      return splitParagraphs(article);
    case 'dateline': {
      const [first = '', ...rest] = article.paragraphs;
      return { ...article, paragraphs: [DATELINES[outletIndex(source, DATELINES.length)]! + first.trimStart(), ...rest] };
    }
    case 'title-word':
      return changeTitleWord(article, random);
  }
}

/**
 * The near-duplicate set: every corpus article, a variant with one change
 * (the kinds taken in turn) and a variant with two random changes.
 */
export function buildDuplicateSet(records: readonly NewsRecord[], seed = 16): LabelledArticle[] {
  const random = randomSource(seed);
  const set: LabelledArticle[] = [];
  records.forEach((record, position) => {
    const base = recordArticle(record);
    const day = recordDay(record);
    const entry = (id: string, changes: ChangeKind[], article: PlainArticle): LabelledArticle => ({ id, group: record.id, source: record.source, day, changes, article });
    set.push(entry(record.id, [], base));
    const single = CHANGE_KINDS[position % CHANGE_KINDS.length]!;
    set.push(entry(`${record.id}#1`, [single], applyChange(base, single, record.source, random)));
    const first = pick(random, CHANGE_KINDS);
    const second = pick(random, CHANGE_KINDS.filter((kind) => kind !== first));
    set.push(entry(`${record.id}#2`, [first, second], applyChange(applyChange(base, first, record.source, random), second, record.source, random)));
  });
  return set;
}

/**
 * Corpus articles that are one story as two papers printed it (the same press release,
 * edited): neither duplicates by construction nor different stories, so pairs across
 * them are left out of the scores, and so are related stories pointing at them. Found by
 * the comparison itself (containment 0.64) and read by hand.
 */
export const REWRITTEN_GROUPS: ReadonlyArray<readonly string[]> = [['saudinewsnet-2015-07-26-0786', 'saudinewsnet-2015-07-27-0484']];

/** Whether two corpus groups are one story printed twice (see {@link REWRITTEN_GROUPS}). */
export function isRewrite(groupA: string, groupB: string): boolean {
  return groupA !== groupB && REWRITTEN_GROUPS.some((groups) => groups.includes(groupA) && groups.includes(groupB));
}

/** Pairs across {@link REWRITTEN_GROUPS}, to leave out of predicted pairs before scoring. */
export function rewrittenPairs(set: readonly LabelledArticle[]): Set<string> {
  const pairs = new Set<string>();
  for (let a = 0; a < set.length; a++) {
    for (let b = a + 1; b < set.length; b++) if (isRewrite(set[a]!.group, set[b]!.group)) pairs.add(pairKey(set, a, b));
  }
  return pairs;
}

/** All pairs `a|b` (ids in set order) that are duplicates by construction. */
export function duplicatePairs(set: readonly LabelledArticle[]): Set<string> {
  const byGroup = new Map<string, number[]>();
  set.forEach((item, k) => byGroup.set(item.group, [...(byGroup.get(item.group) ?? []), k]));
  const pairs = new Set<string>();
  for (const members of byGroup.values()) {
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) pairs.add(pairKey(set, members[i]!, members[j]!));
  }
  return pairs;
}

/** Key of an unordered pair, by position in the set. */
export function pairKey(set: readonly LabelledArticle[], a: number, b: number): string {
  const [low, high] = a < b ? [a, b] : [b, a];
  return `${set[low]!.id}|${set[high]!.id}`;
}

/** Precision and recall of predicted pairs against the true ones. */
export function pairScores(predicted: ReadonlySet<string>, truth: ReadonlySet<string>): { precision: number; recall: number; falsePositives: string[]; falseNegatives: string[] } {
  const falsePositives = [...predicted].filter((pair) => !truth.has(pair));
  const falseNegatives = [...truth].filter((pair) => !predicted.has(pair));
  const correct = predicted.size - falsePositives.length;
  return {
    precision: predicted.size === 0 ? 1 : correct / predicted.size,
    recall: truth.size === 0 ? 1 : correct / truth.size,
    falsePositives,
    falseNegatives,
  };
}

// ── related stories ──

/** A page of the linking set and where its stories really point. */
export interface LinkPage {
  id: string;
  article: PlainArticle & { related: Array<{ title: string; teaser: string | null; truncated: boolean }> };
  /** Per story, the id of the article it points at if that article is in the collection, else null. */
  targets: Array<string | null>;
  /** Per story, the id of the corpus article it points at, in the collection or not. */
  pointsAt: string[];
}

const OUTLET_NAMES = [' - سبق', ' | عكاظ', ' - الرياض', ' – جوهرة أف أم', ' | صحيفة المدينة'];

function titleVariant(title: string, random: Random): string {
  switch (Math.floor(random() * 5)) {
    case 0:
      return title;
    case 1:
      return addDiacritics(title, random);
    case 2:
      return letterVariants(title, random);
    case 3:
      return addTatweel(title, random) + pick(random, OUTLET_NAMES);
    default:
      return title + pick(random, OUTLET_NAMES);
  }
}

/** The start of the body, cut at a word boundary after 260–330 characters, as sites cut teasers. */
function teaserOf(article: PlainArticle, random: Random): { teaser: string; truncated: boolean } {
  const body = article.paragraphs.map((text) => text.trim()).join(' ');
  const limit = 260 + Math.floor(random() * 70);
  if (body.length <= limit) return { teaser: body, truncated: false };
  const cut = body.lastIndexOf(' ', limit);
  const teaser = body.slice(0, cut > 0 ? cut : limit);
  return { teaser: random() < 0.3 ? `${teaser}...` : teaser, truncated: true };
}

/**
 * The linking set: the corpus split into a collection (two thirds) and
 * articles left out; each collection page gets 3 related stories pointing at
 * other corpus articles of the same outlet where it has enough (as sites link
 * their own stories), a sixth of them without a teaser.
 */
export function buildLinkSet(records: readonly NewsRecord[], seed = 61): LinkPage[] {
  const random = randomSource(seed);
  const inCollection = records.map(() => random() < 2 / 3);
  const bySource = new Map<string, number[]>();
  records.forEach((record, k) => bySource.set(record.source, [...(bySource.get(record.source) ?? []), k]));
  const pages: LinkPage[] = [];
  records.forEach((record, k) => {
    if (!inCollection[k]) return;
    const sameOutlet = bySource.get(record.source)!.filter((other) => other !== k);
    const pool = sameOutlet.length >= 3 ? sameOutlet : records.map((_, other) => other).filter((other) => other !== k);
    const chosen = new Set<number>();
    while (chosen.size < 3) chosen.add(pick(random, pool));
    const related: LinkPage['article']['related'] = [];
    const targets: Array<string | null> = [];
    const pointsAt: string[] = [];
    for (const target of chosen) {
      pointsAt.push(records[target]!.id);
      const article = recordArticle(records[target]!);
      const title = titleVariant(article.title, random);
      if (random() < 1 / 6) related.push({ title, teaser: null, truncated: false });
      else {
        const { teaser, truncated } = teaserOf(article, random);
        related.push({ title, teaser: random() < 0.3 ? addDiacritics(teaser, random) : teaser, truncated });
      }
      targets.push(inCollection[target] ? records[target]!.id : null);
    }
    pages.push({ id: record.id, article: { ...recordArticle(record), related }, targets, pointsAt });
  });
  return pages;
}

/** Precision and recall of links against the pages' true targets; stories pointing at {@link REWRITTEN_GROUPS} are left out. */
export function linkScores(pages: readonly LinkPage[], links: ReadonlyArray<{ from: string; story: number; to: string }>): { precision: number; recall: number; wrong: string[]; missed: string[] } {
  const truth = new Map<string, string | null>();
  const rewritten = new Set(REWRITTEN_GROUPS.flat());
  for (const page of pages) {
    page.targets.forEach((target, story) => {
      if (!rewritten.has(page.pointsAt[story]!)) truth.set(`${page.id}/${story}`, target);
    });
  }
  links = links.filter((link) => truth.has(`${link.from}/${link.story}`));
  const wrong = links.filter((link) => truth.get(`${link.from}/${link.story}`) !== link.to).map((link) => `${link.from}/${link.story} → ${link.to}`);
  const found = new Set(links.map((link) => `${link.from}/${link.story}`));
  const expected = [...truth].filter(([, target]) => target !== null);
  const missed = expected.filter(([story]) => !found.has(story) || wrong.some((line) => line.startsWith(`${story} `))).map(([story, target]) => `${story} → ${target}`);
  return {
    precision: links.length === 0 ? 1 : (links.length - wrong.length) / links.length,
    recall: expected.length === 0 ? 1 : (expected.length - missed.length) / expected.length,
    wrong,
    missed,
  };
}
