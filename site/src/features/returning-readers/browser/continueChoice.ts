import type { ContinueOffer } from '~/features/returning-readers/continueOffers.ts';

/*
 * Home pages only, and only an enhancement: the choice itself lives in the URL. A country chosen on a language home
 * is remembered on this phone, so the next visit to a home page offers a link back to it. Nothing is sent anywhere,
 * nothing moves the reader on its own, and "forget" removes it at once (readers often share phones).
 * Storage can be refused (private tabs, full disk): then the page simply stays as it is without JavaScript.
 */
const storageKey = 'infohub:choice';

function readChoice(): string | null {
  try {
    return localStorage.getItem(storageKey);
  } catch {
    return null;
  }
}

function writeChoice(key: string | null): void {
  try {
    if (key === null) localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, key);
  } catch {
    // Nothing to do: the reader still has every link on the page.
  }
}

const box = document.querySelector<HTMLElement>('[data-continue-offers]');
if (box) {
  const offers = JSON.parse(box.dataset.continueOffers ?? '{}') as Record<string, ContinueOffer>;
  const stored = readChoice();
  const offer = stored === null ? undefined : offers[stored];
  const note = box.querySelector('p');
  const link = box.querySelector('a');
  const forget = box.querySelector('button');
  if (offer && note && link && forget) {
    box.lang = offer.lang;
    box.dir = offer.dir;
    note.textContent = offer.note;
    link.href = offer.href;
    link.textContent = offer.text;
    forget.textContent = offer.forget;
    box.hidden = false;
    forget.addEventListener('click', () => {
      writeChoice(null);
      box.hidden = true;
      // The button the reader pressed is gone: put focus back at the top of what they were reading.
      const heading = document.querySelector<HTMLElement>('h1');
      heading?.setAttribute('tabindex', '-1');
      heading?.focus();
    });
  }
  for (const choice of document.querySelectorAll<HTMLAnchorElement>('a[data-choice]')) {
    choice.addEventListener('click', () => writeChoice(choice.dataset.choice ?? null));
  }
}
