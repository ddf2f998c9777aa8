/**
 * Dispatched on `window` once "Mark as reviewed" succeeded, naming the document: other features offer what follows
 * from a review (closing readers' reports of it) without this folder knowing them.
 */
export const reviewedEvent = 'infohub:reviewed';

export interface ReviewedDetail {
  collection: string;
  id: number | string;
}

export function announceReviewed(detail: ReviewedDetail): void {
  window.dispatchEvent(new CustomEvent<ReviewedDetail>(reviewedEvent, { detail }));
}
