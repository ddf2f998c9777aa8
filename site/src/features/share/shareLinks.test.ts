import { describe, expect, it } from 'vitest';
import { shareLinks } from './shareLinks.ts';

describe('share links', () => {
  const links = shareLinks('Permiso de trabajo & "visa"?', 'https://infohub.example.org/es/costa-rica/guides/permiso-de-trabajo/');

  it('carry the title and the address as one message, encoded so that no character breaks the link', () => {
    const message = 'Permiso de trabajo & "visa"?\nhttps://infohub.example.org/es/costa-rica/guides/permiso-de-trabajo/';
    expect(links.whatsapp).toBe(`https://wa.me/?text=${encodeURIComponent(message)}`);
    expect(links.sms).toBe(`sms:?body=${encodeURIComponent(message)}`);
    expect(new URL(links.whatsapp).searchParams.get('text')).toBe(message);
  });

  it('name no phone number and no one to send to: the reader chooses in their app', () => {
    expect(links.whatsapp.startsWith('https://wa.me/?')).toBe(true);
    expect(links.sms.startsWith('sms:?')).toBe(true);
  });
});
