import { testService } from '@infohub/content-schemas/testing';
import { describe, expect, it } from 'vitest';
import { createPageContext } from '~/i18n/pageContext.ts';
import { testGuide, testSnapshot } from '~/testing/snapshot.ts';
import { counterData } from './counterData.ts';

describe("the counter page's data", () => {
  const snapshot = testSnapshot({
    guides: [
      testGuide({
        title: { es: 'Permiso de trabajo', en: 'Work permit' },
        requiredDocuments: [{ name: { es: 'Pasaporte', en: 'Passport' } }, { name: { es: 'Constancia' }, details: { es: 'original' } }],
      }),
    ],
    services: [
      testService({
        slug: 'albergue',
        name: { es: 'Albergue', en: 'Shelter' },
        category: 'shelter',
        status: 'temporarily-closed',
        openingHours: '24/7',
      }),
      testService({ slug: 'cerrado', status: 'inactive' }),
    ],
  });
  const data = counterData('guatemala', 'Guatemala', createPageContext(snapshot, 'en'), new URL('https://info.example.org'));

  it("gives each guide's checklist in the reader's language, marking what fell back to Spanish", () => {
    expect(data.guides).toEqual([
      {
        slug: 'permiso-de-trabajo',
        title: { text: 'Work permit' },
        topic: { text: 'Trabajo', lang: 'es' },
        documents: [
          { name: { text: 'Passport' } },
          { name: { text: 'Constancia', lang: 'es' }, details: { text: 'original', lang: 'es' } },
        ],
      },
    ]);
  });

  it('lists the services people can still use, with their hours, status and live page for the QR code', () => {
    expect(data.services.map((entry) => entry.slug)).toEqual(['albergue']);
    expect(data.services[0]).toMatchObject({
      name: { text: 'Shelter' },
      statusNote: 'Temporarily closed',
      city: 'tecun-uman',
      cityName: 'Tecún Umán',
      liveUrl: 'https://info.example.org/en/guatemala/services/albergue/',
    });
    expect(data.categories).toEqual([{ value: 'shelter', label: 'Shelter' }]);
    expect(data.cities).toEqual([{ value: 'tecun-uman', label: 'Tecún Umán' }]);
  });
});
