/**
 * The playground: paste an article (or load a sample) and see its record,
 * its diagnostics and what a normalisation preset does to it. Everything is
 * recomputed synchronously on each edit — parsing is linear and fast enough.
 */
import { normalizeArabicWithMap, safeParseArticle, type Diagnostic, type NormalizePreset } from 'khabar';
import { diffNormalization } from './changes';
import { byId, h, replaceChildren } from './dom';
import { renderLegend, renderRewriteTable, renderSide } from './render-changes';
import { renderDiagnosticList, renderSource } from './render-diagnostics';
import { renderJson, renderReadable } from './render-record';
import { SAMPLES } from './samples';

const input = byId<HTMLTextAreaElement>('input');
const sampleSelect = byId<HTMLSelectElement>('sample');
const presetSelect = byId<HTMLSelectElement>('preset');
const strictBox = byId<HTMLInputElement>('strict');

function preset(): NormalizePreset {
  return presetSelect.value as NormalizePreset;
}

function renderRecord(text: string): readonly Diagnostic[] {
  const result = safeParseArticle(text, { strict: strictBox.checked, normalize: preset() });
  const status = byId('record-status');
  if (result.success) {
    status.textContent = `Parsed: ${result.data.paragraphs.length} paragraphs, ${result.data.related.length} related stories.`;
    status.dataset['state'] = 'parsed';
    replaceChildren(byId('readable'), renderReadable(result.data));
    replaceChildren(byId('json'), renderJson(result.data));
    return result.diagnostics;
  }
  status.textContent = `No record: ${result.error.message}`;
  status.dataset['state'] = 'failed';
  replaceChildren(byId('readable'), h('p', { class: 'empty' }, 'The input could not be parsed; see the diagnostics below.'));
  replaceChildren(byId('json'));
  return result.error.diagnostics;
}

function renderChanges(text: string): void {
  const { text: output, sourceIndex } = normalizeArabicWithMap(text, preset());
  const segments = diffNormalization(text, output, sourceIndex);
  replaceChildren(byId('legend'), renderLegend(segments));
  replaceChildren(byId('before'), renderSide(segments, 'before'));
  replaceChildren(byId('after'), renderSide(segments, 'after'));
  replaceChildren(byId('rewrites'), renderRewriteTable(segments));
}

function render(): void {
  const text = input.value;
  try {
    const diagnostics = renderRecord(text);
    replaceChildren(byId('diagnostic-list'), renderDiagnosticList(diagnostics));
    replaceChildren(byId('source'), renderSource(text, diagnostics));
    renderChanges(text);
    byId('failure').hidden = true;
  } catch (error) {
    // An exception here is a bug in the library or the page: show it rather than a stale view.
    const failure = byId('failure');
    failure.hidden = false;
    failure.textContent = `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
    throw error;
  }
}

function loadSample(): void {
  const sample = SAMPLES.find((candidate) => candidate.id === sampleSelect.value) ?? SAMPLES[0];
  input.value = sample?.text ?? '';
  render();
}

function showTab(name: 'readable' | 'json'): void {
  for (const tab of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-tab]'))) {
    const selected = tab.dataset['tab'] === name;
    tab.setAttribute('aria-selected', String(selected));
    byId(tab.dataset['tab'] ?? '').hidden = !selected;
  }
}

replaceChildren(sampleSelect, ...SAMPLES.map((sample) => h('option', { value: sample.id }, sample.label)));
input.addEventListener('input', render);
presetSelect.addEventListener('change', render);
strictBox.addEventListener('change', render);
byId('load').addEventListener('click', loadSample);
byId('clear').addEventListener('click', () => {
  input.value = '';
  render();
});
for (const tab of Array.from(document.querySelectorAll<HTMLButtonElement>('[data-tab]'))) {
  tab.addEventListener('click', () => showTab(tab.dataset['tab'] === 'json' ? 'json' : 'readable'));
}

loadSample();
// Time from navigation start to the first complete view; the browser test reads it.
performance.mark('playground-first-render');
document.documentElement.dataset['ready'] = 'true';
