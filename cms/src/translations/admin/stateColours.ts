import type { TranslationState } from '../translationMarkers.ts';

/** Payload's theme colours, so the states stay readable in the light and the dark admin. */
export const stateColours: Record<TranslationState, string> = {
  missing: 'var(--theme-elevation-600)',
  partial: 'var(--theme-warning-750)',
  upToDate: 'var(--theme-success-750)',
  outdated: 'var(--theme-error-650)',
};
