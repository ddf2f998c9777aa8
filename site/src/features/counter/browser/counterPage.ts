/**
 * The counter page: loads the country's counter.json, offers its guides and services to pick (filtered by words,
 * category and city), and keeps the slip, its link and its WhatsApp text in step with the picks. Everything stays in
 * the page: the picks live in the address's fragment, which the browser never sends, and nothing is stored.
 */
import type { CounterData, CounterText } from '~/features/counter/counterData.ts';
import type { CounterWords } from '~/features/counter/counterWords.ts';
import { pickedSlip, type Selection, selectionFromFragment, selectionToFragment, whatsAppText } from '~/features/counter/selection.ts';
import { matchesQuery } from '~/features/search/wordsOnPage.ts';
import { whatsAppLink } from '~/features/share/shareLinks.ts';
import { fillPlaceholders } from '~/i18n/fillPlaceholders.ts';
import { renderSlip, textSpan } from './slipView.ts';

const root = document.querySelector<HTMLElement>('[data-counter]');
if (root) void start(root);

async function start(root: HTMLElement) {
  const words = JSON.parse(root.dataset.words ?? '{}') as CounterWords;
  const fallback = document.querySelector<HTMLElement>('[data-counter-fallback]');
  const data = await loadData(root.dataset.source ?? '');
  if (fallback) fallback.hidden = true;
  root.hidden = false;
  const slipRoot = need(root, '[data-slip]');
  if (!data) {
    slipRoot.textContent = words.failed;
    need(root, '[data-counter-form]').hidden = true;
    need(root, '.counter-share').hidden = true;
    return;
  }

  let selection: Selection = selectionFromFragment(location.hash, data);
  const guideList = need(root, '[data-guide-choices]');
  const serviceList = need(root, '[data-service-choices]');
  const hubChoice = need<HTMLSelectElement>(root, '[data-hub-choice]');
  const category = need<HTMLSelectElement>(root, '[data-filter-category]');
  const city = need<HTMLSelectElement>(root, '[data-filter-city]');
  const query = need<HTMLInputElement>(root, '[data-filter-query]');
  const count = need(root, '[data-count]');
  const link = need<HTMLInputElement>(root, '[data-link]');
  const whatsapp = need<HTMLAnchorElement>(root, '[data-whatsapp]');

  fillOptions(category, [{ value: '', label: words.allCategories }, ...data.categories]);
  fillOptions(city, [{ value: '', label: words.allCities }, ...data.cities]);
  fillOptions(
    hubChoice,
    data.hubs.map((hub) => ({ value: hub.slug, label: hub.name.text })),
  );
  hubChoice.closest('p')?.toggleAttribute('hidden', data.hubs.length === 0);

  const guideBoxes = data.guides.map((guide) =>
    choice(guideList, 'guide', guide.slug, guide.title, guide.topic, [guide.title.text, guide.topic.text]),
  );
  const serviceBoxes = data.services.map((service) =>
    choice(
      serviceList,
      'service',
      service.slug,
      service.name,
      { text: `${service.organization} · ${service.categoryLabel} · ${service.cityName}` },
      [service.name.text, service.organization, service.cityName, service.categoryLabel],
    ),
  );

  const applyFilters = () => {
    let shown = 0;
    for (const box of guideBoxes) {
      box.item.hidden = !matchesQuery(box.haystack, query.value);
      if (!box.item.hidden) shown += 1;
    }
    data.services.forEach((service, index) => {
      const box = serviceBoxes[index];
      if (!box) return;
      box.item.hidden =
        !matchesQuery(box.haystack, query.value) ||
        (category.value !== '' && service.category !== category.value) ||
        (city.value !== '' && service.city !== city.value);
      if (!box.item.hidden) shown += 1;
    });
    need(root, '[data-no-match]').hidden = shown > 0;
  };

  const update = async () => {
    const fragment = selectionToFragment(selection);
    // replaceState: picking is not a page to go back to, and the fragment never reaches the site.
    history.replaceState(null, '', `${location.pathname}${fragment ? `#${fragment}` : ''}`);
    link.value = location.href;
    count.textContent = fillPlaceholders(words.count, { guides: selection.guides.length, services: selection.services.length });
    const slip = pickedSlip(selection, data);
    whatsapp.href = whatsAppLink(whatsAppText(slip, data, words, location.href));
    await renderSlip(slipRoot, slip, data, words);
  };

  const syncBoxes = () => {
    for (const box of guideBoxes) box.input.checked = selection.guides.includes(box.input.value);
    for (const box of serviceBoxes) box.input.checked = selection.services.includes(box.input.value);
    if (selection.hub) hubChoice.value = selection.hub;
  };

  need(root, '[data-counter-form]').addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type === 'checkbox') {
      const key = target.name === 'guide' ? 'guides' : 'services';
      const others = selection[key].filter((slug) => slug !== target.value);
      selection = { ...selection, [key]: target.checked ? [...others, target.value] : others };
      void update();
    } else if (target === hubChoice) {
      selection = { ...selection, hub: hubChoice.value };
      void update();
    } else applyFilters();
  });
  need(root, '[data-counter-form]').addEventListener('submit', (event) => event.preventDefault());
  query.addEventListener('input', applyFilters);
  // A link opened in a tab that already shows the page changes only the fragment.
  window.addEventListener('hashchange', () => {
    selection = selectionFromFragment(location.hash, data);
    syncBoxes();
    void update();
  });
  need(root, '[data-print-slip]').addEventListener('click', () => window.print());
  need(root, '[data-copy-link]').addEventListener('click', async () => {
    const status = need(root, '[data-copy-status]');
    try {
      await navigator.clipboard.writeText(location.href);
      status.textContent = words.copied;
    } catch {
      // No clipboard (an insecure address, or refused): the link is selected in its box, ready to copy by hand.
      link.select();
    }
  });

  syncBoxes();
  applyFilters();
  await update();
}

async function loadData(source: string): Promise<CounterData | undefined> {
  try {
    const response = await fetch(source);
    return response.ok ? ((await response.json()) as CounterData) : undefined;
  } catch {
    return undefined;
  }
}

function choice(list: HTMLElement, name: string, value: string, title: CounterText, detail: CounterText, haystack: string[]) {
  const input = Object.assign(document.createElement('input'), { type: 'checkbox', name, value });
  const label = document.createElement('label');
  const text = document.createElement('span');
  text.append(textSpan(title), document.createElement('br'), textSpan(detail, 'meta'));
  label.append(input, text);
  const item = document.createElement('li');
  item.append(label);
  list.append(item);
  return { item, input, haystack };
}

function fillOptions(select: HTMLSelectElement, options: readonly { value: string; label: string }[]) {
  select.replaceChildren(...options.map((option) => new Option(option.label, option.value)));
}

function need<T extends HTMLElement = HTMLElement>(root: HTMLElement, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`The counter page has no ${selector}.`);
  return element;
}
