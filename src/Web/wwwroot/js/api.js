// The board's REST calls. A saved API key goes with every call: servers that do not allow anonymous
// reads need it to show anything, and acknowledging an alert needs a viewer or admin key.

const KEY_STORAGE = 'kpi-board.apiKey';

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export function savedKey() {
  return localStorage.getItem(KEY_STORAGE) ?? '';
}

export function saveKey(key) {
  if (key) {
    localStorage.setItem(KEY_STORAGE, key);
  } else {
    localStorage.removeItem(KEY_STORAGE);
  }
}

const MAX_ATTEMPTS = 4;

async function request(method, path, key = savedKey(), { accept = 'application/json', read = response => response.json(), body, contentType } = {}) {
  const headers = { Accept: accept };
  if (key) {
    headers.Authorization = `Bearer ${key}`;
  }
  if (contentType) {
    headers['Content-Type'] = contentType;
  }
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(path, { method, headers, body });
    // Reads are rate-limited per caller; a board loading many sparklines at once may briefly exceed it.
    if (response.status === 429 && attempt < MAX_ATTEMPTS) {
      const seconds = Number(response.headers.get('Retry-After')) || 1;
      await new Promise(resolve => setTimeout(resolve, seconds * 1000));
      continue;
    }
    if (!response.ok) {
      let detail = response.statusText;
      try {
        const problem = await response.json();
        detail = problem.detail ?? problem.title ?? detail;
      } catch {
        // Not a problem document: the status text will do.
      }
      throw new ApiError(response.status, detail);
    }
    return read(response);
  }
}

const getJson = path => request('GET', path);

export const getIndicators = () => getJson('/api/v1/indicators');
export const getProvinces = () => getJson('/api/v1/provinces');
export const getBoard = (indicator, period) =>
  getJson(`/api/v1/board?indicator=${encodeURIComponent(indicator)}&period=${encodeURIComponent(period)}`);
export const getProvince = (code, period, key = savedKey()) =>
  request('GET', `/api/v1/provinces/${encodeURIComponent(code)}?period=${encodeURIComponent(period)}`, key);
export const getHistory = (code, indicator, kind, count, until) =>
  getJson(`/api/v1/provinces/${encodeURIComponent(code)}/indicators/${encodeURIComponent(indicator)}/history`
    + `?kind=${kind}&count=${count}&until=${encodeURIComponent(until)}`);
export const getAlerts = limit => getJson(`/api/v1/alerts?limit=${limit}`);
export const getSilences = () => getJson('/api/v1/alerts/silences?active=true');
export const acknowledgeAlert = (id, key) => request('POST', `/api/v1/alerts/${id}/acknowledge`, key);
/** silence: { province, indicator, endsAt, reason }; null province or indicator mutes all of them. */
export const addSilence = (silence, key) =>
  request('POST', '/api/v1/alerts/silences', key, { body: JSON.stringify(silence), contentType: 'application/json' });
export const endSilence = (id, key) => request('DELETE', `/api/v1/alerts/silences/${id}`, key);
/** A report as a Blob: scope is a province code or 'national', format html, docx or xlsx. */
export const getReport = (scope, period, cutoff, format) =>
  request('GET', `/api/v1/reports/${encodeURIComponent(scope)}?period=${encodeURIComponent(period)}&cutoff=${cutoff}&format=${format}`,
    savedKey(), { accept: '*/*', read: response => response.blob() });

/** A whole file read as POST /api/v1/dossiers would read it, storing nothing: its dossiers as the API's JSON, and its refused rows. */
export const previewDossiers = (file, contentType, key) => request('POST', '/api/v1/dossiers/preview', key, { body: file, contentType });
/** One batch of dossiers as the API's own JSON; the receipt says how many changed. */
export const sendDossiers = (dossiers, key) =>
  request('POST', '/api/v1/dossiers', key, { body: JSON.stringify(dossiers), contentType: 'application/json' });

/** Runs tasks with at most `width` in flight: 34 sparkline histories should not arrive as one burst. */
export async function inBatches(items, width, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}
