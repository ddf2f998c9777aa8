import { describe, expect, it } from 'vitest';
import { parseSchedule } from '~/format/openingHours.ts';
import { createPageContext } from '~/i18n/pageContext.ts';
import { testGuide, testSnapshot } from '~/testing/snapshot.ts';
import { guideView } from './guide.ts';
import { guideJsonLd, openingHoursSpecification, serializeJsonLd } from './structuredData.ts';

describe('openingHoursSpecification', () => {
  it('groups days that share hours and leaves closed days out', () => {
    expect(openingHoursSpecification(parseSchedule('Mo-Fr 08:00-12:00,13:00-17:00; Sa 08:00-12:00'))).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'].map((day) => `https://schema.org/${day}`),
        opens: '08:00',
        closes: '12:00',
      },
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'].map((day) => `https://schema.org/${day}`),
        opens: '13:00',
        closes: '17:00',
      },
    ]);
  });

  it('ends a day open to midnight at its last minute, and states nothing for hours that vary by date', () => {
    expect(openingHoursSpecification(parseSchedule('24/7'))).toEqual([expect.objectContaining({ opens: '00:00', closes: '23:59' })]);
    expect(openingHoursSpecification(parseSchedule('Mo-Fr 08:00-16:00; PH off'))).toEqual([]);
  });
});

describe('serializeJsonLd', () => {
  it('cannot be closed or broken out of by the text it carries, and still reads back the same', () => {
    const hostile = '</script><script>alert(1)</script><!-- & \u2028';
    const json = serializeJsonLd({ name: hostile });
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual({ name: hostile });
  });
});

describe('guideJsonLd', () => {
  it('describes a guide as an article in the reader’s language, with when it last changed', () => {
    const guide = testGuide({ title: { es: 'Permiso de trabajo', ht: 'Pèmi travay' }, updatedAt: '2026-10-01T12:00:00Z' });
    const ctx = createPageContext(testSnapshot({ guides: [guide] }), 'ht');
    expect(
      guideJsonLd(guideView(guide, ctx), guide.updatedAt, 'https://infohub.example.org/ht/guatemala/guides/permiso-de-trabajo/', 'ht'),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Article',
      '@id': 'https://infohub.example.org/ht/guatemala/guides/permiso-de-trabajo/',
      url: 'https://infohub.example.org/ht/guatemala/guides/permiso-de-trabajo/',
      headline: 'Pèmi travay',
      description: 'Cómo pedirlo.',
      inLanguage: 'ht',
      dateModified: '2026-10-01T12:00:00Z',
    });
  });
});
