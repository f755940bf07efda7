// The API key dialog: asks for a key, and lets a caller check it (by using it) before the dialog closes,
// so that a wrong key is answered in place rather than with a dialog that vanished.

import { saveKey, savedKey } from './api.js';
import { t } from './i18n.js';

const dialog = document.getElementById('key-dialog');
const form = document.getElementById('key-form');
const input = document.getElementById('key-input');
const error = document.getElementById('key-error');
const explain = document.getElementById('key-explain');
let pending = null;

function showError(message) {
  error.textContent = message;
  error.hidden = !message;
}

function finish(result) {
  const done = pending;
  pending = null;
  dialog.close();
  done?.(result);
}

/**
 * Opens the dialog and resolves with the key that `use` accepted (it is then saved), or null if the user
 * cancelled. `use(key)` returns an error message to show, or nothing when the key did its job.
 */
export function askForKey({ reason = 'keyExplain', message = '', use = async () => '' } = {}) {
  if (pending) {
    finish(null);
  }
  explain.textContent = t(reason);
  input.value = savedKey();
  showError(message);
  dialog.showModal();
  input.focus();
  input.select();
  return new Promise(resolve => {
    pending = async key => resolve(key);
    form.onsubmit = async event => {
      event.preventDefault();
      const key = input.value.trim();
      if (!key) {
        showError(t('keyNeeded'));
        return;
      }
      form.setAttribute('aria-busy', 'true');
      const problem = await use(key);
      form.removeAttribute('aria-busy');
      if (problem) {
        showError(problem);
        return;
      }
      saveKey(key);
      finish(key);
    };
  });
}

document.getElementById('key-cancel').addEventListener('click', () => finish(null));
dialog.addEventListener('cancel', () => finish(null));
document.getElementById('key-forget').addEventListener('click', () => {
  saveKey('');
  input.value = '';
  finish(null);
});
