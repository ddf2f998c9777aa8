/**
 * Progressive enhancement of the share links: "copy link" becomes a button that copies the address instead of
 * opening it, and the phone's own share sheet is offered where the browser has the Web Share API. Without either,
 * the plain links stay as they are.
 */
for (const section of document.querySelectorAll<HTMLElement>('[data-share]')) {
  const status = section.querySelector<HTMLElement>('[data-share-status]');
  const link = section.querySelector<HTMLAnchorElement>('[data-share-copy]');
  const url = link?.href ?? location.href;

  if (link && navigator.clipboard) {
    const copy = Object.assign(document.createElement('button'), {
      type: 'button',
      className: 'secondary',
      textContent: link.dataset.copyLabel ?? '',
    });
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(url);
        if (status) status.textContent = link.dataset.copied ?? '';
      } catch {
        // Refused (no permission, page not focused): open the address, which the reader can copy from the bar.
        location.assign(url);
      }
    });
    link.replaceWith(copy);
  }

  const native = section.querySelector<HTMLButtonElement>('[data-share-native]');
  if (native && typeof navigator.share === 'function') {
    native.addEventListener('click', () => {
      // A reader who closes the share sheet rejects the promise: nothing to report.
      navigator.share({ title: native.dataset.title ?? document.title, url }).catch(() => {});
    });
    if (native.parentElement) native.parentElement.hidden = false;
  }
}
