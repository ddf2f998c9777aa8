/**
 * The report form needs the network: the page itself may be a copy kept on the phone. Without a connection the form
 * says so and is not sent (the browser would only show its own error page); once the connection is back, it goes.
 */
for (const form of document.querySelectorAll<HTMLFormElement>('[data-report-form]')) {
  const notice = form.querySelector<HTMLElement>('[data-report-offline]');
  const show = () => {
    if (notice) notice.hidden = navigator.onLine;
  };
  show();
  window.addEventListener('online', show);
  window.addEventListener('offline', show);
  form.addEventListener('submit', (event) => {
    if (navigator.onLine) return;
    event.preventDefault();
    show();
  });
}
