import { matchesQuery } from '~/features/search/wordsOnPage.ts';
import { fillPlaceholders } from '~/i18n/fillPlaceholders.ts';

/**
 * "Check a recruitment agency" as the reader types: the register is on the page already (and so on the phone once
 * the country is saved), so the script only hides the entries that do not match and says how many do, or that
 * none does and what that means. Nothing typed leaves the page.
 */
for (const form of document.querySelectorAll<HTMLFormElement>('[data-recruiter-check]')) {
  const strings = JSON.parse(form.dataset.strings ?? '{}') as { matches: string; noMatch: string };
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const result = form.querySelector<HTMLElement>('[data-recruiter-result]');
  const advice = form.querySelector<HTMLElement>('[data-recruiter-advice]');
  const entries = [...document.querySelectorAll<HTMLElement>('[data-recruiter]')].map((element) => ({
    element,
    texts: [...element.querySelectorAll('[data-match]')].map((match) => match.textContent ?? ''),
  }));
  const groups = [...document.querySelectorAll<HTMLElement>('[data-initial]')];
  if (!input || !result || !advice) continue;

  const check = () => {
    const query = input.value.trim();
    let count = 0;
    for (const { element, texts } of entries) {
      element.hidden = !matchesQuery(texts, query);
      if (!element.hidden) count += 1;
    }
    // A letter whose entries are all hidden goes too, so the reader sees only what matched.
    for (const group of groups) group.hidden = group.querySelector('[data-recruiter]:not([hidden])') === null;
    advice.hidden = query === '' || count > 0;
    result.textContent =
      query === ''
        ? ''
        : count === 0
          ? fillPlaceholders(strings.noMatch, { query })
          : fillPlaceholders(strings.matches, { count, total: entries.length });
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    check();
  });
  input.addEventListener('input', check);
  form.hidden = false;
}
