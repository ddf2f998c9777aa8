'use client';

import { Button, toast, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui';
import { useEffect, useState } from 'react';
import { type ReviewedDetail, reviewedEvent } from '../../../review/admin/reviewedEvent.ts';
import { openReportsQuery } from '../openReports.ts';
import { reportStrings } from '../strings.ts';

/**
 * Once the document is marked reviewed, offers to close its readers' reports that are still open, as fixed: the
 * review confirmed the page is right. One REST update of those reports, under the reports' own access rules.
 */
export function CloseReportsOffer() {
  const { id, collectionSlug } = useDocumentInfo();
  const { config } = useConfig();
  const { i18n } = useTranslation();
  const [openCount, setOpenCount] = useState(0);
  const [busy, setBusy] = useState(false);
  const text = reportStrings(i18n.language);
  const reportsUrl = `${config.serverURL}${config.routes.api}/reports?${openReportsQuery(String(collectionSlug), id ?? '')}&limit=0`;

  useEffect(() => {
    const offer = async (event: Event) => {
      const { collection, id: reviewedId } = (event as CustomEvent<ReviewedDetail>).detail;
      if (collection !== collectionSlug || String(reviewedId) !== String(id)) return;
      const response = await fetch(reportsUrl, { credentials: 'include' });
      if (!response.ok) return;
      setOpenCount(((await response.json()) as { totalDocs?: number }).totalDocs ?? 0);
    };
    window.addEventListener(reviewedEvent, offer);
    return () => window.removeEventListener(reviewedEvent, offer);
  }, [collectionSlug, id, reportsUrl]);

  if (openCount === 0) return null;

  async function closeReports() {
    setBusy(true);
    try {
      const response = await fetch(reportsUrl, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
        body: JSON.stringify({ status: 'fixed' }),
      });
      const body = (await response.json().catch(() => ({}))) as { docs?: unknown[]; errors?: { message?: string }[] };
      if (!response.ok || (body.errors?.length ?? 0) > 0) throw new Error(body.errors?.[0]?.message ?? response.statusText);
      toast.success(text.closed(body.docs?.length ?? openCount));
      setOpenCount(0);
    } catch (error) {
      toast.error(text.failed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div role="status" style={{ display: 'flex', alignItems: 'center', gap: '0.5rem', flexWrap: 'wrap' }}>
      <span>{text.closeOffer(openCount)}</span>
      <Button buttonStyle="secondary" size="medium" margin={false} disabled={busy} onClick={closeReports}>
        {busy ? text.closing : text.closeButton}
      </Button>
    </div>
  );
}
