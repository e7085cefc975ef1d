// The UI shell: a hash router over the pages, and the token form.
import { ApiError, getJson, savedToken, saveToken } from './api.js';
import { el } from './dom.js';
import { documentPage } from './pages/document-page.js';
import { graphPage } from './pages/graph-page.js';
import { groupPage } from './pages/group-page.js';
import { incidentPage } from './pages/incident-page.js';
import { exportPage } from './pages/export-page.js';
import { mapPage } from './pages/map-page.js';
import { rankingsPage } from './pages/rankings-page.js';
import { reviewPage } from './pages/review-page.js';
import { searchPage } from './pages/search-page.js';
import { timelinePage } from './pages/timeline-page.js';

const app = document.getElementById('app') as HTMLElement;

async function route(): Promise<void> {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path = '/', queryString = ''] = hash.split('?', 2);
  const params = new URLSearchParams(queryString);
  const id = (prefix: string): number | null => {
    const match = new RegExp(`^/${prefix}/(\\d+)$`).exec(path);
    return match ? Number(match[1]) : null;
  };
  try {
    app.setAttribute('aria-busy', 'true');
    if (path === '/' || path === '/search') await searchPage(app, params.get('q') ?? '');
    else if (id('group') !== null) await groupPage(app, id('group') as number);
    else if (id('incident') !== null) await incidentPage(app, id('incident') as number);
    else if (id('document') !== null) await documentPage(app, id('document') as number);
    else if (path === '/map') await mapPage(app, params);
    else if (path === '/graph') await graphPage(app, params.get('date'));
    else if (path === '/timeline') await timelinePage(app, params);
    else if (path === '/review') await reviewPage(app);
    else if (path === '/rankings') await rankingsPage(app, params);
    else if (path === '/export') await exportPage(app, params);
    else app.replaceChildren(el('h1', {}, 'Not found'), el('p', {}, `No page ${path}.`));
  } catch (error) {
    app.replaceChildren(el('h1', {}, 'Error'), el('p', { class: 'error' }, error instanceof ApiError ? `${error.code}: ${error.message}` : String(error)));
  } finally {
    app.setAttribute('aria-busy', 'false');
    app.dataset['route'] = hash;
  }
}

async function showTokenStatus(): Promise<void> {
  const status = document.getElementById('token-status') as HTMLElement;
  if (savedToken() === null) {
    status.textContent = 'read-only';
    return;
  }
  try {
    const me = await getJson<{ name: string; role: string }>('/api/me');
    status.textContent = `${me.name} (${me.role})`;
  } catch (error) {
    status.textContent = error instanceof ApiError ? `token: ${error.code}` : 'token: ?';
  }
}

const form = document.getElementById('token-form') as HTMLFormElement;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  const input = document.getElementById('token-input') as HTMLInputElement;
  saveToken(input.value.trim());
  input.value = '';
  void showTokenStatus();
});

window.addEventListener('hashchange', () => void route());
// A change made on a page (a merge, an undo) re-renders it from the API.
window.addEventListener('sitrep:refresh', () => void route());
void showTokenStatus();
void route();
