// The alert feed: newest first, live, each open alert with its acknowledge button.

import { h, statusIcon } from './dom.js';
import { dateTime, indicatorShortName, percent, periodLabel, t, targetPercent } from './i18n.js';
import { parsePeriod } from './periods.js';

function alertItem(alert, state, actions) {
  const province = state.byCode.get(alert.province);
  const acknowledged = Boolean(alert.acknowledgedAt);
  const status = alert.kind === 'behind' ? 'behind' : 'met';
  const period = parsePeriod(alert.period);
  return h('li', {
    class: `alert alert-${alert.kind}${acknowledged ? ' acknowledged' : ''}${state.newAlerts.has(alert.id) ? ' new' : ''}`,
    'data-alert': alert.id, 'data-kind': alert.kind, 'data-province': alert.province,
    'data-acknowledged': acknowledged ? 'true' : 'false',
  },
  h('span', { class: `alert-icon status-${status}` }, statusIcon(status)),
  h('div', { class: 'alert-body' },
    h('div', { class: 'alert-title' },
      h('a', { href: actions.provinceHref(alert.province) }, province?.name ?? alert.province),
      ' · ', indicatorShortName(alert.indicator),
      state.newAlerts.has(alert.id) && !acknowledged ? h('span', { class: 'new-badge' }, t('newAlert')) : null),
    h('div', { class: 'alert-kind' }, t(`alert.${alert.kind}`), ' — ',
      t('alert.figure', { value: percent(alert.value), target: targetPercent(alert.target) })),
    h('div', { class: 'alert-meta' },
      h('time', { datetime: alert.raisedAt }, dateTime(alert.raisedAt)), ' · ', period ? periodLabel(period) : alert.period),
    acknowledged
      ? h('div', { class: 'alert-ack', 'data-acknowledged-by': alert.acknowledgedBy },
        '✓ ', t('acknowledgedBy', { who: alert.acknowledgedBy, time: dateTime(alert.acknowledgedAt) }))
      : h('div', { class: 'alert-actions' },
        h('button', {
          type: 'button', class: 'ack', 'data-focus': `ack-${alert.id}`, onclick: () => actions.acknowledge(alert.id),
          disabled: state.acknowledging.has(alert.id),
        }, t('acknowledge')),
        state.ackErrors.has(alert.id) ? h('span', { class: 'ack-error', role: 'alert' }, state.ackErrors.get(alert.id)) : null)));
}

export function renderAlerts(state, actions) {
  const open = state.alerts.filter(a => !a.acknowledgedAt).length;
  return h('section', { class: 'panel alerts-panel', 'aria-labelledby': 'alerts-title' },
    h('div', { class: 'panel-head' },
      h('h2', { id: 'alerts-title' }, t('alertsTitle')),
      h('span', { class: `open-count${open ? ' has-open' : ''}` }, t('alertsOpen', { n: open }))),
    state.alerts.length === 0
      ? h('p', { class: 'panel-note' }, t('alertsNone'))
      : h('ol', { class: 'alerts', 'data-scroll': 'alerts' }, state.alerts.map(a => alertItem(a, state, actions))));
}
