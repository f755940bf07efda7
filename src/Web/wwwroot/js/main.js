// The board's state and wiring: routes (#/ and #/province/31, with ?indicator= and ?period=), REST
// loads, live pushes, alerts and their acknowledgement. Views are redrawn from the state whenever it
// changes (at most once a frame); the server coalesces pushes to a few a second, so that is cheap.

import * as api from './api.js';
import { askForKey } from './keydialog.js';
import { askForSilence } from './silencedialog.js';
import { connectLive } from './live.js';
import { layoutTiles } from './tilemap.js';
import { isFiring } from './alerts.js';
import { renderBoard } from './board.js';
import { renderProvince } from './province.js';
import { bindReports } from './reports.js';
import {
  HISTORY_LENGTH, KINDS, containing, formatPeriod, includesMonth, parsePeriod, recentPeriods, vietnamMonthNow,
} from './periods.js';
import {
  indicatorShortName, periodLabel, setLanguage, t, time, translateElements,
} from './i18n.js';
import { clear, h, s } from './dom.js';

const DEFAULT_INDICATOR = 'ontime';
const ALERT_LIMIT = 50;
const HISTORY_REQUESTS_IN_FLIGHT = 6;
/** A quarter, half or year around the live month is re-read this long after a push moved it. */
const REFRESH_DELAY_MS = 1500;
const RETRY_LOAD_MS = 5000;

const view = document.getElementById('view');
const kindPicker = document.getElementById('period-kind');
const periodPicker = document.getElementById('period');

const state = {
  indicators: [],
  provinces: [],
  byCode: new Map(),
  layout: null,
  view: 'board',
  provinceCode: null,
  indicator: DEFAULT_INDICATOR,
  liveMonth: vietnamMonthNow(),
  period: vietnamMonthNow(),
  // No period in the address: show the live month, whichever month that is.
  followLive: true,
  // Readings of the chosen period: indicator → province code → reading; and which period they are of.
  boards: new Map(),
  boardsPeriod: null,
  // The provinces whose figure of an indicator the server could not read (indicator → codes), for the chosen period.
  unavailable: new Map(),
  // Sparkline histories of the chosen indicator, by province: which indicator and period they end at
  // (historiesFor), and which of those is loaded or loading (historiesKey; null again after a failure).
  histories: new Map(),
  historiesFor: null,
  historiesKey: null,
  province: { key: null, readings: new Map(), histories: new Map(), unavailable: new Set() },
  alerts: [],
  silences: [],
  newAlerts: new Set(),
  acknowledging: new Set(),
  ackErrors: new Map(),
  silenceErrors: new Map(),
  sort: { column: 'value', descending: true },
  changedAt: new Map(),
  connection: 'connecting',
  updatedAt: null,
};

let live = null;

// ---- Routes -------------------------------------------------------------------------------------

function parseRoute() {
  const [path, query] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(query ?? '');
  const province = /^\/province\/([^/]+)$/.exec(path ?? '');
  return {
    view: province ? 'province' : 'board',
    province: province ? decodeURIComponent(province[1]) : null,
    indicator: params.get('indicator'),
    period: parsePeriod(params.get('period')),
  };
}

function routeHref(path, { indicator = state.indicator, period = state.followLive ? null : state.period } = {}) {
  const params = new URLSearchParams();
  if (indicator !== DEFAULT_INDICATOR) {
    params.set('indicator', indicator);
  }
  if (period && formatPeriod(period) !== formatPeriod(state.liveMonth)) {
    params.set('period', formatPeriod(period));
  }
  const query = params.toString();
  return `#${path}${query ? `?${query}` : ''}`;
}

const actions = {
  boardHref: () => routeHref('/'),
  provinceHref: code => routeHref(`/province/${code}`),
  selectIndicator: id => {
    location.hash = routeHref(state.view === 'province' ? `/province/${state.provinceCode}` : '/', { indicator: id });
  },
  sortBy: column => {
    state.sort = state.sort.column === column
      ? { column, descending: !state.sort.descending }
      : { column, descending: column !== 'province' && column !== 'status' };
    render();
  },
  acknowledge: id => acknowledge(id),
  silence: code => silence(code),
  endSilence: id => endSilence(id),
};

function currentPath() {
  return state.view === 'province' ? `/province/${state.provinceCode}` : '/';
}

