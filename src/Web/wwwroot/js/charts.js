// Hand-drawn SVG: a sparkline per ranking row and a history chart per indicator on the province page.
// Both draw the target as a dashed line, so that "above" and "below" need no colour to read.

import { percent, periodShortLabel, statusLabel, t } from './i18n.js';
import { parsePeriod } from './periods.js';
import { s } from './dom.js';

/** The value range to draw: around the values and targets, never outside 0–100 %, never flatter than 5 points. */
function valueRange(readings) {
  const numbers = readings.flatMap(r => [r.value, r.target]).filter(v => v !== null && v !== undefined);
  let low = Math.min(...numbers);
  let high = Math.max(...numbers);
  const span = Math.max(high - low, 0.05);
  low = Math.max(0, low - span * 0.15);
  high = Math.min(1, high + span * 0.15);
  if (high - low < 0.05) {
    low = Math.max(0, high - 0.05);
  }
  return { low, high };
}

/** Polyline segments through the readings that have a value; a period without one breaks the line. */
function linePath(readings, x, y) {
  let path = '';
  let drawing = false;
  readings.forEach((r, i) => {
    if (r.value === null || r.value === undefined) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${x(i).toFixed(1)} ${y(r.value).toFixed(1)}`;
    drawing = true;
  });
  return path;
}

/** The target as steps: a target can change between periods (a new legal deadline). */
function targetPath(readings, x, y, halfStep) {
  return readings.map((r, i) => `${i === 0 ? 'M' : 'L'}${(x(i) - halfStep).toFixed(1)} ${y(r.target).toFixed(1)}H${(x(i) + halfStep).toFixed(1)}`).join('');
}

export function sparkline(readings) {
  const width = 120;
  const height = 34;
  const pad = 4;
  const valued = readings.filter(r => r.value !== null && r.value !== undefined);
  const svg = s('svg', { class: 'sparkline', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img' });
  if (valued.length === 0) {
    svg.setAttribute('aria-label', t('noData'));
    svg.append(s('line', { class: 'spark-empty', x1: pad, x2: width - pad, y1: height / 2, y2: height / 2 }));
    return svg;
  }
  const { low, high } = valueRange(readings);
  const step = (width - 2 * pad) / Math.max(readings.length - 1, 1);
  const x = i => pad + i * step;
  const y = v => height - pad - ((v - low) / (high - low)) * (height - 2 * pad);
  const first = valued[0];
  const last = valued.at(-1);
  svg.setAttribute('aria-label', `${periodShortLabel(parsePeriod(first.period))} ${percent(first.value)} → ${periodShortLabel(parsePeriod(last.period))} ${percent(last.value)}`);
  svg.append(
    s('path', { class: 'spark-target', d: targetPath(readings, x, y, step / 2) }),
    s('path', { class: 'spark-line', d: linePath(readings, x, y) }),
    s('circle', { class: `spark-dot status-${last.status}`, cx: x(readings.indexOf(last)), cy: y(last.value), r: 3.2 }),
  );
  return svg;
}

const TICK_STEPS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.25];

/** A chart point's shape tells its status as well as its colour does: ● met, ▲ on track, ◆ at risk, ▼ behind, ○ too few. */
function marker(status, x, y, size = 5.5) {
  const attributes = { class: `marker status-${status}` };
  switch (status) {
    case 'met': return s('circle', { ...attributes, cx: x, cy: y, r: size });
    case 'on-track': return s('path', { ...attributes, d: `M${x} ${y - size * 1.15}L${x + size * 1.1} ${y + size * 0.75}H${x - size * 1.1}Z` });
    case 'at-risk': return s('path', { ...attributes, d: `M${x} ${y - size * 1.25}L${x + size * 1.1} ${y}L${x} ${y + size * 1.25}L${x - size * 1.1} ${y}Z` });
    case 'behind': return s('path', { ...attributes, d: `M${x} ${y + size * 1.15}L${x + size * 1.1} ${y - size * 0.75}H${x - size * 1.1}Z` });
    default: return s('circle', { ...attributes, cx: x, cy: y, r: size * 0.75, class: `marker hollow status-${status}` });
  }
}

/** What the markers and the dashed line mean. */
export function chartLegend(statuses, targetLabel) {
  return s('svg', { class: 'chart-legend', viewBox: `0 0 ${statuses.length * 150 + 130} 22`, role: 'img', 'aria-label': [...statuses.map(statusLabel), targetLabel].join(', ') },
    statuses.map((status, i) => s('g', {},
      marker(status, i * 150 + 10, 11, 5),
      s('text', { x: i * 150 + 22, y: 11, 'dominant-baseline': 'middle' }, statusLabel(status)))),
    s('path', { class: 'chart-target', d: `M${statuses.length * 150 + 4} 11h34` }),
    s('text', { x: statuses.length * 150 + 44, y: 11, 'dominant-baseline': 'middle' }, targetLabel));
}

export function historyChart(readings) {
  const width = 640;
  const height = 250;
  const margin = { top: 22, right: 16, bottom: 30, left: 54 };
  const svg = s('svg', { class: 'history-chart', viewBox: `0 0 ${width} ${height}`, role: 'img', preserveAspectRatio: 'xMidYMid meet' });
  if (readings.length === 0) {
    return svg;
  }

  const range = valueRange(readings);
  // Framed by ticks: the axis starts and ends on a labelled line.
  const tickStep = TICK_STEPS.find(candidate => (range.high - range.low) / candidate <= 6) ?? 0.25;
  const low = Math.max(0, Math.floor(range.low / tickStep + 1e-9) * tickStep);
  const high = Math.min(1, Math.ceil(range.high / tickStep - 1e-9) * tickStep);
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const step = plotWidth / readings.length;
  const x = i => margin.left + step * (i + 0.5);
  const y = v => margin.top + plotHeight - ((v - low) / (high - low)) * plotHeight;

  const ticks = [];
  for (let v = Math.ceil(low / tickStep - 1e-9) * tickStep; v <= high + 1e-9; v += tickStep) {
    ticks.push(v);
  }
  const grid = ticks.map(v => [
    s('line', { class: 'chart-grid', x1: margin.left, x2: width - margin.right, y1: y(v), y2: y(v) }),
    s('text', { class: 'chart-tick', x: margin.left - 8, y: y(v), 'text-anchor': 'end', 'dominant-baseline': 'middle' }, percent(v, 0)),
  ]);

  // Every label when they fit, otherwise every other one (always keeping the latest).
  const labelEvery = readings.length > 8 ? 2 : 1;
  const labels = readings.map((r, i) => ((readings.length - 1 - i) % labelEvery === 0
    ? s('text', { class: 'chart-tick', x: x(i), y: height - 10, 'text-anchor': 'middle' }, periodShortLabel(parsePeriod(r.period)))
    : null));

  const points = readings.map((r, i) => (r.value === null || r.value === undefined
    ? null
    : s('g', { class: 'chart-point' },
      marker(r.status, x(i), y(r.value)),
      s('title', {}, `${periodShortLabel(parsePeriod(r.period))}: ${percent(r.value)} — ${statusLabel(r.status)}`))));
  const last = [...readings].reverse().find(r => r.value !== null && r.value !== undefined);
  const lastIndex = readings.lastIndexOf(last);
  const empty = last ? null : s('text', {
    class: 'chart-empty', x: margin.left + plotWidth / 2, y: margin.top + plotHeight / 2, 'text-anchor': 'middle',
  }, t('noData'));

  svg.setAttribute('aria-label', readings.map(r => `${periodShortLabel(parsePeriod(r.period))} ${percent(r.value)}`).join(', '));
  svg.append(...[
    ...grid.flat(),
    ...labels,
    s('path', { class: 'chart-target', d: targetPath(readings, x, y, step / 2) }),
    s('path', { class: 'chart-line', d: linePath(readings, x, y) }),
    ...points,
    empty,
    // The latest value, above its point unless that is the top of the chart.
    last ? s('text', {
      class: 'chart-value', x: x(lastIndex), 'text-anchor': 'middle',
      y: y(last.value) - 12 < margin.top ? y(last.value) + 22 : y(last.value) - 12,
    }, percent(last.value)) : null,
  ].filter(Boolean));
  return svg;
}
