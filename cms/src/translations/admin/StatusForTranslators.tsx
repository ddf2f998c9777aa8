'use client';
import { useAuth, useDocumentInfo, useTranslation } from '@payloadcms/ui';
import { Status } from '@payloadcms/ui/elements/Status';
import { mayPublish } from '../../access/staffRoles.ts';
import type { User } from '../../payload-types.ts';

/**
 * The edit view's status line ("Estado: Borrador"). Payload offers "Revert to published" beside it to anyone who
 * may save; reverting writes the published document, which only editors and admins may do (translators and
 * reviewers save drafts: `access/onlyPublishersChangeWhatIsLive.ts`), so those users get the status without it.
 */
export function StatusForTranslators() {
  const { user } = useAuth<User>();
  const { hasPublishedDoc, unpublishedVersionCount, isTrashed } = useDocumentInfo();
  const { t } = useTranslation();
  if (mayPublish(user)) return <Status />;
  const status = isTrashed
    ? hasPublishedDoc
      ? 'previouslyPublished'
      : 'previouslyDraft'
    : !hasPublishedDoc
      ? 'draft'
      : unpublishedVersionCount > 0
        ? 'changed'
        : 'published';
  // Payload's own keys and classes, so the line reads and looks as it does for editors.
  const label = t(`version:${status}` as 'version:draft');
  return (
    <div className="status" title={`${t('version:status')}: ${label}`}>
      <div className="status__value-wrap">
        <span className="status__label">{t('version:status')}: </span>
        <span className="status__value">{label}</span>
      </div>
    </div>
  );
}
