import './style.css';
import './workspace.css';
import { csrfToken } from './api.js';
import { demoAccounts } from './demo.js';
import { applyI18n, onLangChange, t, toggleLang } from './i18n.js';

const notice = document.getElementById('notice');
const params = new URLSearchParams(window.location.search);

function render() {
  applyI18n();
  document.title = `${t('login.submit')} · ${t('appTitle')}`;
  document.getElementById('lang').textContent = t('otherLanguage');
  // The address is anyone's to write: only a number from it reaches the page, never its words
  // (a link could otherwise make the login page tell people whatever its sender likes).
  const seconds = Number(params.get('locked'));
  const message = params.has('locked')
    ? (Number.isSafeInteger(seconds) && seconds > 0 ? t('login.locked', { seconds }) : t('login.error'))
    : params.has('error') ? t('login.error') : params.has('logout') ? t('login.loggedOut') : '';
  notice.hidden = !message;
  notice.textContent = message;
  notice.classList.toggle('error', params.has('error') || params.has('locked'));
  demoAccounts(document.getElementById('demo'), document.getElementById('username'), document.getElementById('password'));
}

document.getElementById('lang').addEventListener('click', toggleLang);
// Spring Security checks the token from the XSRF-TOKEN cookie it set when this page loaded.
document.getElementById('login-form').addEventListener('submit', () => {
  document.getElementById('csrf').value = csrfToken();
});
onLangChange(render);
render();
