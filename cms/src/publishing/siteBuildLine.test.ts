import { describe, expect, it } from 'vitest';
import { describeSiteBuildLine, type SiteBuildLine } from './siteBuildLine.ts';

describe('the status line', () => {
  const line: SiteBuildLine = {
    id: 7,
    status: 'live',
    finishedAt: '2026-12-05T12:14:00.000Z',
    lastLiveAt: '2026-12-05T12:14:00.000Z',
    progress: null,
    rebuilt: ['Honduras (Español)'],
    reused: 9,
    failedParts: [],
    error: null,
  };
  const time = (iso: string) => `at ${iso.slice(11, 16)}`;

  it('says which parts a live build made again and how many it reused', () => {
    expect(describeSiteBuildLine(line, 'es', time)).toBe(
      'Sitio público: al día (publicado at 12:14). Reconstruido: Honduras (Español); 9 partes sin cambios reutilizadas.',
    );
  });

  it("names a failed build's country and language and what is still online", () => {
    const failed = { ...line, status: 'failed' as const, failedParts: ['Honduras (Español)'], error: 'Astro exited with 1' };
    expect(describeSiteBuildLine(failed, 'en', time)).toBe(
      'Public site: the last build failed; the previous site is still online (from at 12:14). Failed: Honduras (Español). Astro exited with 1',
    );
  });

  it('counts the parts of a running build', () => {
    expect(describeSiteBuildLine({ ...line, status: 'running', progress: { built: 3, total: 10 } }, 'fr', time)).toBe(
      'Site public : reconstruction avec les dernières modifications (3 sur 10 parties faites)…',
    );
  });
});
