// The "Báo cáo" control: the report of the national view or the province page for the selected period,
// previewed as the server writes it and downloaded as Word or Excel. Downloads go through fetch, so that
// the saved API key goes with them.

import * as api from './api.js';
import { periodLabel, t } from './i18n.js';
import { formatPeriod } from './periods.js';

const dialog = document.getElementById('report-dialog');
const cutoffPicker = document.getElementById('report-cutoff');
const preview = document.getElementById('report-preview');
const error = document.getElementById('report-error');

/** `subject()` gives what the report is about now: { scope: province code or 'national', name, period }. */
export function bindReports(subject) {
  let shown = null;

  const fail = reason => {
    error.textContent = t('reportFailed', { reason });
    error.hidden = false;
  };

  async function showPreview() {
    shown = { ...subject(), cutoff: cutoffPicker.value };
    document.getElementById('report-title').textContent =
      t('reportTitle', { scope: shown.name ?? t('reportNational'), period: periodLabel(shown.period) });
    error.hidden = true;
    preview.srcdoc = `<p>${t('reportLoading')}</p>`;
    const asked = shown;
    try {
      const html = await (await api.getReport(asked.scope, formatPeriod(asked.period), asked.cutoff, 'html')).text();
      if (asked === shown) {
        preview.srcdoc = html;
      }
    } catch (e) {
      preview.srcdoc = '';
      fail(e.message);
    }
  }

  async function download(format) {
    const { scope, period, cutoff } = shown;
    try {
      const blob = await api.getReport(scope, formatPeriod(period), cutoff, format);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `bao-cao-${scope}-${formatPeriod(period)}${cutoff === 'nd09' ? '-nd09' : ''}.${format}`;
      link.click();
      // Released once the browser has surely taken the file: revoked at once, a download may find nothing.
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    } catch (e) {
      fail(e.message);
    }
  }

  document.getElementById('report-button').addEventListener('click', () => {
    dialog.showModal();
    showPreview();
  });
  cutoffPicker.addEventListener('change', showPreview);
  document.getElementById('report-docx').addEventListener('click', () => download('docx'));
  document.getElementById('report-xlsx').addEventListener('click', () => download('xlsx'));
}