function findProvince(codeOrSlug) {
  return state.byCode.get(codeOrSlug) ?? state.provinces.find(p => p.slug === codeOrSlug);
}

async function applyRoute() {
  const route = parseRoute();
  state.view = route.view;
  state.provinceCode = route.province ? (findProvince(route.province)?.code ?? route.province) : null;
  state.indicator = state.indicators.some(i => i.id === route.indicator) ? route.indicator : DEFAULT_INDICATOR;
  state.followLive = !route.period;
  state.period = route.period ?? state.liveMonth;
  if (state.province.key !== `${state.provinceCode}|${formatPeriod(state.period)}`) {
    // Never another province's (or period's) figures under this heading, not even while loading.
    state.province = { key: null, readings: new Map(), histories: new Map(), unavailable: new Set() };
  }
  renderPickers();
  render();
  view.focus({ preventScroll: true });
  followProvince();
  await load();
}

/** A province page is pushed its province's full readings; the board needs figures only. */
function followProvince() {
  live?.watchProvince(state.view === 'province' && state.byCode.has(state.provinceCode) ? state.provinceCode : null);
}

// ---- Loading ------------------------------------------------------------------------------------

function showNotice(message) {
  const notice = document.getElementById('notice');
  notice.textContent = message;
  notice.hidden = !message;
}

/** A read refused for want of a key: ask for one, check it by reading, then start over with it. False if the user declined. */
async function askForReadKey() {
  const key = await askForKey({
    reason: 'keyExplainRead',
    message: api.savedKey() ? t('keyInvalid') : '',
    use: async candidate => {
      const response = await fetch('/api/v1/indicators', { headers: { Authorization: `Bearer ${candidate}` } });
      return response.ok ? '' : t('keyInvalid');
    },
  });
  if (key) {
    live?.restart();
  }
  return Boolean(key);
}

async function withRetry(task) {
  for (;;) {
    try {
      const result = await task();
      showNotice('');
      return result;
    } catch (error) {
      if (error instanceof api.ApiError && error.status === 401 && await askForReadKey()) {
        continue;
      }
      showNotice(t('loadFailed', { reason: error.message }));
      await new Promise(resolve => setTimeout(resolve, RETRY_LOAD_MS));
    }
  }
}

/** Replaces a history's latest point with a newer reading of the same period. */
function patchHistory(history, reading) {
  const last = history?.at(-1);
  if (last && last.period === reading.period && last.indicator === reading.indicator && reading.sequence >= last.sequence) {
    history[history.length - 1] = reading;
  }
}

async function loadBoard() {
  const period = formatPeriod(state.period);
  if (state.boardsPeriod !== period) {
    const boards = await Promise.all(state.indicators.map(i => api.getBoard(i.id, period)));
    if (formatPeriod(state.period) !== period) {
      return;
    }
    state.boards = new Map(boards.map(b => [b.indicator, new Map(b.provinces.map(r => [r.province, r]))]));
    state.unavailable = new Map(boards.map(b => [b.indicator, new Set(b.unavailable)]));
    state.boardsPeriod = period;
    state.changedAt.clear();
    touched();
  }

  const key = `${state.indicator}|${period}`;
  if (state.historiesKey !== key) {
    if (state.historiesFor !== key) {
      state.histories = new Map();
      state.historiesFor = key;
    }
    state.historiesKey = key;
    const { indicator } = state;
    const { kind } = state.period;
    // A figure the server cannot read has no history to read either: asking would fail every retry of the board.
    const readable = state.provinces.filter(p => !state.histories.has(p.code) && !state.unavailable.get(indicator)?.has(p.code));
    await api.inBatches(readable, HISTORY_REQUESTS_IN_FLIGHT, async p => {
      if (state.historiesKey !== key) {
        return;
      }
      const history = await api.getHistory(p.code, indicator, kind, HISTORY_LENGTH[kind], period);
      if (state.historiesKey === key) {
        // A push may have been newer than this history's latest point.
        const board = state.boards.get(indicator);
        const latest = state.boardsPeriod === period ? board?.get(p.code) : null;
        if (latest) {
          patchHistory(history, latest);
        }
        state.histories.set(p.code, history);
        render();
      }
    }).catch(error => {
      // Let the retry fetch the histories still missing.
      if (state.historiesKey === key) {
        state.historiesKey = null;
      }
      throw error;
    });
  }
}

