// Small helpers to build elements without innerHTML: figures and names from the server are always text.

import { statusLabel } from './i18n.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

function build(element, attributes, children) {
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return element;
}

/** h('td', {class: 'value'}, '96,4 %'): an HTML element. */
export const h = (tag, attributes, ...children) => build(document.createElement(tag), attributes, children);

/** s('line', {x1: 0, ...}): an SVG element. */
export const s = (tag, attributes, ...children) => build(document.createElementNS(SVG_NS, tag), attributes, children);

/** Each status has its own shape, so that no one needs to tell the colours apart. */
const ICON_PATHS = {
  met: 'M3.5 8.5l3 3 6-7',
  'on-track': 'M4 12L12 4M6.5 4H12v5.5',
  'at-risk': 'M8 3v6.5M8 12.6v.1',
  behind: 'M4.5 4.5l7 7M11.5 4.5l-7 7',
  'not-enough-data': 'M4 8h.1M8 8h.1M12 8h.1',
  unavailable: 'M5.5 6a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .8-1 1.5v.7M8 12.6v.1',
};

export function statusIcon(status) {
  return s('svg', { class: 'status-icon', viewBox: '0 0 16 16', 'aria-hidden': 'true', focusable: 'false' },
    s('path', { d: ICON_PATHS[status] }));
}

/** The icon and the word: how a status is always shown in text. */
export function statusBadge(status) {
  return h('span', { class: `badge status-${status}`, 'data-status': status }, statusIcon(status), h('span', {}, statusLabel(status)));
}

export function clear(element, ...children) {
  element.replaceChildren(...children.flat(Infinity).filter(c => c !== null && c !== undefined && c !== false));
  return element;
}
