import { fill, h } from './dom.js';
import { t } from './i18n.js';

/**
 * Asks in the page, not in a browser dialog: shows what will happen in `slot` with a yes and a
 * no button; yes runs `onYes`, either answer (or Escape) closes the question. The no button has
 * the focus, so an Enter pressed once too often changes nothing, and closing gives the focus back
 * to what asked, so a keyboard user carries on where they were rather than at the top of the page.
 */
export function ask(slot, text, onYes) {
  const asker = document.activeElement;
  const close = () => {
    fill(slot);
    if (asker?.isConnected) {
      asker.focus();
    }
  };
  const no = h('button', { type: 'button', class: 'confirm-no', onclick: close }, t('confirm.no'));
  fill(slot, h('div', { class: 'confirm notice', role: 'alertdialog', onkeydown: event => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    }
  } },
  h('p', { class: 'confirm-text' }, text),
  h('div', { class: 'actions' },
    h('button', { type: 'button', class: 'danger confirm-yes', onclick: async () => { close(); await onYes(); } }, t('confirm.yes')),
    no)));
  no.focus();
}