async function loadProvince() {
  const code = state.provinceCode;
  const period = formatPeriod(state.period);
  const key = `${code}|${period}`;
  if (!state.byCode.has(code) || state.province.key === key) {
    return;
  }
  const { kind } = state.period;
  // An indicator whose log cannot be read answers 503 for its history: the page shows the others.
  const [figures, ...histories] = await Promise.all([
    api.getProvince(code, period),
    ...state.indicators.map(i => api.getHistory(code, i.id, kind, HISTORY_LENGTH[kind], period)
      .catch(error => (error instanceof api.ApiError && error.status === 503 ? null : Promise.reject(error)))),
  ]);
  if (`${state.provinceCode}|${formatPeriod(state.period)}` !== key) {
    return;
  }
  const readings = new Map(figures.indicators.map(r => [r.indicator, r]));
  state.province = {
    key,
    readings,
    unavailable: new Set(figures.unavailable),
    histories: new Map(state.indicators.map((indicator, i) => {
      patchHistory(histories[i], readings.get(indicator.id));
      return [indicator.id, histories[i]];
    })),
  };
  touched();
}

/** Loads what the current view needs and has not got; retries on its own until it succeeds. */
async function load() {
  view.setAttribute('aria-busy', 'true');
  await withRetry(() => (state.view === 'province' ? loadProvince() : loadBoard()));
  view.removeAttribute('aria-busy');
  render();
}

let refreshTimer = null;

/** Re-reads the chosen period: a push moved the live month inside it, and pushes carry months only. */
function scheduleRefresh() {
  clearTimeout(refreshTimer);
  refreshTimer = setTimeout(async () => {
    const period = formatPeriod(state.period);
    await withRetry(async () => {
      if (state.view === 'province') {
        const figures = await api.getProvince(state.provinceCode, period);
        if (state.province.key === `${state.provinceCode}|${period}`) {
          for (const reading of figures.indicators) {
            state.province.readings.set(reading.indicator, reading);
            patchHistory(state.province.histories.get(reading.indicator), reading);
          }
        }
      } else {
        const boards = await Promise.all(state.indicators.map(i => api.getBoard(i.id, period)));
        if (state.boardsPeriod === period) {
          applyReadings(boards.flatMap(b => b.provinces));
        }
      }
    });
    touched();
  }, REFRESH_DELAY_MS);
}

// ---- Live ---------------------------------------------------------------------------------------

function touched() {
  state.updatedAt = new Date();
  renderConnection();
  render();
}

/** Takes pushed (or re-read) readings into the state: those of the chosen period directly, and a
 *  re-read for a longer period that contains them. An older reading never replaces a newer one.
 *  Figures (without counts or the target's source) feed the board only: a province page takes full readings. */
function applyReadings(readings, { full = true } = {}) {
  const selected = formatPeriod(state.period);
  let refresh = false;
  for (const reading of readings) {
    if (reading.period !== selected) {
      const month = parsePeriod(reading.period);
      refresh ||= month?.kind === 'month' && state.period.kind !== 'month' && includesMonth(state.period, month);
      continue;
    }
    const board = state.boardsPeriod === selected ? state.boards.get(reading.indicator) : null;
    const old = board?.get(reading.province);
    if (board) {
      state.unavailable.get(reading.indicator)?.delete(reading.province);
    }
    if (board && (!old || reading.sequence >= old.sequence)) {
      if (old && old.status !== reading.status) {
        state.changedAt.set(reading.province, performance.now());
      }
      board.set(reading.province, reading);
      if (reading.indicator === state.indicator) {
        patchHistory(state.histories.get(reading.province), reading);
      }
    }
    if (full && state.province.key === `${reading.province}|${selected}`) {
      const current = state.province.readings.get(reading.indicator);
      if (!current || reading.sequence >= current.sequence) {
        state.province.readings.set(reading.indicator, reading);
        patchHistory(state.province.histories.get(reading.indicator), reading);
      }
    }
  }
  if (refresh) {
    scheduleRefresh();
  }
  touched();
}

