import { describe, expect, it } from 'vitest';
import { adminLanguages } from '../i18n/adminLanguages.ts';
import { recordsFromCells } from './readSpreadsheet.ts';
import { columnForHeader, serviceColumns, templateCsv, templateHeaders } from './serviceColumns.ts';

describe('the services spreadsheet columns', () => {
  it('reads every header of every language template back as its own column', () => {
    for (const language of adminLanguages) {
      const headers = templateHeaders(language);
      expect(new Set(headers).size, `${language} headers are distinct`).toBe(headers.length);
      expect(headers.map(columnForHeader)).toEqual(serviceColumns);
    }
  });

  it('reads labels and values alike, in any admin language, and names unknown columns', () => {
    const header = ['nombre (ES)', 'Catégorie', 'Status', 'Phone 1', 'Teléfono 1 tipo', 'Colour'];
    const { records, problems } = recordsFromCells([header, ['Salud', 'Santé', 'temporarily-closed', '+50422223333', 'SMS']], 'en');
    expect(records).toEqual([
      {
        source: 'row 2',
        fields: { category: 'health', status: 'temporarily-closed', phones: [{ number: '+50422223333', type: 'text' }] },
        text: { es: { name: 'Salud' } },
      },
    ]);
    expect(problems).toEqual([{ source: 'column headers', message: expect.stringContaining('“Colour”') }]);
  });

  it('offers a template that opens as UTF-8 with the headers in its language', () => {
    expect(templateCsv('es')).toMatch(/^\uFEFF"Slug \(URL\)","Nombre \(es\)","Nombre \(en\)"/u);
  });
});
