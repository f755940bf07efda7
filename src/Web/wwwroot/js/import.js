// "Nhập dữ liệu": an office or admin uploads a one-stop system's export. The server reads the whole file once
// (POST /api/v1/dossiers/preview) and stores nothing; the page shows the first rows as they will be stored and every
// refused row; then it sends the dossiers as the API's own JSON in batches within the request limits, each batch
// all or nothing, with a progress bar. A batch that fails can be sent again: a repeat changes nothing.

import { ApiError, getProvince, previewDossiers, saveKey, savedKey, sendDossiers } from './api.js';
import {
  count, dateTime, indicatorShortName, language, percent, periodLabel, setLanguage, t, translateElements,
} from './i18n.js';
import { parsePeriod } from './periods.js';
import { clear, h } from './dom.js';

/** Rows a batch carries: half the server's limit of 10,000, so that a batch stays well inside 16 MB too. */
const BATCH_ROWS = 5000;
const PREVIEW_ROWS = 10;
/** The figures an import moves: of the provinces and months it touches, the most recent few, read before and after. */
const MOVED_INDICATORS = ['ontime', 'online-dossier'];
const MOVED_PROVINCES = 5;
const MOVED_MONTHS = 6;
/** Columns whose values are the API's words, shown in the page's language. */
const WORDS = ['level', 'channel', 'status'];

const MEDIA_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  json: 'application/json',
  ndjson: 'application/x-ndjson',
};

const form = document.getElementById('import-form');
const keyInput = document.getElementById('import-key');
const fileInput = document.getElementById('import-file');
const status = document.getElementById('import-status');
const errorsPanel = document.getElementById('import-errors-panel');
const errorsList = document.getElementById('import-errors');
const previewPanel = document.getElementById('import-preview-panel');
const previewNote = document.getElementById('import-preview-note');
const previewTable = document.getElementById('import-preview');
const sendButton = document.getElementById('import-send');
const progress = document.getElementById('import-progress');
const result = document.getElementById('import-result');
const moved = document.getElementById('import-moved');

let preview = null;
let outcome = null;
let figures = [];

function mediaType(file) {
  const extension = file.name.split('.').pop().toLowerCase();
  return MEDIA_TYPES[extension] ?? file.type ?? 'application/octet-stream';
}

function errorText(error) {
  const where = error.sheetRow ? t('import.row', { row: error.sheetRow })
    : error.index !== null && error.index !== undefined ? t('import.item', { index: error.index + 1 }) : t('import.file');
  return `${where}, ${t('import.column', { field: error.field })}: ${language() === 'vi' ? error.vietnamese : error.reason}`;
}

function render() {
  errorsPanel.hidden = !preview || preview.errors.length === 0;
  clear(errorsList, (preview?.errors ?? []).map(e => h('li', { class: 'import-error', 'data-row': e.sheetRow ?? '' }, errorText(e))));
  previewPanel.hidden = !preview || preview.dossiers.length === 0;
  if (!preview) {
    return;
  }
  previewNote.textContent = t('import.previewNote', { shown: Math.min(PREVIEW_ROWS, preview.dossiers.length), rows: count(preview.rows) });
  const columns = ['dossierId', 'province', 'level', 'channel', 'procedureCode', 'receivedAt', 'dueAt', 'resolvedAt', 'status'];
  const instant = value => (value ? dateTime(value) : '—');
  clear(previewTable,
    h('thead', {}, h('tr', {}, columns.map(c => h('th', { scope: 'col' }, t(`import.col.${c}`))))),
    h('tbody', {}, preview.dossiers.slice(0, PREVIEW_ROWS).map(d => h('tr', {},
      columns.map(c => h('td', {}, c.endsWith('At') ? instant(d[c]) : WORDS.includes(c) ? t(`import.word.${d[c]}`) : (d[c] ?? '—')))))));
  sendButton.textContent = t('import.send', { rows: count(preview.dossiers.length) });
  sendButton.hidden = preview.errors.length > 0 || outcome !== null;
  if (outcome) {
    result.textContent = outcome.failure
      ? t('import.failed', { sent: count(outcome.sent), rows: count(outcome.total), reason: outcome.failure })
      : outcome.sent < outcome.total
        ? t('import.sending', { sent: count(outcome.sent), rows: count(outcome.total) })
        : t('import.done', { rows: count(outcome.total), changed: count(outcome.changed), unchanged: count(outcome.unchanged) });
    result.dataset.changed = outcome.changed;
    result.dataset.unchanged = outcome.unchanged;
  } else {
    result.textContent = '';
  }
  moved.hidden = figures.length === 0;
  clear(moved, figures.length === 0 ? [] : [
    h('thead', {}, h('tr', {}, ['province', 'period', 'indicator', 'before', 'after'].map(c => h('th', { scope: 'col' }, t(`import.moved.${c}`))))),
    h('tbody', {}, figures.map(f => h('tr', { 'data-province': f.province, 'data-indicator': f.indicator },
      h('td', {}, f.name), h('td', {}, periodLabel(parsePeriod(f.period))), h('td', {}, indicatorShortName(f.indicator)),
      h('td', {}, figure(f.before)), h('td', {}, figure(f.after))))),
  ]);
}

