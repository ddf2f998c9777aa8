/**
 * "Print this page": the button is in the HTML but hidden, since without JavaScript it could do nothing; the page
 * then says how to print from the browser's menu instead. With JavaScript the button shows and the hint goes.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print-button]')) {
  button.addEventListener('click', () => window.print());
  button.hidden = false;
  const hint = button.closest('[data-print]')?.querySelector<HTMLElement>('[data-print-hint]');
  if (hint) hint.hidden = true;
}
