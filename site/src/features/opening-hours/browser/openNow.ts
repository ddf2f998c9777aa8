/**
 * "Open now" / "Closed now" beside opening hours, by the place's clock. The week was computed when the site was
 * built; the page already shows it, so without this script nothing is missing but the answer to "now?".
 */
import { type CompactWeek, isOpenAt } from '~/format/openNow.ts';

for (const element of document.querySelectorAll<HTMLElement>('[data-open-now]')) {
  const { week, timeZone, open, closed } = element.dataset;
  if (!week || !timeZone) continue;
  const isOpen = isOpenAt(JSON.parse(week) as CompactWeek, new Date(), timeZone);
  element.textContent = (isOpen ? open : closed) ?? '';
  element.classList.add(isOpen ? 'is-open' : 'is-closed');
  element.hidden = false;
}
