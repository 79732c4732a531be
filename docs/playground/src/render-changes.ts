/**
 * The text before and after normalisation, side by side, with every change
 * marked on both sides, a legend counting the changes by kind, and a table of
 * the distinct rewrites (`أ → ا`, removed `ّ`, …) so each rule is visible.
 */
import { CHANGE_KINDS, codePointLabel, countChanges, type ChangeKind, type Segment } from './changes';
import { h } from './dom';

const KIND_LABELS: Record<ChangeKind, string> = {
  removed: 'removed marks',
  letter: 'folded letters',
  punctuation: 'changed punctuation',
  digit: 'changed digits',
  space: 'changed spaces',
  other: 'other changes',
};

function describe(segment: Segment): string {
  return segment.changes
    .map((change) =>
      change.after === ''
        ? `${change.kind}: ${codePointLabel(change.before)} removed`
        : `${change.kind}: ${codePointLabel(change.before)} → ${Array.from(change.after, codePointLabel).join(' ')}`,
    )
    .join('\n');
}

/** One side of the comparison: `side` picks the input or the output text of each segment. */
export function renderSide(segments: readonly Segment[], side: 'before' | 'after'): HTMLElement {
  return h(
    'div',
    { class: `text text-${side}`, dir: 'rtl', lang: 'ar', 'data-field': side },
    ...segments.map((segment) => {
      const text = segment[side];
      const first = segment.changes[0];
      if (first === undefined) return text;
      return h('mark', { class: `change change-${first.kind}`, 'data-kind': first.kind, title: describe(segment) }, text);
    }),
  );
}

/** The legend: one entry per kind of change, with its count. */
export function renderLegend(segments: readonly Segment[]): HTMLElement {
  const counts = countChanges(segments);
  return h(
    'ul',
    { class: 'legend' },
    ...CHANGE_KINDS.map((kind) =>
      h(
        'li',
        { 'data-kind': kind, 'data-count': String(counts[kind]) },
        h('mark', { class: `change change-${kind}` }, String(counts[kind])),
        ' ',
        KIND_LABELS[kind],
      ),
    ),
  );
}

/** The distinct rewrites with how often each happened, most frequent first. */
export function renderRewriteTable(segments: readonly Segment[]): HTMLElement {
  const rows = new Map<string, { kind: ChangeKind; before: string; after: string; count: number }>();
  for (const segment of segments) {
    for (const change of segment.changes) {
      const key = `${change.before}\u0000${change.after}`;
      const row = rows.get(key);
      if (row === undefined) rows.set(key, { kind: change.kind, before: change.before, after: change.after, count: 1 });
      else row.count++;
    }
  }
  if (rows.size === 0) return h('p', { class: 'empty', 'data-field': 'no-changes' }, 'This preset leaves the text unchanged.');
  const sorted = [...rows.values()].sort((a, b) => b.count - a.count || a.before.localeCompare(b.before));
  return h(
    'table',
    { class: 'rewrites' },
    h('thead', {}, h('tr', {}, h('th', {}, 'kind'), h('th', {}, 'before'), h('th', {}, 'after'), h('th', {}, 'count'))),
    h(
      'tbody',
      {},
      ...sorted.map((row) =>
        h(
          'tr',
          { 'data-kind': row.kind },
          h('td', {}, KIND_LABELS[row.kind]),
          h('td', { class: 'glyph' }, h('bdi', { lang: 'ar' }, showable(row.before)), ' ', h('code', {}, codePointLabel(row.before))),
          h(
            'td',
            { class: 'glyph' },
            row.after === '' ? '—' : h('bdi', { lang: 'ar' }, showable(row.after)),
            ' ',
            h('code', {}, Array.from(row.after, codePointLabel).join(' ')),
          ),
          h('td', { class: 'count' }, String(row.count)),
        ),
      ),
    ),
  );
}

/** A combining mark alone would sit on nothing: show it on a dotted circle, as type specimens do. */
function showable(text: string): string {
  return /^\p{M}/u.test(text) ? `\u25CC${text}` : text;
}
