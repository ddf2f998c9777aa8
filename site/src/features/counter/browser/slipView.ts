/**
 * The slip itself, drawn from the picks: what the person takes home. Text goes in as text (never as markup); the
 * only markup is the QR codes' SVG, which the QR library draws from the site's own addresses.
 */
import type { CounterData, CounterText } from '~/features/counter/counterData.ts';
import type { CounterWords } from '~/features/counter/counterWords.ts';
import type { PickedSlip } from '~/features/counter/selection.ts';
import { fillPlaceholders } from '~/i18n/fillPlaceholders.ts';

let drawing = 0;

export async function renderSlip(root: HTMLElement, slip: PickedSlip, data: CounterData, words: CounterWords) {
  const turn = ++drawing;
  const slipElement = element('div', { className: 'slip' });
  if (slip.guides.length === 0 && slip.services.length === 0) {
    root.replaceChildren(element('p', { textContent: words.empty }));
    return;
  }
  slipElement.append(element('p', { className: 'sheet-site', textContent: `${data.siteName} · ${data.countryName}` }));
  if (data.demoNotice) slipElement.append(element('p', { className: 'demo-banner' }, element('strong', { textContent: data.demoNotice })));

  for (const guide of slip.guides) {
    const section = element('section', { className: 'slip-entry' });
    section.append(element('h3', {}, ...withLang(guide.title, (title) => fillPlaceholders(words.documentsFor, { guide: title }))));
    if (guide.documents.length === 0) section.append(element('p', { textContent: words.noDocuments }));
    else
      section.append(
        element(
          'ul',
          { className: 'tick-list' },
          ...guide.documents.map((document) =>
            element(
              'li',
              {},
              element(
                'span',
                {},
                textSpan(document.name),
                ...(document.details ? [element('br'), textSpan(document.details, 'meta')] : []),
              ),
            ),
          ),
        ),
      );
    slipElement.append(section);
  }

  if (slip.services.length > 0) {
    // The QR library is loaded only now, so a page left untouched never fetches it.
    const { qrCodeSvg } = await import('~/features/print/qrCode.ts');
    const section = element('section', {}, element('h3', { textContent: words.whereToGo }));
    for (const service of slip.services) {
      const qr = element('div', { className: 'slip-qr' });
      qr.setAttribute('role', 'img');
      qr.setAttribute('aria-label', fillPlaceholders(words.qrLabel, { url: service.liveUrl }));
      qr.innerHTML = await qrCodeSvg(service.liveUrl);
      section.append(
        element(
          'div',
          { className: 'slip-entry' },
          qr,
          element('h4', {}, textSpan(service.name)),
          element('p', { textContent: [service.organization, service.statusNote].filter(Boolean).join(' · ') }),
          ...(service.address ? [element('p', {}, textSpan(service.address))] : []),
          element('p', { textContent: `${words.hours}: ${service.hours}` }),
          ...service.phones.map((phone) => element('p', { textContent: phone })),
          element(
            'p',
            { className: 'meta' },
            `${words.scan}: `,
            element('span', { className: 'sheet-url', dir: 'ltr', textContent: service.liveUrl }),
          ),
        ),
      );
    }
    slipElement.append(section);
  }

  if (slip.hub) {
    const { hub } = slip;
    slipElement.append(
      element(
        'section',
        { className: 'slip-entry' },
        element('h3', { textContent: words.yourHub }),
        element('p', {}, element('strong', {}, textSpan(hub.name))),
        element('p', {}, textSpan(hub.address)),
        element('p', { textContent: `${words.hours}: ${hub.hours}` }),
        ...hub.phones.map((phone) => element('p', { textContent: phone })),
        ...(hub.email ? [element('p', { textContent: hub.email })] : []),
      ),
    );
  }
  // A newer pick may have started drawing while this one waited for its QR codes: only the newest is shown.
  if (turn === drawing) root.replaceChildren(slipElement);
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const created = Object.assign(document.createElement(tag), properties);
  created.append(...children);
  return created;
}

/** A text in a span of its own, with its language when it fell back to the default one. */
export function textSpan(value: CounterText, className = ''): HTMLSpanElement {
  const span = element('span', { className, textContent: value.text });
  if (value.lang) span.lang = value.lang;
  return span;
}

/** A heading made of a template around a text that may be in another language: only that text carries its `lang`. */
function withLang(value: CounterText, template: (inner: string) => string): (Node | string)[] {
  const marker = '\u0000';
  const [before = '', after = ''] = template(marker).split(marker);
  return [before, textSpan(value), after];
}
