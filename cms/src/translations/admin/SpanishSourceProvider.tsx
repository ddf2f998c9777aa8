'use client';
import { useConfig, useDocumentInfo, useLocale } from '@payloadcms/ui';
import { formatAdminURL } from 'payload/shared';
import { createContext, type ReactNode, use, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { sourceText } from './sourceText.ts';

export type SpanishDocument = { status: 'loading' } | { status: 'loaded'; document: Record<string, unknown> } | { status: 'failed' };

interface SpanishSourceContext {
  documents: Record<string, SpanishDocument>;
  /** Starts reading a document in Spanish unless it is already read or being read. */
  load(key: string, collection: string, id: number | string): void;
  /** Spanish titles for lists, keyed `collection/id`; an empty string when the Spanish has none either. */
  titles: Record<string, string>;
  /** Asks for a list row's Spanish title: the rows asking at the same moment are read in one request. */
  loadTitle(collection: string, titleField: string, id: number | string): void;
}

const Context = createContext<SpanishSourceContext | undefined>(undefined);

/**
 * Holds the Spanish version of the documents translators open, so that all the fields of an edit view show their
 * Spanish text from one request. The form holds only the language being edited, and Payload's admin reads documents
 * without falling back to Spanish, so the Spanish comes from the admin's own REST API (same origin, the editor's
 * session).
 */
export function SpanishSourceProvider({ children }: { children: ReactNode }) {
  const { config } = useConfig();
  const [documents, setDocuments] = useState<Record<string, SpanishDocument>>({});
  const requested = useRef(new Set<string>());
  const apiRoute = config.routes.api;

  const load = useCallback(
    (key: string, collection: string, id: number | string) => {
      if (requested.current.has(key)) return;
      requested.current.add(key);
      const url = formatAdminURL({ apiRoute, path: `/${collection}/${encodeURIComponent(String(id))}?locale=es&depth=0&draft=true` });
      fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then((response) =>
          response.ok ? (response.json() as Promise<Record<string, unknown>>) : Promise.reject(new Error(String(response.status))),
        )
        .then(
          (document) => setDocuments((current) => ({ ...current, [key]: { status: 'loaded', document } })),
          () => setDocuments((current) => ({ ...current, [key]: { status: 'failed' } })),
        );
    },
    [apiRoute],
  );

  const [titles, setTitles] = useState<Record<string, string>>({});
  const pendingTitles = useRef(new Map<string, Set<string>>());
  const loadTitle = useCallback(
    (collection: string, titleField: string, id: number | string) => {
      const key = `${collection}/${id}`;
      if (requested.current.has(key)) return;
      requested.current.add(key);
      const batch = `${collection}/${titleField}`;
      const ids = pendingTitles.current.get(batch) ?? new Set<string>();
      pendingTitles.current.set(batch, ids);
      ids.add(String(id));
      if (ids.size > 1) return;
      // The list's cells render together: the ones asking before this runs join the same request.
      setTimeout(() => {
        pendingTitles.current.delete(batch);
        const query = new URLSearchParams({
          locale: 'es',
          depth: '0',
          draft: 'true',
          limit: String(ids.size),
          'where[id][in]': [...ids].join(','),
          [`select[${titleField}]`]: 'true',
        });
        fetch(formatAdminURL({ apiRoute, path: `/${collection}?${query}` }), {
          credentials: 'same-origin',
          headers: { Accept: 'application/json' },
        })
          .then((response) =>
            response.ok
              ? (response.json() as Promise<{ docs?: Record<string, unknown>[] }>)
              : Promise.reject(new Error(String(response.status))),
          )
          .then(
            ({ docs = [] }) =>
              setTitles((current) => ({
                ...current,
                ...Object.fromEntries(docs.map((doc) => [`${collection}/${String(doc.id)}`, sourceText(doc[titleField])])),
              })),
            // The list keeps Payload's own fallback (the record number) when the Spanish titles cannot be read.
            () => undefined,
          );
      }, 0);
    },
    [apiRoute],
  );

  const value = useMemo(() => ({ documents, load, titles, loadTitle }), [documents, load, titles, loadTitle]);
  return <Context value={value}>{children}</Context>;
}

/**
 * The Spanish version of the document being edited, when it is edited in another language (undefined in Spanish,
 * and while creating a document). Its key includes the document's last save, so a document saved since is read again.
 */
export function useSpanishDocument(): SpanishDocument | undefined {
  const context = use(Context);
  const { id, collectionSlug, data } = useDocumentInfo();
  const { code: locale } = useLocale();
  const applies = context !== undefined && locale !== 'es' && id !== undefined && id !== null && collectionSlug !== undefined;
  const key = `${collectionSlug}/${id}@${String(data?.updatedAt ?? '')}`;
  useEffect(() => {
    if (applies && collectionSlug && id !== undefined && id !== null) context.load(key, collectionSlug, id);
  }, [applies, context, key, collectionSlug, id]);
  if (!applies) return undefined;
  return context.documents[key] ?? { status: 'loading' };
}

/** A list row's title in Spanish, asked for only when `wanted` (the row has no title in the language shown). */
export function useSpanishTitle(
  collection: string | undefined,
  titleField: string | undefined,
  id: unknown,
  wanted: boolean,
): string | undefined {
  const context = use(Context);
  const applies =
    wanted &&
    context !== undefined &&
    collection !== undefined &&
    titleField !== undefined &&
    (typeof id === 'number' || typeof id === 'string');
  useEffect(() => {
    if (applies && collection && titleField && (typeof id === 'number' || typeof id === 'string'))
      context.loadTitle(collection, titleField, id);
  }, [applies, context, collection, titleField, id]);
  if (!applies) return undefined;
  return context.titles[`${collection}/${String(id)}`] || undefined;
}
