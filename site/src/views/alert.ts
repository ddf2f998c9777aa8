import type { SnapshotAlert } from '@infohub/content-schemas';
import type { PageContext } from '~/i18n/pageContext.ts';

export function alertView(alert: SnapshotAlert, ctx: PageContext) {
  return {
    severity: alert.severity,
    severityLabel: ctx.t(`alert.severity.${alert.severity}`),
    title: ctx.picker.pick(alert.title),
    body: ctx.picker.pick(alert.body),
    until: alert.endsAt === undefined ? undefined : ctx.t('alert.until', { date: ctx.formatDate(alert.endsAt) }),
  };
}

export type AlertView = ReturnType<typeof alertView>;
