import { describe, expect, it } from 'vitest';
import { phoneLink } from './phones.ts';

describe('phoneLink', () => {
  it('dials a voice number and groups it for reading', () => {
    expect(phoneLink({ number: '+50622223333', type: 'voice' })).toEqual({
      type: 'voice',
      href: 'tel:+50622223333',
      display: '+506 2222 3333',
    });
  });

  it('opens WhatsApp with the international number', () => {
    expect(phoneLink({ number: '+50622223333', type: 'whatsapp' }).href).toBe('https://wa.me/50622223333');
  });

  it('opens the SMS app for text numbers', () => {
    expect(phoneLink({ number: '+50622223333', type: 'text' }).href).toBe('sms:+50622223333');
  });

  it('keeps short national numbers as they are dialled', () => {
    expect(phoneLink({ number: '911', type: 'voice' })).toEqual({ type: 'voice', href: 'tel:911', display: '911' });
  });

  it('calls a WhatsApp number that has no country code, since WhatsApp cannot open it', () => {
    expect(phoneLink({ number: '22223333', type: 'whatsapp' })).toEqual({ type: 'voice', href: 'tel:22223333', display: '22223333' });
  });
});
