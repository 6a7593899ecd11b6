// The header's search box: results as you type, keyboard first. Enter (with
// no result chosen) or "See all" opens the search page with the query.
import { terms, writeState } from './query.js';
import { addressOf, element } from './render.js';

const SHOWN = 6;

export function mountBox(form, engine, root) {
  const input = form.querySelector('input[name=q]');
  const panel = form.querySelector('.ic-searchbox__panel');
  const list = form.querySelector('[role=listbox]');
  const all = form.querySelector('.ic-searchbox__all');
  const status = form.querySelector('[data-search-box-status]');
  let active = -1;
  let run = 0;

  const options = () => [...list.querySelectorAll('[role=option]')];

  function open(isOpen) {
    panel.hidden = !isOpen;
    input.setAttribute('aria-expanded', String(isOpen));
    form.classList.toggle('ic-searchbox--open', isOpen);
  }

  function choose(index) {
    const items = options();
    active = items.length ? (index + items.length) % items.length : -1;
    items.forEach((item, i) => item.setAttribute('aria-selected', String(i === active)));
    if (active >= 0) {
      input.setAttribute('aria-activedescendant', items[active].id);
      items[active].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  async function update() {
    const mine = ++run;
    const query = input.value;
    if (!terms(query).length) {
      open(false);
      status.textContent = '';
      return;
    }
    let outcome;
    try {
      outcome = await engine.search(query, {}, () => mine === run);
    } catch {
      if (mine === run) unavailable();
      return;
    }
    if (mine !== run) return; // typing goes on: a search already replaced stops
    const shown = outcome.first.slice(0, SHOWN);
    list.replaceChildren(
      ...shown.map((data, i) => {
        const item = element('li', 'ic-searchbox__option');
        item.id = `ic-searchbox-option-${i}`;
        item.setAttribute('role', 'option');
        item.setAttribute('aria-selected', 'false');
        const link = element('a', '', data.meta.label);
        link.href = addressOf(data.meta, root);
        link.tabIndex = -1;
        const where =
          data.meta.kind === 'example' ? `${data.meta.city}, ${data.meta.country} · ${data.meta.toolkit}` : '';
        item.append(link, element('span', 'ic-searchbox__where', where));
        return item;
      }),
    );
    const n = outcome.results.length;
    const fixed = outcome.corrections.map((c) => `${c.to}`).join(', ');
    all.href = new URL(`search/${writeState({ q: query, filters: {} })}`, root).href;
    all.textContent = n ? `See all ${n} result${n === 1 ? '' : 's'}` : 'No results: open the search page';
    status.textContent = `${n} result${n === 1 ? '' : 's'}${fixed ? `, showing results for ${fixed}` : ''}`;
    active = -1;
    input.removeAttribute('aria-activedescendant');
    open(true);
  }

  // The search's files could not be read: the examples page lists every example without them.
  function unavailable() {
    list.replaceChildren();
    all.href = new URL('examples/', root).href;
    all.textContent = 'Search is not available just now: browse the examples';
    status.textContent = 'Search is not available just now';
    active = -1;
    input.removeAttribute('aria-activedescendant');
    open(true);
  }

  input.addEventListener(
    'focus',
    () => {
      engine.load().catch(() => {}); // said when a search is asked
    },
    { once: true },
  );
  input.addEventListener('input', update);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (panel.hidden) {
        update();
        return;
      }
      choose(active + (event.key === 'ArrowDown' ? 1 : -1));
    } else if (event.key === 'Enter' && active >= 0 && !panel.hidden) {
      event.preventDefault();
      location.href = options()[active].querySelector('a').href;
    } else if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault(); // a search field would clear itself; the first Escape only closes the list
      open(false);
    }
  });
  list.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus while clicking a result
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget)) open(false);
  });
}
