'use client';

import { useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui';
import { useEffect, useRef, useState } from 'react';
import { publishingStrings } from '../strings.ts';
import { announceSiteChange } from './siteChangedEvent.ts';

/**
 * A publish that just happened: the document is published and its save is newer than the form that was opened.
 * The create view moves to the new document's address after its first Publish, so a published save of the last
 * minute counts too.
 */
const justPublished = (data: Record<string, unknown> | undefined, openedWith: unknown) =>
  data?._status === 'published' &&
  typeof data.updatedAt === 'string' &&
  (data.updatedAt !== openedWith || Date.now() - Date.parse(data.updatedAt) < 60_000);

/**
 * Above the edit form, after Publish: "Published. On the site in a few seconds." with a link to the page on the
 * public site, and a nudge to the status line to follow the build this publish queued.
 */
export function PublishedOnSite() {
  const { id, collectionSlug, savedDocumentData } = useDocumentInfo();
  const { code: locale } = useLocale();
  const { config } = useConfig();
  const { i18n } = useTranslation();
  const openedWith = useRef(savedDocumentData?.updatedAt);
  const [published, setPublished] = useState<{ at: string; url: string | null } | null>(null);
  const updatedAt = typeof savedDocumentData?.updatedAt === 'string' ? savedDocumentData.updatedAt : undefined;
  const publishedNow = justPublished(savedDocumentData, openedWith.current);

  useEffect(() => {
    if (!publishedNow || !updatedAt || id === undefined || id === null || !collectionSlug) return;
    let current = true;
    setPublished({ at: updatedAt, url: null });
    announceSiteChange();
    const query = new URLSearchParams({ collection: collectionSlug, id: String(id), locale });
    fetch(`${config.serverURL}${config.routes.api}/site-builds/page?${query}`, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<{ url: string }>) : null))
      .then((page) => {
        if (current && page) setPublished({ at: updatedAt, url: page.url });
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [publishedNow, updatedAt, id, collectionSlug, locale, config.serverURL, config.routes.api]);

  if (!published || !publishedNow) return null;
  const text = publishingStrings(i18n.language).published;
  return (
    <div role="status" className="published-on-site">
      {text.notice}{' '}
      {published.url ? (
        <a href={published.url} target="_blank" rel="noopener">
          {text.link}
        </a>
      ) : null}
    </div>
  );
}