function figure(reading) {
  return reading.denominator === 0 ? '—' : `${percent(reading.value)} (${count(reading.numerator)}/${count(reading.denominator)})`;
}

/** The provinces and months (Vietnam time: the instants are written at +07:00) the dossiers touch, the most recent first. */
function touched(dossiers) {
  const provinces = new Map();
  for (const d of dossiers) {
    const months = provinces.get(d.province) ?? new Set();
    for (const instant of [d.receivedAt, d.resolvedAt]) {
      if (instant) {
        months.add(instant.slice(0, 7));
      }
    }
    provinces.set(d.province, months);
  }
  return [...provinces].slice(0, MOVED_PROVINCES)
    .flatMap(([province, months]) => [...months].sort().reverse().slice(0, MOVED_MONTHS).map(period => ({ province, period })));
}

async function readFigures(places, key) {
  const read = await Promise.all(places.map(async ({ province, period }) => {
    const readings = await getProvince(province, period, key);
    return readings.indicators.filter(r => MOVED_INDICATORS.includes(r.indicator))
      .map(r => ({ province, name: readings.province.name, period, indicator: r.indicator, reading: r }));
  }));
  return read.flat();
}

async function readFile(event) {
  event.preventDefault();
  const file = fileInput.files[0];
  const key = keyInput.value.trim();
  if (!file || !key) {
    return;
  }
  saveKey(key);
  preview = null;
  outcome = null;
  figures = [];
  progress.hidden = true;
  status.textContent = t('import.reading', { name: file.name });
  render();
  try {
    preview = await previewDossiers(file, mediaType(file), key);
    status.textContent = preview.errors.length > 0
      ? t('import.refused', { errors: count(preview.errors.length), rows: count(preview.rows) })
      : t('import.ready', { rows: count(preview.rows) });
  } catch (error) {
    status.textContent = error instanceof ApiError && (error.status === 401 || error.status === 403)
      ? t('import.keyRefused') : t('import.unreadable', { reason: error.message });
  }
  render();
}

async function send() {
  const dossiers = preview.dossiers;
  const key = keyInput.value.trim();
  const places = touched(dossiers);
  const before = await readFigures(places, key).catch(() => []);
  outcome = { total: dossiers.length, sent: 0, changed: 0, unchanged: 0, failure: null };
  progress.max = dossiers.length;
  progress.value = 0;
  progress.hidden = false;
  render();
  for (let start = 0; start < dossiers.length; start += BATCH_ROWS) {
    const batch = dossiers.slice(start, start + BATCH_ROWS);
    try {
      const receipt = await sendDossiers(batch, key);
      outcome.sent += receipt.rows;
      outcome.changed += receipt.changed;
      outcome.unchanged += receipt.unchanged;
    } catch (error) {
      outcome.failure = error.message;
      render();
      return;
    }
    progress.value = outcome.sent;
    render();
  }
  const after = await readFigures(places, key).catch(() => []);
  figures = after.map(a => ({ ...a, after: a.reading,
    before: before.find(b => b.province === a.province && b.period === a.period && b.indicator === a.indicator)?.reading ?? { denominator: 0 } }))
    .filter(f => f.after.numerator !== f.before.numerator || f.after.denominator !== f.before.denominator);
  render();
}

function translatePage() {
  translateElements();
  document.title = t('import.title');
  render();
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => {
    setLanguage(button.dataset.lang);
    translatePage();
  });
}
keyInput.value = savedKey();
form.addEventListener('submit', readFile);
sendButton.addEventListener('click', send);
translatePage();
