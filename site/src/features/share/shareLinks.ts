/**
 * Share links that are plain addresses: nothing is sent until the reader taps one, and then only to the app they
 * chose, with the page's title and address as the message. No counter, no script from anyone else.
 */
export interface ShareLinks {
  /** The page's public address, as the message carries it and "copy link" copies it. */
  url: string;
  whatsapp: string;
  sms: string;
}

export function shareLinks(title: string, url: string): ShareLinks {
  const message = `${title}\n${url}`;
  return {
    url,
    whatsapp: whatsAppLink(message),
    // `sms:?body=` is what Android and current iPhones read; the number is left for the reader to choose.
    sms: `sms:?body=${encodeURIComponent(message)}`,
  };
}

/** `https://wa.me/?text=…`: WhatsApp opens with the text ready and the reader chooses who gets it; nothing is sent before. */
export function whatsAppLink(text: string): string {
  return `https://wa.me/?text=${encodeURIComponent(text)}`;
}
