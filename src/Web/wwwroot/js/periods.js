// Vietnamese administrative reporting periods, written as the API writes them:
// 2026-11 (month), 2026-Q4 (quarter), 2026-H1 (half-year), 2026 (year).

import { VIETNAM_TIME_ZONE } from './i18n.js';

export const KINDS = ['month', 'quarter', 'half-year', 'year'];

/** How many periods of each kind the pickers offer and the history charts show. */
const RECENT = { month: 24, quarter: 8, 'half-year': 6, year: 5 };
export const HISTORY_LENGTH = { month: 12, quarter: 8, 'half-year': 6, year: 5 };

export function parsePeriod(text) {
  const match = /^(\d{4})(?:-(?:(\d{2})|Q([1-4])|H([12])))?$/.exec(text ?? '');
  if (!match) {
    return null;
  }
  const year = Number(match[1]);
  if (match[2]) {
    const month = Number(match[2]);
    return month >= 1 && month <= 12 ? { kind: 'month', year, index: month } : null;
  }
  if (match[3]) {
    return { kind: 'quarter', year, index: Number(match[3]) };
  }
  if (match[4]) {
    return { kind: 'half-year', year, index: Number(match[4]) };
  }
  return { kind: 'year', year, index: 1 };
}

export function formatPeriod({ kind, year, index }) {
  switch (kind) {
    case 'month': return `${year}-${String(index).padStart(2, '0')}`;
    case 'quarter': return `${year}-Q${index}`;
    case 'half-year': return `${year}-H${index}`;
    default: return `${year}`;
  }
}

const perYear = { month: 12, quarter: 4, 'half-year': 2, year: 1 };

/** The period of a kind that contains a month. */
export function containing(month, kind) {
  const size = 12 / perYear[kind];
  return { kind, year: month.year, index: Math.floor((month.index - 1) / size) + 1 };
}

function previous({ kind, year, index }) {
  return index > 1 ? { kind, year, index: index - 1 } : { kind, year: year - 1, index: perYear[kind] };
}

/** The latest periods of a kind, newest first, ending with the one that contains the live month. */
export function recentPeriods(kind, liveMonth) {
  const periods = [containing(liveMonth, kind)];
  while (periods.length < RECENT[kind]) {
    periods.push(previous(periods.at(-1)));
  }
  return periods;
}

/** Whether a period includes a month: a push for the live month moves the quarter, half and year around it. */
export function includesMonth(period, month) {
  const inside = containing(month, period.kind);
  return inside.year === period.year && inside.index === period.index;
}

/** The current month in Vietnam, until the server says which month is live. */
export function vietnamMonthNow() {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: VIETNAM_TIME_ZONE, year: 'numeric', month: '2-digit' })
    .formatToParts(new Date());
  const value = type => Number(parts.find(p => p.type === type).value);
  return { kind: 'month', year: value('year'), index: value('month') };
}
