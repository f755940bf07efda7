// A province's page: each indicator's figure for the chosen period, its history against the target
// line, and the counts behind the rate.

import { h, statusBadge } from './dom.js';
import {
  count, countLabel, date, indicatorName, percent, periodLabel, points, t, targetPercent,
} from './i18n.js';
import { chartLegend, historyChart } from './charts.js';
import { STATUSES } from './board.js';

/** The counts worth showing, in the order a report lists them. */
const COUNT_ORDER = {
  ontime: ['received', 'early', 'onTime', 'late', 'inProgress', 'overdue', 'returned', 'cancelled'],
  edoc: ['electronic', 'total'],
  'online-l4': ['procedures', 'level4', 'level3', 'level2'],
  'online-dossier': ['received', 'online', 'inPerson', 'postal'],
};

function fact(label, value, attributes = {}) {
  return h('div', { class: 'fact', ...attributes }, h('dt', {}, label), h('dd', {}, value));
}

function indicatorPanel(indicator, reading, history, unavailable) {
  if (!reading && unavailable) {
    return h('section', { class: 'panel indicator-panel', 'data-indicator': indicator.id, 'data-unavailable': 'true' },
      h('div', { class: 'panel-head' }, h('h2', {}, indicatorName(indicator)), statusBadge('unavailable')),
      h('p', { class: 'panel-note' }, t('indicatorUnavailable')));
  }
  if (!reading) {
    // Still loading.
    return h('section', { class: 'panel indicator-panel', 'data-indicator': indicator.id },
      h('h2', {}, indicatorName(indicator)), h('div', { class: 'history-loading', 'aria-hidden': 'true' }));
  }
  const counts = COUNT_ORDER[indicator.id].filter(name => name in reading.counts);
  return h('section', { class: 'panel indicator-panel', 'data-indicator': indicator.id, 'aria-label': indicatorName(indicator) },
    h('div', { class: 'panel-head' },
      h('h2', {}, indicatorName(indicator)),
      statusBadge(reading.status)),
    h('div', { class: 'headline' },
      h('span', { class: `big-value status-text-${reading.status}`, 'data-value': reading.value ?? '' }, percent(reading.value)),
      h('dl', { class: 'facts' },
        fact(t('col.target'), targetPercent(reading.target)),
        fact(t('col.gap'), points(reading.gap)),
        fact(t('col.lastYear'), percent(reading.lastYearValue)),
        fact(t('sampleLabel'), t('sample', { numerator: count(reading.numerator), denominator: count(reading.denominator) })),
        reading.projection !== null && reading.projection !== undefined ? fact(t('projection'), percent(reading.projection)) : null)),
    h('p', { class: 'target-source' },
      reading.targetDeadline ? t('deadline', { date: date(reading.targetDeadline) }) : t('noDeadline'), ' · ', reading.targetSource),
    history
      ? h('figure', { class: 'history' },
        h('figcaption', {}, t('historyOf', { n: history.length }), ' · ',
          h('span', { class: 'target-key', 'aria-hidden': 'true' }), t('targetLine'), ' ', targetPercent(reading.target)),
        historyChart(history))
      : h('div', { class: 'history-loading', 'aria-hidden': 'true' }),
    counts.length > 0
      ? h('div', { class: 'counts-block' },
        h('h3', {}, t('countsTitle')),
        h('dl', { class: 'counts' }, counts.map(name =>
          fact(countLabel(indicator.id, name), count(reading.counts[name]), { 'data-count': name, class: `fact count-${name}` }))))
      : null);
}

export function renderProvince(state, actions) {
  const province = state.byCode.get(state.provinceCode);
  if (!province) {
    return [h('section', { class: 'panel' },
      h('a', { class: 'back', href: actions.boardHref() }, t('back')),
      h('p', {}, t('notFound', { code: state.provinceCode })))];
  }
  const data = state.province;
  return [
    h('section', { class: 'province-head', 'data-province-page': province.code },
      h('a', { class: 'back', href: actions.boardHref(), 'data-focus': 'back' }, t('back')),
      h('h1', {}, province.name),
      h('p', { class: 'province-meta' },
        t(`kind.${province.kind}`), ' · ', t('population', { n: count(province.population) }),
        province.predecessors.length > 1
          ? [' · ', t('mergedFrom', { names: province.predecessors.map(p => p.name).join(', ') })]
          : null),
      h('p', { class: 'province-period' }, periodLabel(state.period)),
      chartLegend(STATUSES, t('targetLine'))),
    h('div', { class: 'province-grid' },
      state.indicators.map(indicator => indicatorPanel(indicator, data.readings.get(indicator.id), data.histories.get(indicator.id), data.unavailable.has(indicator.id)))),
  ];
}