function onWatched(readings) {
  // Alerts raised while the connection was down were not pushed to this board.
  refreshAlerts();
  const month = parsePeriod(readings[0]?.period);
  if (month && formatPeriod(month) !== formatPeriod(state.liveMonth)) {
    // The server's month is the truth (the month may have turned, or this computer's clock is off).
    state.liveMonth = month;
    if (state.followLive) {
      state.period = containing(month, state.period.kind);
      renderPickers();
      load();
      return;
    }
    renderPickers();
  }
  applyReadings(readings);
}

function upsertAlert(alert) {
  state.alerts = [alert, ...state.alerts.filter(a => a.id !== alert.id)]
    .sort((a, b) => b.id - a.id)
    .slice(0, ALERT_LIMIT);
}

/** An alert as it now stands: a pending one back to normal is gone; one that starts firing is announced. */
function onAlert(alert) {
  const known = state.alerts.find(a => a.id === alert.id);
  if (alert.state === 'normal') {
    state.alerts = state.alerts.filter(a => a.id !== alert.id);
    render();
    return;
  }
  if (isFiring(alert) && (!known || !isFiring(known) || (alert.state === 'no-data') !== (known.state === 'no-data'))) {
    state.newAlerts.add(alert.id);
    const province = state.byCode.get(alert.province)?.name ?? alert.province;
    document.getElementById('announcer').textContent =
      `${t('alertsTitle')}: ${province} · ${indicatorShortName(alert.indicator)} · ${t(`alert.state.${alert.state}`)}`;
  }
  if (alert.acknowledgedAt) {
    state.acknowledging.delete(alert.id);
    state.ackErrors.delete(alert.id);
  }
  upsertAlert(alert);
  render();
}

function onSilences(silences) {
  state.silences = silences;
  render();
}

async function refreshAlerts() {
  try {
    const [alerts, silences] = await Promise.all([api.getAlerts(ALERT_LIMIT), api.getSilences()]);
    for (const alert of alerts) {
      upsertAlert(alert);
    }
    state.silences = silences;
    render();
  } catch (error) {
    // The feed keeps what it has; the next (re)connection reads it again.
    console.warn('Reading alerts failed', error);
  }
}

// ---- Acknowledging ------------------------------------------------------------------------------

function keyProblem(error, failed) {
  if (error instanceof api.ApiError && error.status === 401) {
    return t('keyInvalid');
  }
  if (error instanceof api.ApiError && error.status === 403) {
    return t('keyForbidden');
  }
  return t(failed, { reason: error.message });
}

/**
 * Sends with the saved key; without one, or when the server refuses it, asks for a key in the key dialog (which
 * shows what went wrong in place) and sends with that. Resolves with a message to show, '' once sent, null if the
 * key dialog was cancelled.
 */
async function withKey(send, failed) {
  const key = api.savedKey();
  let message = '';
  if (key) {
    try {
      await send(key);
      return '';
    } catch (error) {
      if (!(error instanceof api.ApiError) || (error.status !== 401 && error.status !== 403)) {
        return keyProblem(error, failed);
      }
      message = keyProblem(error, failed);
    }
  }
  const accepted = await askForKey({
    reason: 'keyExplain',
    message,
    use: async candidate => {
      try {
        await send(candidate);
        return '';
      } catch (error) {
        return keyProblem(error, failed);
      }
    },
  });
  renderKeyButton();
  return accepted === null ? null : '';
}

async function acknowledge(id) {
  state.ackErrors.delete(id);
  state.acknowledging.add(id);
  render();
  const problem = await withKey(async key => upsertAlert(await api.acknowledgeAlert(id, key)), 'acknowledgeFailed');
  state.acknowledging.delete(id);
  if (problem) {
    state.ackErrors.set(id, problem);
  }
  render();
}

function silence(code) {
  const province = state.byCode.get(code) ?? { code, name: code };
  askForSilence(province, state.indicators,
    async request => (await withKey(key => api.addSilence(request, key), 'silenceFailed')) ?? t('keyNeeded'));
}

async function endSilence(id) {
  state.silenceErrors.delete(id);
  const problem = await withKey(key => api.endSilence(id, key), 'silenceFailed');
  if (problem) {
    state.silenceErrors.set(id, problem);
  }
  render();
}

// ---- Rendering ----------------------------------------------------------------------------------

let renderPending = false;

function render() {
  if (renderPending) {
    return;
  }
  renderPending = true;
  requestAnimationFrame(() => {
    renderPending = false;
    draw();
  });
}

