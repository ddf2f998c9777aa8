'use client';

import { useAuth, useConfig, useTranslation } from '@payloadcms/ui';
import { mayImportAnywhere } from '../mayImportInto.ts';
import { importStrings } from '../strings.ts';

/** After the admin's navigation links, for those who may import: the way to the import page. */
export function ImportServicesNavLink() {
  const { user } = useAuth();
  const { config } = useConfig();
  const { i18n } = useTranslation();
  if (!mayImportAnywhere(user as never)) return null;
  return (
    <a className="nav__link" href={`${config.routes.admin}/import-services`}>
      <span className="nav__link-label">{importStrings(i18n.language).view.title}</span>
    </a>
  );
}
