import { type CollectionBeforeChangeHook, ValidationError } from 'payload';
import { fieldProblemStrings } from '../../../errors/strings.ts';

/** An alert that ends before it starts would never show; the snapshot rejects it, so the CMS says so first. */
export const requireEndAfterStart: CollectionBeforeChangeHook = ({ collection, data, originalDoc, req }) => {
  const startsAt = Date.parse(String(data.startsAt ?? ''));
  const endsAt = Date.parse(String(data.endsAt ?? ''));
  if (Number.isNaN(startsAt) || Number.isNaN(endsAt) || endsAt > startsAt) return data;
  throw new ValidationError(
    {
      collection: collection.slug,
      id: originalDoc?.id,
      errors: [{ path: 'endsAt', message: fieldProblemStrings(req.i18n?.language).endBeforeStart }],
      req,
    },
    req.t,
  );
};
