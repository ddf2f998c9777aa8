/**
 * Dispatched on `window` by what the editor just did to the public site (Publish, "Mark as reviewed"): the status
 * line at the top of the admin asks for the new build at once instead of at its next idle check.
 */
export const siteChangedEvent = 'infohub:site-changed';

export function announceSiteChange(): void {
  window.dispatchEvent(new Event(siteChangedEvent));
}
