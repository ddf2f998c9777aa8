'use client';
import {
  Button,
  ConfirmationModal,
  toast,
  useAuth,
  useConfig,
  useDocumentInfo,
  useForm,
  useLocale,
  useModal,
  useTranslation,
} from '@payloadcms/ui';
import { formatAdminURL } from 'payload/shared';
import { mayPublish } from '../../access/staffRoles.ts';
import type { User } from '../../payload-types.ts';

type StatusKey = 'changed' | 'draft' | 'previouslyDraft' | 'previouslyPublished' | 'published';

/**
 * The edit view's status line ("Estado: Modificado"), in place of Payload's. Payload offers "Revert to published"
 * beside it to anyone who may save, but reverting writes the published document, which only editors and admins may
 * do (translators and reviewers save drafts: `access/onlyPublishersChangeWhatIsLive.ts`): they were offered an
 * action that then failed. Here only those who may publish are offered it. Payload's own texts and classes keep
 * the line as editors know it.
 */
export function DocumentStatus() {
  const { user } = useAuth<User>();
  const { id, collectionSlug, hasPublishedDoc, unpublishedVersionCount, isTrashed } = useDocumentInfo();
  const { t } = useTranslation();
  const status: StatusKey = isTrashed
    ? hasPublishedDoc
      ? 'previouslyPublished'
      : 'previouslyDraft'
    : !hasPublishedDoc
      ? 'draft'
      : unpublishedVersionCount > 0
        ? 'changed'
        : 'published';
  const label = t(`version:${status}`);
  const offerRevert = status === 'changed' && mayPublish(user) && collectionSlug !== undefined && id !== undefined;
  return (
    <div className="status" title={`${t('version:status')}: ${label}`}>
      <div className="status__value-wrap">
        <span className="status__label">{t('version:status')}: </span>
        <span className="status__value">{label}</span>
        {offerRevert && <RevertToPublished collectionSlug={collectionSlug} id={id} />}
      </div>
    </div>
  );
}

/** Puts the published version of the language being edited back as the newest, after the editor confirms. */
function RevertToPublished({ collectionSlug, id }: { collectionSlug: string; id: number | string }) {
  const { config } = useConfig();
  const { code: locale } = useLocale();
  const { i18n, t } = useTranslation();
  const { toggleModal } = useModal();
  const { reset } = useForm();
  const { incrementVersionCount, setMostRecentVersionIsAutosaved, setUnpublishedVersionCount } = useDocumentInfo();
  const modalSlug = `confirm-revert-${id}`;
  const url = formatAdminURL({
    apiRoute: config.routes.api,
    path: `/${collectionSlug}/${encodeURIComponent(String(id))}?locale=${locale}&fallback-locale=null&depth=0`,
  });
  const headers = { 'Accept-Language': i18n.language, 'Content-Type': 'application/json' };

  const revert = async () => {
    // Read without `draft`, the published document; saved without `draft`, it becomes the newest version again.
    const published = await fetch(url, { credentials: 'same-origin', headers }).then((response) => response.json());
    const response = await fetch(url, { method: 'PATCH', credentials: 'same-origin', headers, body: JSON.stringify(published) });
    const answer = (await response.json().catch(() => ({}))) as {
      doc?: Record<string, unknown>;
      message?: string;
      errors?: { message?: string }[];
    };
    if (!response.ok || !answer.doc) {
      toast.error(answer.errors?.[0]?.message ?? t('error:revertingDocument'));
      return;
    }
    await reset(answer.doc);
    toast.success(answer.message ?? t('general:success'));
    incrementVersionCount();
    setMostRecentVersionIsAutosaved(false);
    setUnpublishedVersionCount(0);
  };

  return (
    <>
      {' — '}
      <Button buttonStyle="none" className="status__action" id="action-revert-to-published" onClick={() => toggleModal(modalSlug)}>
        {t('version:revertToPublished')}
      </Button>
      <ConfirmationModal
        body={t('version:aboutToRevertToPublished')}
        confirmingLabel={t('version:reverting')}
        heading={t('version:confirmRevertToSaved')}
        modalSlug={modalSlug}
        onConfirm={revert}
      />
    </>
  );
}
