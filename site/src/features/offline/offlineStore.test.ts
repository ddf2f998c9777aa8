import { describe, expect, it } from 'vitest';
import { isCountryPageList, savedAtOf, stampSavedAt } from './offlineStore.ts';

describe('a kept copy of a page', () => {
  it('keeps the page as it was and records when it was saved', async () => {
    const page = new Response('<h1>Permiso de trabajo</h1>', { status: 200, headers: { 'content-type': 'text/html' } });
    const copy = await stampSavedAt(page, new Date('2026-11-20T10:00:00Z'));
    expect(await copy.text()).toBe('<h1>Permiso de trabajo</h1>');
    expect(copy.headers.get('content-type')).toBe('text/html');
    expect(savedAtOf(copy)?.toISOString()).toBe('2026-11-20T10:00:00.000Z');
  });

  it('has no saving date when it came straight from the network', () => {
    expect(savedAtOf(new Response('page', { headers: { 'server-timing': 'cache;dur=2' } }))).toBeUndefined();
  });
});

describe('isCountryPageList', () => {
  it('recognises the list of pages of a country, not its pages', () => {
    expect(isCountryPageList('https://infohub.example.org/es/costa-rica/offline-pages.json')).toBe(true);
    expect(isCountryPageList('https://infohub.example.org/es/costa-rica/')).toBe(false);
  });
});
