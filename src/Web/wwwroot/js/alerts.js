// The alert feed: one entry per province (its indicators' alerts inside), newest first, live; each alert with its state
// (pending, firing, recovering, resolved, no data, muted), a text that says where the figure stands against the target, and the
// acknowledgement flow. The silences in force are listed under it with their end.

import { h, statusIcon } from './dom.js';
import { dateTime, indicatorShortName, percent, periodLabel, t, targetPercent } from './i18n.js';
import { parsePeriod } from './periods.js';

/** Firing to its subscribers: fired and not yet resolved, whether still behind, out of it for less than the keep-firing period, or silent. */
export function isFiring(alert) {
  return alert.state === 'firing' || alert.state === 'recovering' || alert.state === 'no-data';
}

/** The silence muting this (province, indicator) now, if any. */
export function silenceOf(silences, province, indicator, now = Date.now()) {
  return silences.find(s => Date.parse(s.endsAt) > now
    && (s.province === null || s.province === province) && (s.indicator === null || s.indicator === indicator)) ?? null;
}

/** Where the figure stands, in words: never "đạt" for a figure that is still under its target. */
function describe(alert) {
  const figure = { value: percent(alert.value), target: targetPercent(alert.target) };
  if (alert.state === 'pending') {
    return t('alert.text.pending', { ...figure, since: dateTime(alert.behindSince) });
  }
  if (alert.state === 'firing') {
    return t('alert.text.firing', figure);
  }
  if (alert.state === 'recovering') {
    return t('alert.text.clearing', { ...figure, since: dateTime(alert.clearSince) });
  }
  if (alert.state === 'no-data') {
    return t('alert.text.noData', { since: dateTime(alert.lastFactAt) });
  }
  if (alert.lastFactAt) {
    // The end of a silent feed's alert: what matters is that facts came again, not the figure then.
    return t('alert.text.dataBack');
  }
  // Just out of "behind" a figure over its target is still judged at risk (hysteresis): over the target is "đạt" all the same.
  switch (alert.status) {
    case 'behind': return t('alert.text.periodEnded', figure);
    case 'not-enough-data': return t('alert.text.notEnoughData', figure);
    default: return alert.value >= alert.target ? t('alert.text.met', figure) : t('alert.text.belowTarget', figure);
  }
}

function alertItem(alert, state, actions) {
  const acknowledged = Boolean(alert.acknowledgedAt);
  const silence = silenceOf(state.silences, alert.province, alert.indicator);
  const muted = Boolean(silence) || alert.silenceId !== null;
  const icon = alert.state === 'resolved' ? (alert.status === 'met' ? 'met' : 'at-risk')
    : isFiring(alert) ? 'behind' : 'at-risk';
  const period = parsePeriod(alert.period);
  const isNew = state.newAlerts.has(alert.id) && !acknowledged;
  return h('li', {
    class: `alert alert-${alert.state}${acknowledged ? ' acknowledged' : ''}${isNew ? ' new' : ''}${muted ? ' muted' : ''}`,
    'data-alert': alert.id, 'data-state': alert.state, 'data-province': alert.province, 'data-indicator': alert.indicator,
    'data-muted': muted ? 'true' : 'false', 'data-acknowledged': acknowledged ? 'true' : 'false',
  },
  h('span', { class: `alert-icon status-${icon}` }, statusIcon(icon)),
  h('div', { class: 'alert-body' },
    h('div', { class: 'alert-title' },
      indicatorShortName(alert.indicator), ' · ',
      h('span', { class: 'alert-state' }, t(`alert.state.${alert.state}`)),
      muted ? h('span', { class: 'muted-badge' }, t('alert.state.muted')) : null,
      isNew ? h('span', { class: 'new-badge' }, t('newAlert')) : null),
    h('div', { class: 'alert-text' }, describe(alert)),
    h('div', { class: 'alert-meta' },
      h('time', { datetime: alert.firedAt ?? alert.behindSince }, dateTime(alert.firedAt ?? alert.behindSince)),
      ' · ', period ? periodLabel(period) : alert.period,
      silence ? [' · ', t('mutedUntil', { time: dateTime(silence.endsAt) })] : null),
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

/** A province's alerts as one entry, so that four indicators falling at once are read once. */
function provinceGroup(code, alerts, state, actions) {
  const firing = alerts.filter(isFiring).length;
  return h('li', { class: `alert-group${firing ? ' has-firing' : ''}`, 'data-province': code, 'data-firing': firing },
    h('div', { class: 'alert-group-title' },
      h('a', { href: actions.provinceHref(code) }, state.byCode.get(code)?.name ?? code),
      firing ? h('span', { class: 'firing-count' }, t('alertsFiring', { n: firing })) : null,
      h('span', { class: 'spacer' }),
      h('button', { type: 'button', class: 'mute', 'data-focus': `mute-${code}`, onclick: () => actions.silence(code) }, t('silenceButton'))),
    h('ol', { class: 'alert-group-items' }, alerts.map(a => alertItem(a, state, actions))));
}

function silenceItem(silence, state, actions) {
  const scope = [
    silence.province ? (state.byCode.get(silence.province)?.name ?? silence.province) : t('silence.allProvinces'),
    silence.indicator ? indicatorShortName(silence.indicator) : t('silence.allIndicators'),
  ].join(' · ');
  return h('li', { class: 'silence', 'data-silence': silence.id },
    h('div', { class: 'silence-scope' }, scope),
    h('div', { class: 'alert-meta' }, t('mutedUntil', { time: dateTime(silence.endsAt) }), ' — ', silence.reason,
      ' (', silence.createdBy, ')'),
    h('div', { class: 'alert-actions' },
      h('button', { type: 'button', class: 'unmute', 'data-focus': `unmute-${silence.id}`, onclick: () => actions.endSilence(silence.id) },
        t('silenceEnd')),
      state.silenceErrors.has(silence.id) ? h('span', { class: 'ack-error', role: 'alert' }, state.silenceErrors.get(silence.id)) : null));
}

export function renderAlerts(state, actions) {
  const open = state.alerts.filter(a => isFiring(a) && !a.acknowledgedAt).length;
  // Provinces in the order of their newest alert; the feed itself is newest first.
  const groups = new Map();
  for (const alert of state.alerts) {
    groups.set(alert.province, [...(groups.get(alert.province) ?? []), alert]);
  }
  const silences = state.silences.filter(s => Date.parse(s.endsAt) > Date.now());
  return h('section', { class: 'panel alerts-panel', 'aria-labelledby': 'alerts-title' },
    h('div', { class: 'panel-head' },
      h('h2', { id: 'alerts-title' }, t('alertsTitle')),
      h('span', { class: `open-count${open ? ' has-open' : ''}` }, t('alertsOpen', { n: open }))),
    state.alerts.length === 0
      ? h('p', { class: 'panel-note' }, t('alertsNone'))
      : h('ol', { class: 'alerts', 'data-scroll': 'alerts' },
        [...groups].map(([code, alerts]) => provinceGroup(code, alerts, state, actions))),
    silences.length === 0 ? null : h('div', { class: 'silences' },
      h('h3', {}, t('silencesTitle')),
      h('ol', { class: 'silence-list' }, silences.map(s => silenceItem(s, state, actions)))));
}
