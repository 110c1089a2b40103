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
  const message = params.has('locked')
    ? t('login.locked').replace('{seconds}', params.get('locked'))
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
