import { fill, h } from './dom.js';
import { t } from './i18n.js';

/**
 * Asks in the page, not in a browser dialog: shows what will happen in `slot` with a yes and a
 * no button; yes runs `onYes`, either answer closes the question.
 */
export function ask(slot, text, onYes) {
  const close = () => fill(slot);
  fill(slot, h('div', { class: 'confirm notice', role: 'alertdialog' },
    h('p', { class: 'confirm-text' }, text),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'danger confirm-yes', onclick: async () => { close(); await onYes(); } }, t('confirm.yes')),
      h('button', { type: 'button', class: 'confirm-no', onclick: close }, t('confirm.no')))));
}
