'use client';

import { Button, toast, useAuth, useConfig, useTranslation } from '@payloadcms/ui';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { announceSiteChange } from './admin/siteChangedEvent.ts';
import { publishingStrings } from './strings.ts';

/** Above the site builds list, for admins: asks for a full rebuild of the public site. */
export function RebuildNowButton() {
  const { config } = useConfig();
  const { user } = useAuth();
  const { i18n } = useTranslation();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const text = publishingStrings(i18n.language).rebuildNow;
  const roles: unknown[] = Array.isArray(user?.roles) ? user.roles : [];
  if (!roles.includes('admin')) return null;

  async function rebuild() {
    setBusy(true);
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/site-builds/rebuild`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Accept-Language': i18n.language },
      });
      if (!response.ok) throw new Error(response.statusText);
      toast.success(text.done);
      announceSiteChange();
      router.refresh();
    } catch (error) {
      toast.error(text.failed(error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div style={{ marginBottom: '1rem' }}>
      <Button buttonStyle="primary" size="medium" margin={false} disabled={busy} tooltip={text.title} onClick={rebuild}>
        {busy ? text.busy : text.button}
      </Button>
    </div>
  );
}
