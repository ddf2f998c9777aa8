'use client';

import { Button, toast, useAuth, useConfig, useTranslation } from '@payloadcms/ui';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

const words = {
  en: {
    button: 'Rebuild now',
    busy: 'Asking…',
    title: 'Builds every country in every language again, changed or not, and then makes the new site live.',
    done: 'Full rebuild queued: it starts in a few seconds.',
    failed: (reason: string) => `Could not ask for a rebuild: ${reason}`,
  },
  es: {
    button: 'Reconstruir ahora',
    busy: 'Pidiendo…',
    title: 'Vuelve a construir cada país en cada idioma, haya cambiado o no, y luego publica el sitio nuevo.',
    done: 'Reconstrucción completa en cola: empieza en unos segundos.',
    failed: (reason: string) => `No se pudo pedir la reconstrucción: ${reason}`,
  },
};

/** Above the site builds list, for admins: asks for a full rebuild of the public site. */
export function RebuildNowButton() {
  const { config } = useConfig();
  const { user } = useAuth();
  const { i18n } = useTranslation();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const text = i18n.language === 'es' ? words.es : words.en;
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
