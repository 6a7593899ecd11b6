// The search page's filters: a folding group per filter, each value with the
// number of results it would keep. Built from text only, like the results.
import { element } from './render.js';

export const FILTER_LABELS = { toolkit: 'Toolkit', theme: 'Theme', city: 'City', country: 'Country', kind: 'Type' };

// ``opened`` holds the groups a reader opened on a narrow screen, kept across
// redraws; ``toggle(name, value, on)`` is called when a value is ticked or cleared.
export function filterGroups({ names, counts, totals, filters, opened, toggle }) {
  const groups = [];
  for (const name of names) {
    const chosen = new Set(filters[name] ?? []);
    const values = Object.keys(totals[name] ?? {})
      .sort((a, b) => a.localeCompare(b))
      .filter((value) => chosen.has(value) || counts[name]?.[value]);
    if (!values.length) continue;
    const group = element('details', `ic-filter ic-filter--${name}`);
    // On a phone the filters stand above the results: closed unless the reader opened them.
    group.open = window.matchMedia('(min-width: 60em)').matches || opened.has(name);
    group.addEventListener('toggle', () => (group.open ? opened.add(name) : opened.delete(name)));
    const label = FILTER_LABELS[name] + (chosen.size ? `: ${[...chosen].join(', ')}` : '');
    group.append(element('summary', 'ic-filter__name', label));
    const list = element('ul', 'ic-filter__values');
    for (const value of values) {
      const box = element('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      box.checked = chosen.has(value);
      box.addEventListener('change', () => toggle(name, value, box.checked));
      const label = element('label', 'ic-filter__value');
      label.append(box, ` ${value} `, element('span', 'ic-filter__count', `${counts[name]?.[value] ?? 0}`));
      const item = element('li');
      item.append(label);
      list.append(item);
    }
    group.append(list);
    groups.push(group);
  }
  return groups;
}
