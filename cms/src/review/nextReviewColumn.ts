/** The list column with the derived next review date (a group's field, addressed by its path). */
export const nextReviewColumn = 'review.nextReviewDueAt';