/** Redraws the view, keeping the keyboard focus and the scroll position of scrolling panels. */
function draw() {
  if (!state.layout) {
    return;
  }
  const focused = document.activeElement?.dataset?.focus;
  const scrolls = [...view.querySelectorAll('[data-scroll]')].map(e => [e.dataset.scroll, e.scrollTop]);
  clear(view, state.view === 'province' ? renderProvince(state, actions) : renderBoard(state, actions));
  for (const [key, top] of scrolls) {
    const element = view.querySelector(`[data-scroll="${key}"]`);
    if (element) {
      element.scrollTop = top;
    }
  }
  if (focused) {
    view.querySelector(`[data-focus="${CSS.escape(focused)}"]`)?.focus({ preventScroll: true });
  }
}

function renderConnection() {
  const pill = document.getElementById('connection');
  pill.dataset.state = state.connection;
  document.getElementById('connection-text').textContent = t(`conn.${state.connection}`);
  document.getElementById('updated').textContent = state.updatedAt ? t('updatedAt', { time: time(state.updatedAt) }) : '';
  const banner = document.getElementById('offline-banner');
  banner.hidden = state.connection !== 'reconnecting';
  document.getElementById('offline-text').textContent = t('conn.banner');
}

const keyIcon = () => s('svg', { class: 'key-icon', viewBox: '0 0 16 16', 'aria-hidden': 'true' },
  s('circle', { cx: 5, cy: 8, r: 3 }), s('path', { d: 'M8 8h7M12.5 8v3M15 8v2' }));

function renderKeyButton() {
  const button = document.getElementById('key-button');
  const saved = Boolean(api.savedKey());
  clear(button, keyIcon(), saved ? t('keySaved') : t('keyButton'));
  button.dataset.saved = saved ? 'true' : 'false';
}

function renderPickers() {
  clear(kindPicker, KINDS.map(kind => h('option', { value: kind, selected: kind === state.period.kind }, t(`kind.${kind}`))));
  const periods = recentPeriods(state.period.kind, state.liveMonth);
  if (!periods.some(p => formatPeriod(p) === formatPeriod(state.period))) {
    periods.push(state.period);
  }
  clear(periodPicker, periods.map(p => h('option', {
    value: formatPeriod(p), selected: formatPeriod(p) === formatPeriod(state.period),
  }, periodLabel(p))));
}

function translatePage() {
  translateElements();
  document.title = t('title');
  renderPickers();
  renderConnection();
  renderKeyButton();
  render();
}

function bindHeader() {
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.addEventListener('click', () => {
      setLanguage(button.dataset.lang);
      translatePage();
    });
  }
  kindPicker.addEventListener('change', () => {
    location.hash = routeHref(currentPath(), { period: containing(state.liveMonth, kindPicker.value) });
  });
  periodPicker.addEventListener('change', () => {
    location.hash = routeHref(currentPath(), { period: parsePeriod(periodPicker.value) });
  });
  document.getElementById('pickers').addEventListener('submit', event => event.preventDefault());
  bindReports(() => {
    const province = state.view === 'province' ? state.byCode.get(state.provinceCode) : null;
    return { scope: province?.code ?? 'national', name: province?.name ?? null, period: state.period };
  });
  document.getElementById('key-button').addEventListener('click', async () => {
    await askForKey({
      use: async key => {
        const response = await fetch(`/api/v1/alerts?limit=1`, { headers: { Authorization: `Bearer ${key}` } });
        return response.ok ? '' : t('keyInvalid');
      },
    });
    renderKeyButton();
  });
}

async function start() {
  bindHeader();
  translatePage();
  const [indicators, provinces] = await withRetry(() => Promise.all([api.getIndicators(), api.getProvinces()]));
  state.indicators = indicators;
  state.provinces = provinces;
  state.byCode = new Map(provinces.map(p => [p.code, p]));
  state.layout = layoutTiles(provinces);
  window.addEventListener('hashchange', applyRoute);
  const routed = applyRoute();
  refreshAlerts();
  live = connectLive({
    onState: connection => {
      state.connection = connection;
      renderConnection();
    },
    onWatched,
    onFigures: figures => applyReadings(figures, { full: false }),
    onReadings: readings => applyReadings(readings),
    onAlert,
    onSilences,
  });
  followProvince();
  await routed;
}

start();
