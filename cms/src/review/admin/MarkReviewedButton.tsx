'use client';

import { Button, toast, useAuth, useConfig, useDocumentInfo, useForm, useTranslation } from '@payloadcms/ui';
import { useState } from 'react';
import { formatCalendarDay } from '../../i18n/adminDates.ts';
import { announceSiteChange } from '../../publishing/admin/siteChangedEvent.ts';
import { reviewStrings } from '../strings.ts';
import { announceReviewed } from './reviewedEvent.ts';

const reviewerRoles = ['admin', 'country-editor', 'reviewer'];

/**
 * The edit view's "Mark as reviewed": calls the collection's mark-reviewed endpoint, which checks the user's
 * rights, then shows the new review fields in the sidebar without marking the form as changed.
 */
export function MarkReviewedButton() {
  const { id, collectionSlug } = useDocumentInfo();
  const { config } = useConfig();
  const { user } = useAuth();
  const { dispatchFields } = useForm();
  const { i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const text = reviewStrings(i18n.language).markReviewed;

  const roles: unknown[] = Array.isArray(user?.roles) ? user.roles : [];
  if (id === undefined || id === null || !roles.some((role) => reviewerRoles.includes(String(role)))) return null;

  const documentId = id;
  async function markReviewed() {
    setBusy(true);
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/mark-reviewed`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Accept-Language': i18n.language },
      });
      const body: unknown = await response.json().catch(() => ({}));
      if (!response.ok) throw new Error(errorMessage(body) ?? response.statusText);
      const review = (body as { review: Record<string, string | null> }).review;
      for (const [name, value] of Object.entries(review)) {
        dispatchFields({ type: 'UPDATE', path: `review.${name}`, value, initialValue: value });
      }
      const date = formatCalendarDay(review.lastReviewedAt ?? Date.now(), i18n.language);
      toast.success(text.done(date));
      // The site shows the review date: the status line follows the rebuild this asked for.
      announceSiteChange();
      announceReviewed({ collection: String(collectionSlug), id: documentId });
    } catch (error) {
      toast.error(text.failed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button buttonStyle="secondary" size="medium" margin={false} disabled={busy} tooltip={text.title} onClick={markReviewed}>
      {busy ? text.busy : text.button}
    </Button>
  );
}

function errorMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null || !('errors' in body) || !Array.isArray(body.errors)) return undefined;
  const first: unknown = body.errors[0];
  return typeof first === 'object' && first !== null && 'message' in first ? String(first.message) : undefined;
}
