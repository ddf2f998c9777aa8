import { rememberByText, type SnapshotPhone } from '@infohub/content-schemas';
import { parsePhoneNumberFromString } from 'libphonenumber-js';

export interface PhoneLink {
  type: SnapshotPhone['type'];
  href: string;
  /** The number grouped the way it is dialled ("+506 2222 3333"); short numbers ("911") stay as they are. */
  display: string;
}

/**
 * The link that opens the right app on a phone: the dialler, the SMS app or WhatsApp. WhatsApp needs a full
 * international number, so a number without a country code gets a plain call link instead.
 */
export function phoneLink(phone: Pick<SnapshotPhone, 'number' | 'type'>): PhoneLink {
  const international = internationalFormat(phone.number);
  const display = international ?? phone.number;
  const digits = phone.number.replace(/^\+/, '');
  if (phone.type === 'whatsapp' && international !== undefined) return { type: 'whatsapp', href: `https://wa.me/${digits}`, display };
  if (phone.type === 'text') return { type: 'text', href: `sms:${phone.number}`, display };
  return { type: 'voice', href: `tel:${phone.number}`, display };
}

/**
 * A full international number as it is dialled, or nothing for a number without a country code or one the library
 * cannot read. Remembered: a service's number is shown by its page, its sheet, the lists and the counter page.
 */
const internationalFormat = rememberByText((number: string): string | undefined =>
  number.startsWith('+') ? parsePhoneNumberFromString(number)?.formatInternational() : undefined,
);
