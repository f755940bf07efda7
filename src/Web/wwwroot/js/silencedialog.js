// The "Tắt thông báo" dialog: mutes a province's alerts (all its indicators, or one) for a while, with a reason.
// What it asks is sent by the caller, which knows about keys; an answer it refuses is shown in place.

import { indicatorName, t } from './i18n.js';

const dialog = document.getElementById('silence-dialog');
const form = document.getElementById('silence-form');
const indicatorPicker = document.getElementById('silence-indicator');
const durationPicker = document.getElementById('silence-duration');
const reasonInput = document.getElementById('silence-reason');
const error = document.getElementById('silence-error');

/**
 * Opens the dialog for `province` ({ code, name }); `send(silence)` returns an error message to show, or nothing
 * once the silence is made, which closes the dialog.
 */
export function askForSilence(province, indicators, send) {
  document.getElementById('silence-title').textContent = t('silenceTitle', { province: province.name });
  indicatorPicker.replaceChildren(
    new Option(t('silence.allIndicators'), ''),
    ...indicators.map(i => new Option(indicatorName(i), i.id)));
  reasonInput.value = '';
  error.hidden = true;
  form.onsubmit = async event => {
    event.preventDefault();
    const reason = reasonInput.value.trim();
    if (!reason) {
      error.textContent = t('silenceReasonNeeded');
      error.hidden = false;
      return;
    }
    const hours = Number(durationPicker.value);
    form.setAttribute('aria-busy', 'true');
    const problem = await send({
      province: province.code,
      indicator: indicatorPicker.value || null,
      endsAt: new Date(Date.now() + hours * 3_600_000).toISOString(),
      reason,
    });
    form.removeAttribute('aria-busy');
    if (problem) {
      error.textContent = problem;
      error.hidden = false;
      return;
    }
    dialog.close();
  };
  dialog.showModal();
  reasonInput.focus();
}

document.getElementById('silence-cancel').addEventListener('click', () => dialog.close());
