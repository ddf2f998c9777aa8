'use client';
import { useAuth } from '@payloadcms/ui';
import { type ReactNode, useEffect } from 'react';
import { mayPublish, type StaffUser } from '../staffRoles.ts';

/**
 * Marks the admin's page with whether the signed-in user may publish (`data-infohub-may-publish`), for the one
 * action Payload offers from update access alone that only publishers can take: restoring an earlier version, which
 * writes every field in every language (the server refuses it to translators and reviewers; admin.css hides it).
 */
export function PublishingRoleMarker({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const publisher = mayPublish(user as StaffUser | null);
  useEffect(() => {
    document.documentElement.dataset.infohubMayPublish = publisher ? 'yes' : 'no';
  }, [publisher]);
  return children;
}
