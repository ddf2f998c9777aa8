import { describe, expect, it } from 'vitest';
import { whatsAppLink } from '~/features/share/shareLinks.ts';
import type { CounterData } from './counterData.ts';
import { pickedSlip, selectionFromFragment, selectionToFragment, whatsAppText } from './selection.ts';

const data: CounterData = {
  lang: 'es',
  country: 'mexico',
  countryName: 'México',
  siteName: 'Info migrantes',
  categories: [],
  cities: [],
  guides: [
    {
      slug: 'asilo',
      title: { text: 'Pedir asilo' },
      topic: { text: 'Protección' },
      documents: [{ name: { text: 'Pasaporte' }, details: { text: 'o cédula' } }],
    },
    { slug: 'trabajo', title: { text: 'Trabajar' }, topic: { text: 'Trabajo' }, documents: [] },
  ],
  services: [
    {
      slug: 'albergue',
      name: { text: 'Albergue' },
      organization: 'Casa Ejemplo',
      category: 'shelter',
      categoryLabel: 'Albergue',
      city: 'tapachula',
      cityName: 'Tapachula',
      hours: 'Abierto las 24 horas',
      phones: ['Llamar al +52 962 000 0000'],
      liveUrl: 'https://info.example.org/es/mexico/services/albergue/',
    },
  ],
  hubs: [
    {
      slug: 'tapachula',
      name: { text: 'Centro Tapachula' },
      address: { text: 'Calle 1' },
      hours: 'Lunes–Viernes: 08:00–16:00',
      phones: [],
      liveUrl: 'https://info.example.org/es/mexico/hubs/tapachula/',
    },
  ],
};

const words = {
  count: '',
  empty: '',
  failed: '',
  allCategories: '',
  allCities: '',
  title: 'Hoja de derivación',
  documentsFor: 'Documentos para: {guide}',
  noDocuments: 'Esta guía no pide documentos.',
  whereToGo: 'A dónde ir',
  yourHub: 'Contáctanos',
  scan: '',
  qrLabel: '',
  hours: 'Horario',
  copied: '',
};

describe('the picks in a link fragment', () => {
  it('round-trips in the order picked, commas unescaped', () => {
    const fragment = selectionToFragment({ guides: ['trabajo', 'asilo'], services: ['albergue'], hub: 'tapachula' });
    expect(fragment).toBe('g=trabajo,asilo&s=albergue&h=tapachula');
    expect(selectionFromFragment(`#${fragment}`, data)).toEqual({ guides: ['trabajo', 'asilo'], services: ['albergue'], hub: 'tapachula' });
  });

  it('drops what the country no longer has and repeats, and falls back to the first hub', () => {
    expect(selectionFromFragment('#g=asilo,retirada,asilo&s=<script>&h=nowhere', data)).toEqual({
      guides: ['asilo'],
      services: [],
      hub: 'tapachula',
    });
  });

  it('leaves out empty parts', () => {
    expect(selectionToFragment({ guides: [], services: [], hub: undefined })).toBe('');
  });
});

describe('the WhatsApp text', () => {
  it('carries each checklist, each service with its contact and live page, the hub and the link, in that order', () => {
    const slip = pickedSlip({ guides: ['asilo', 'trabajo'], services: ['albergue'], hub: 'tapachula' }, data);
    const text = whatsAppText(slip, data, words, 'https://info.example.org/es/mexico/counter/#g=asilo');
    expect(text).toBe(
      [
        '*Hoja de derivación* · Info migrantes · México',
        '*Documentos para: Pedir asilo*\n- Pasaporte (o cédula)',
        '*Documentos para: Trabajar*\nEsta guía no pide documentos.',
        '*A dónde ir*',
        '*Albergue* · Casa Ejemplo\nHorario: Abierto las 24 horas\nLlamar al +52 962 000 0000\nhttps://info.example.org/es/mexico/services/albergue/',
        '*Contáctanos*\nCentro Tapachula\nCalle 1\nHorario: Lunes–Viernes: 08:00–16:00',
        'https://info.example.org/es/mexico/counter/#g=asilo',
      ].join('\n\n'),
    );
    expect(whatsAppLink('a & b #1')).toBe('https://wa.me/?text=a%20%26%20b%20%231');
  });
});
