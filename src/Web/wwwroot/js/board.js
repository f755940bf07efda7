// The national view: a summary card per indicator, the tile map, the ranking table and the alert feed.

import { h, s, statusBadge, statusIcon } from './dom.js';
import { percent, points, statusLabel, t, targetPercent, indicatorName, indicatorShortName, language } from './i18n.js';
import { sparkline } from './charts.js';
import { COLUMNS, ROWS } from './tilemap.js';
import { renderAlerts } from './alerts.js';

export const STATUSES = ['met', 'on-track', 'at-risk', 'behind', 'not-enough-data'];

/** How long a tile keeps pulsing after its status changed live. */
const CHANGE_HIGHLIGHT_MS = 4000;

function countByStatus(readings) {
  const counts = Object.fromEntries(STATUSES.map(status => [status, 0]));
  for (const reading of readings) {
    counts[reading.status]++;
  }
  return counts;
}

function indicatorCard(indicator, readings, selected, actions) {
  const counts = countByStatus(readings);
  const total = readings.length || 1;
  return h('button', {
    type: 'button', class: `indicator-card${selected ? ' selected' : ''}`, 'data-indicator': indicator.id,
    'aria-pressed': selected ? 'true' : 'false', 'data-focus': `indicator-${indicator.id}`,
    onclick: () => actions.selectIndicator(indicator.id),
  },
  h('span', { class: 'indicator-name', title: indicatorName(indicator) }, indicatorShortName(indicator.id)),
  h('span', { class: 'stack', 'aria-hidden': 'true' },
    STATUSES.filter(status => counts[status] > 0).map(status =>
      h('span', { class: `stack-part status-${status}`, style: `flex-grow: ${counts[status] / total}` }))),
  h('span', { class: 'indicator-counts' },
    STATUSES.map(status => h('span', { class: `mini-count status-${status}`, title: statusLabel(status), 'data-status': status },
      statusIcon(status), h('span', { class: 'visually-hidden' }, `${statusLabel(status)}: `), String(counts[status])))));
}

/** The chosen indicator's summary, which is also the map's legend: every status with its icon, word and count. */
function summary(readings, area) {
  const counts = countByStatus(readings);
  return h('ul', {
    class: `summary${area ? ' in-map' : ''}`, 'aria-label': t('summaryTitle'),
    style: area ? `grid-row: ${area.row} / span ${area.rows}; grid-column: ${area.column} / span ${area.columns}` : null,
  },
    STATUSES.map(status => h('li', { class: `summary-item status-${status}`, 'data-summary': status },
      h('span', { class: 'summary-swatch' }, statusIcon(status)),
      h('span', { class: 'summary-label' }, statusLabel(status)),
      h('strong', { class: 'summary-count' }, String(counts[status])))));
}

/** A province's status on the board: "unavailable" while its grain cannot read its log (the server lists it so). */
function statusOf(state, province, reading) {
  return state.unavailable.get(state.indicator)?.has(province) ? 'unavailable' : reading?.status ?? 'not-enough-data';
}

function tile(province, reading, status, cell, changedAt, actions) {
  const elapsed = changedAt === undefined ? null : performance.now() - changedAt;
  const label = `${province.name}: ${percent(reading?.value)} — ${statusLabel(status)}`;
  return h('a', {
    class: `tile status-${status}${elapsed !== null && elapsed < CHANGE_HIGHLIGHT_MS ? ' changed' : ''}`,
    href: actions.provinceHref(province.code),
    'data-province': province.code,
    'data-status': status,
    'data-focus': `tile-${province.code}`,
    style: `grid-row: ${cell.row}; grid-column: ${cell.column};${elapsed !== null ? ` animation-delay: -${Math.round(elapsed)}ms;` : ''}`,
    title: label,
    'aria-label': label,
  },
  // The icon floats in the name's first line, so that a long name may use the whole second line.
  h('span', { class: 'tile-name' }, h('span', { class: 'tile-icon' }, statusIcon(status)), province.name),
  h('span', { class: 'tile-value' }, percent(reading?.value)));
}

function tileMap(state, readings, actions, legendInside) {
  const { cells, archipelagos, legend } = state.layout;
  return h('div', { class: 'tilemap', style: `--columns: ${COLUMNS}; --rows: ${ROWS}` },
    legendInside ? summary([...readings.values()], legend) : null,
    state.provinces.map(p => tile(p, readings.get(p.code), statusOf(state, p.code, readings.get(p.code)), cells.get(p.code),
      state.changedAt.get(p.code), actions)),
    archipelagos.map(island => h('span', {
      class: 'archipelago', style: `grid-row: ${island.row}; grid-column: ${island.column}`, 'aria-hidden': 'true',
    }, s('svg', { viewBox: '0 0 30 14', class: 'archipelago-dots' },
      [[4, 4], [12, 9], [19, 3], [26, 8], [9, 12]].map(([cx, cy]) => s('circle', { cx, cy, r: 1.6 }))),
    h('span', {}, t(island.key)))));
}

/** Points above (or below) the target. Pushed figures carry no gap, only what it is made of: it is worked out here. */
const gapOf = reading => (reading?.value === null || reading?.value === undefined ? null : reading.value - reading.target);

/** Sorting: how each column orders two rows; rows without a value always go last. */
const SEVERITY = { behind: 0, 'at-risk': 1, 'on-track': 2, met: 3, 'not-enough-data': 4 };
const COLUMNS_OF_TABLE = [
  { key: 'rank', numeric: true, value: row => row.rank },
  { key: 'province', value: row => row.province.name },
  { key: 'value', numeric: true, value: row => row.reading?.value },
  { key: 'target', numeric: true, value: row => row.reading?.target },
  { key: 'gap', label: 'col.gapPoints', numeric: true, value: row => gapOf(row.reading) },
  { key: 'status', value: row => SEVERITY[row.reading?.status ?? 'not-enough-data'] },
  { key: 'trend', sortable: false },
  { key: 'lastYear', numeric: true, value: row => row.reading?.lastYearValue },
];

