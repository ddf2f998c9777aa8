/**
 * Filtering a services list by its other dimension (a category's list by city, a city's by category) without
 * loading a page. A group that starts on another page of the list keeps its plain link there.
 */
for (const nav of document.querySelectorAll<HTMLElement>('[data-directory-filter]')) {
  const status = nav.querySelector<HTMLElement>('[role="status"]');
  const groups = [...document.querySelectorAll<HTMLElement>('[data-group]')];
  const reset = Object.assign(document.createElement('button'), { type: 'button', textContent: nav.dataset.showAll ?? '', hidden: true });
  nav.append(reset);

  const show = (key: string | undefined, name = '') => {
    for (const group of groups) group.hidden = key !== undefined && group.dataset.group !== key;
    for (const link of nav.querySelectorAll<HTMLElement>('[data-filter]')) {
      if (key !== undefined && link.dataset.filter === key) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    reset.hidden = key === undefined;
    if (status) status.textContent = key === undefined ? '' : (nav.dataset.showing ?? '').replace('{name}', name);
  };

  nav.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a[data-filter]');
    const key = link?.dataset.filter;
    if (!link || !key || new URL(link.href).pathname !== location.pathname) return;
    event.preventDefault();
    show(key, link.textContent?.trim());
  });
  reset.addEventListener('click', () => show(undefined));
}
