import { defineStrings } from '../../i18n/adminLanguages.ts';

/** What readers' reports say in the admin: the dashboard's column and the offer after "Mark as reviewed". */
export const reportStrings = defineStrings({
  en: {
    columnHeading: 'Readers’ reports',
    openReports: (count: number) => (count === 1 ? '1 open report' : `${count} open reports`),
    closeOffer: (count: number) =>
      count === 1
        ? 'Readers reported 1 problem with this page that is still open.'
        : `Readers reported ${count} problems with this page that are still open.`,
    closeButton: 'Close them as fixed',
    closing: 'Closing…',
    closed: (count: number) => (count === 1 ? '1 report closed as fixed.' : `${count} reports closed as fixed.`),
    failed: (reason: string) => `Could not close the reports: ${reason}`,
  },
  es: {
    columnHeading: 'Avisos de lectores',
    openReports: (count: number) => (count === 1 ? '1 aviso abierto' : `${count} avisos abiertos`),
    closeOffer: (count: number) =>
      count === 1
        ? 'Los lectores avisaron de 1 problema en esta página que sigue abierto.'
        : `Los lectores avisaron de ${count} problemas en esta página que siguen abiertos.`,
    closeButton: 'Cerrarlos como corregidos',
    closing: 'Cerrando…',
    closed: (count: number) => (count === 1 ? '1 aviso cerrado como corregido.' : `${count} avisos cerrados como corregidos.`),
    failed: (reason: string) => `No se pudieron cerrar los avisos: ${reason}`,
  },
  fr: {
    columnHeading: 'Signalements des lecteurs',
    openReports: (count: number) => (count === 1 ? '1 signalement ouvert' : `${count} signalements ouverts`),
    closeOffer: (count: number) =>
      count === 1
        ? 'Les lecteurs ont signalé 1 problème sur cette page, toujours ouvert.'
        : `Les lecteurs ont signalé ${count} problèmes sur cette page, toujours ouverts.`,
    closeButton: 'Les clore comme corrigés',
    closing: 'Clôture…',
    closed: (count: number) => (count === 1 ? '1 signalement clos comme corrigé.' : `${count} signalements clos comme corrigés.`),
    failed: (reason: string) => `Impossible de clore les signalements : ${reason}`,
  },
});