function compareRows(column, descending) {
  const collator = new Intl.Collator(language() === 'vi' ? 'vi' : 'en');
  return (a, b) => {
    const x = column.value(a);
    const y = column.value(b);
    const missingX = x === null || x === undefined;
    const missingY = y === null || y === undefined;
    if (missingX || missingY) {
      return missingX === missingY ? collator.compare(a.province.name, b.province.name) : missingX ? 1 : -1;
    }
    const order = typeof x === 'string' ? collator.compare(x, y) : x - y;
    return (descending ? -order : order) || collator.compare(a.province.name, b.province.name);
  };
}

function lastYearCell(reading) {
  if (reading?.lastYearValue === null || reading?.lastYearValue === undefined) {
    return h('td', { class: 'num muted' }, '—');
  }
  const change = reading.value === null ? null : reading.value - reading.lastYearValue;
  const direction = change === null || Math.abs(change) < 0.0005 ? 'same' : change > 0 ? 'up' : 'down';
  return h('td', { class: 'num' }, h('div', { class: 'last-year' },
    h('span', {}, percent(reading.lastYearValue)),
    change === null ? null : h('span', { class: `change change-${direction}` },
      direction === 'up' ? '▲ ' : direction === 'down' ? '▼ ' : '= ', points(change, { unit: false }))));
}

function rankingTable(state, readings, actions) {
  // Rank by value, best first, equal values sharing a rank (1, 1, 3); provinces without a value are not ranked.
  const values = state.provinces
    .map(p => readings.get(p.code)?.value)
    .filter(value => value !== null && value !== undefined);
  const rankOf = value => (value === null || value === undefined ? undefined : values.filter(v => v > value).length + 1);

  const column = COLUMNS_OF_TABLE.find(c => c.key === state.sort.column) ?? COLUMNS_OF_TABLE[2];
  const rows = state.provinces
    .map(p => ({ province: p, reading: readings.get(p.code), rank: rankOf(readings.get(p.code)?.value) }))
    .sort(compareRows(column, state.sort.descending));

  const header = h('tr', {}, COLUMNS_OF_TABLE.map(c => {
    const active = c.key === column.key;
    const label = t(c.label ?? `col.${c.key}`);
    return h('th', {
      scope: 'col', class: c.numeric ? 'num' : null,
      'aria-sort': active ? (state.sort.descending ? 'descending' : 'ascending') : null,
    }, c.sortable === false ? label : h('button', {
      type: 'button', class: 'sort', 'data-sort': c.key, 'data-focus': `sort-${c.key}`,
      title: t('sortBy', { column: label }), onclick: () => actions.sortBy(c.key),
    }, label, active ? h('span', { class: 'sort-arrow', 'aria-hidden': 'true' }, state.sort.descending ? '▼' : '▲') : null));
  }));

  const body = rows.map(({ province, reading, rank }) => h('tr', { 'data-province': province.code, 'data-status': statusOf(state, province.code, reading) },
    h('td', { class: 'num rank' }, rank ?? '—'),
    h('th', { scope: 'row' }, h('a', { href: actions.provinceHref(province.code), 'data-focus': `row-${province.code}` }, province.name)),
    h('td', { class: 'num value' }, percent(reading?.value)),
    h('td', { class: 'num' }, reading ? targetPercent(reading.target) : '—'),
    h('td', { class: `num gap${gapOf(reading) < 0 ? ' negative' : ''}` }, points(gapOf(reading), { unit: false })),
    h('td', {}, statusBadge(statusOf(state, province.code, reading))),
    h('td', { class: 'trend' }, state.histories.has(province.code)
      ? sparkline(state.histories.get(province.code))
      : statusOf(state, province.code, reading) === 'unavailable' ? '—' : h('span', { class: 'spark-loading', 'aria-hidden': 'true' })),
    lastYearCell(reading)));

  return h('table', { class: 'ranking' }, h('thead', {}, header), h('tbody', {}, body));
}

export function renderBoard(state, actions) {
  const readings = state.boards.get(state.indicator) ?? new Map();
  const indicator = state.indicators.find(i => i.id === state.indicator);
  const legendInside = state.layout.legend.rows >= STATUSES.length;
  return [
    h('section', { class: 'indicators', 'aria-label': t('indicator') },
      state.indicators.map(i => indicatorCard(i, [...(state.boards.get(i.id) ?? new Map()).values()], i.id === state.indicator, actions))),
    h('div', { class: 'board' },
      h('section', { class: 'panel map-panel', 'aria-labelledby': 'map-title' },
        h('div', { class: 'panel-head' },
          h('h2', { id: 'map-title' }, t('mapTitle')),
          h('span', { class: 'panel-note' }, t('mapHint'))),
        legendInside ? null : summary([...readings.values()]),
        tileMap(state, readings, actions, legendInside)),
      h('section', { class: 'panel ranking-panel', 'aria-labelledby': 'ranking-title' },
        h('div', { class: 'panel-head' },
          h('h2', { id: 'ranking-title' }, t('rankingTitle')),
          h('span', { class: 'panel-note' }, indicatorName(indicator))),
        h('div', { class: 'table-scroll', 'data-scroll': 'ranking' }, rankingTable(state, readings, actions))),
      renderAlerts(state, actions)),
  ];
}
