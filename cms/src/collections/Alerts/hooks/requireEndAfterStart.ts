import { type CollectionBeforeChangeHook, ValidationError } from 'payload';
import { describeProblem } from '../../../errors/describeProblem.ts';

/** An alert that ends before it starts would never show; the snapshot rejects it, so the CMS says so first. */
export const requireEndAfterStart: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const startsAt = Date.parse(String(data.startsAt ?? ''));
  const endsAt = Date.parse(String(data.endsAt ?? ''));
  if (Number.isNaN(startsAt) || Number.isNaN(endsAt) || endsAt > startsAt) return data;
  throw new ValidationError(
    {
      collection: collection.slug,
      id: originalDoc?.id,
      errors: [
        {
          path: 'endsAt',
          message: describeProblem({
            collection: collection.slug,
            data,
            id: originalDoc?.id,
            field: 'endsAt',
            locale: undefined,
            message: 'must be later than "Shown from" (startsAt): change one of the two dates, or clear "Shown until"',
          }),
        },
      ],
      req,
    },
    req.t,
  );
};
