import type { CollectionConfig } from 'payload';
import { markReviewedEndpoint } from './markReviewed.ts';

/** What guides, services and hubs add for reviews: the endpoint and the edit view's "Mark as reviewed" button. */
export const reviewEndpoints: NonNullable<CollectionConfig['endpoints']> = [markReviewedEndpoint];

type EditComponents = NonNullable<NonNullable<NonNullable<CollectionConfig['admin']>['components']>['edit']>;

export const reviewEditComponents: EditComponents = {
  beforeDocumentControls: ['/components/review/MarkReviewedButton#MarkReviewedButton'],
};

/** The list column with the derived next review date (a group's field, addressed by its path). */
export const nextReviewColumn = 'review.nextReviewDueAt';
