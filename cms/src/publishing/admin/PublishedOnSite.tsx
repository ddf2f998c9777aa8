'use client';

import { useConfig, useDocumentInfo, useLocale, useTranslation } from '@payloadcms/ui';
import { useEffect, useRef, useState } from 'react';
import { publishingStrings } from '../strings.ts';
import { announceSiteChange } from './siteChangedEvent.ts';

/** Where the create view leaves word of its first Publish for the edit view it moves to, which mounts this anew. */
const publishedFromCreateKey = (collection: string, id: unknown) => `infohub:published:${collection}:${String(id)}`;

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
  const status = savedDocumentData?._status;
  const docId = savedDocumentData?.id ?? id;

  useEffect(() => {
    if (status !== 'published' || !updatedAt || docId === undefined || docId === null || !collectionSlug) return;
    const createKey = publishedFromCreateKey(collectionSlug, docId);
    const publishedInThisForm = updatedAt !== openedWith.current;
    const publishedInCreateForm = window.sessionStorage.getItem(createKey) === updatedAt;
    if (!publishedInThisForm && !publishedInCreateForm) return;
    if (publishedInThisForm && openedWith.current === undefined) window.sessionStorage.setItem(createKey, updatedAt);
    else window.sessionStorage.removeItem(createKey);
    let current = true;
    setPublished({ at: updatedAt, url: null });
    announceSiteChange();
    const query = new URLSearchParams({ collection: collectionSlug, id: String(docId), locale });
    fetch(`${config.serverURL}${config.routes.api}/site-builds/page?${query}`, { credentials: 'include' })
      .then((response) => (response.ok ? (response.json() as Promise<{ url: string }>) : null))
      .then((page) => {
        if (current && page) setPublished({ at: updatedAt, url: page.url });
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [status, updatedAt, docId, collectionSlug, locale, config.serverURL, config.routes.api]);

  // A later save (a draft, or another publish) replaces this notice.
  if (!published || published.at !== updatedAt) return null;
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
