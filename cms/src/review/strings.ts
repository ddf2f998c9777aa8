import { defineStrings } from '../i18n/adminLanguages.ts';

/** What reviews say in the admin: the dashboard's "Reviews due" and the edit view's "Mark as reviewed". */
export const reviewStrings = defineStrings({
  en: {
    dashboard: {
      heading: 'Reviews due',
      intro: (days: number) =>
        `Published guides, services and hubs whose review is overdue or due in the next ${days} days, most urgent first.`,
      nothingDue: 'Nothing due: everything was reviewed recently.',
      noCountries: 'No country is assigned to your account yet: ask an administrator.',
      document: 'Document',
      kind: 'Type',
      state: 'Review',
      lastReviewed: 'Last reviewed',
      kinds: { guides: 'Guide', services: 'Service', hubs: 'Hub' },
      neverReviewed: 'Never reviewed',
      overdue: (date: string) => `Overdue since ${date}`,
      dueSoon: (date: string) => `Due on ${date}`,
      current: (date: string) => `Next on ${date}`,
      by: (date: string, organization: string | null) => (organization ? `${date}, ${organization}` : date),
    },
    markReviewed: {
      button: 'Mark as reviewed',
      busy: 'Saving…',
      title: 'Confirms every language is still current. Saves no new version and changes no text.',
      done: (date: string) => `Marked as reviewed on ${date}, in every language.`,
      failed: (reason: string) => `Could not mark as reviewed: ${reason}`,
    },
  },
  es: {
    dashboard: {
      heading: 'Revisiones pendientes',
      intro: (days: number) =>
        `Guías, servicios y hubs publicados cuya revisión está vencida o vence en los próximos ${days} días, primero lo más urgente.`,
      nothingDue: 'Nada pendiente: todo se revisó hace poco.',
      noCountries: 'Tu cuenta aún no tiene países asignados: pídelo a quien administra.',
      document: 'Documento',
      kind: 'Tipo',
      state: 'Revisión',
      lastReviewed: 'Última revisión',
      kinds: { guides: 'Guía', services: 'Servicio', hubs: 'Hub' },
      neverReviewed: 'Nunca revisado',
      overdue: (date: string) => `Vencida desde el ${date}`,
      dueSoon: (date: string) => `Vence el ${date}`,
      current: (date: string) => `Próxima el ${date}`,
      by: (date: string, organization: string | null) => (organization ? `${date}, ${organization}` : date),
    },
    markReviewed: {
      button: 'Marcar como revisado',
      busy: 'Guardando…',
      title: 'Confirma que todos los idiomas siguen vigentes. No guarda una versión nueva ni cambia el texto.',
      done: (date: string) => `Marcado como revisado el ${date}, en todos los idiomas.`,
      failed: (reason: string) => `No se pudo marcar como revisado: ${reason}`,
    },
  },
  fr: {
    dashboard: {
      heading: 'Relectures à faire',
      intro: (days: number) =>
        `Guides, services et hubs publiés dont la relecture est en retard ou prévue dans les ${days} prochains jours, les plus urgents d’abord.`,
      nothingDue: 'Rien à faire : tout a été relu récemment.',
      noCountries: 'Aucun pays n’est encore attribué à votre compte : demandez-le à un administrateur.',
      document: 'Document',
      kind: 'Type',
      state: 'Relecture',
      lastReviewed: 'Dernière relecture',
      kinds: { guides: 'Guide', services: 'Service', hubs: 'Hub' },
      neverReviewed: 'Jamais relu',
      overdue: (date: string) => `En retard depuis le ${date}`,
      dueSoon: (date: string) => `Prévue le ${date}`,
      current: (date: string) => `Prochaine le ${date}`,
      by: (date: string, organization: string | null) => (organization ? `${date}, ${organization}` : date),
    },
    markReviewed: {
      button: 'Marquer comme relu',
      busy: 'Enregistrement…',
      title: 'Confirme que chaque langue est toujours à jour. N’enregistre pas de nouvelle version et ne change aucun texte.',
      done: (date: string) => `Marqué comme relu le ${date}, dans toutes les langues.`,
      failed: (reason: string) => `Impossible de marquer comme relu : ${reason}`,
    },
  },
});
