import { describe, expect, it } from 'vitest';
import { validateOpeningHours, validatePhoneNumber } from '../payload/commonFields.ts';
import { validateRichTextLinks } from '../payload/richTextLinks.ts';
import { describeBidiControlProblem } from './bidiControls.ts';
import { describeLinkProblem } from './linkSchemes.ts';
import { describeOpeningHoursProblem } from './openingHours.ts';
import { describePhoneNumberProblem } from './phoneNumbers.ts';

describe('phone numbers (libphonenumber-js)', () => {
  it('accepts international numbers of a possible length and short numbers dialled as they are', () => {
    for (const number of ['+50622223333', '+50600001234', '+18095550101', '+525500000005', '911', '1311']) {
      expect(describePhoneNumberProblem(number), number).toBeUndefined();
    }
  });

  it('says why a number cannot be dialled', () => {
    expect(describePhoneNumberProblem('call us')).toMatch(/"call us" is not a phone number: write digits only/);
    expect(describePhoneNumberProblem('+5062222')).toMatch(/too few digits for its country code/);
    expect(describePhoneNumberProblem('+50622223333444')).toMatch(/too many digits for its country code/);
    expect(describePhoneNumberProblem('+99912345678')).toMatch(/no country uses the code/);
    expect(describePhoneNumberProblem('22223333')).toMatch(/has no country code: write it with \+/);
  });

  it('refuses a short number the country does not have, and accepts the ones it has', () => {
    expect(describePhoneNumberProblem('12345', 'HN')).toMatch(
      /^"12345" is not a short number of Honduras \(911, 199, .*\): write the full number with \+504/,
    );
    for (const number of ['911', '199', '198']) expect(describePhoneNumberProblem(number, 'HN'), number).toBeUndefined();
    expect(describePhoneNumberProblem('110', 'GT')).toBeUndefined();
    expect(describePhoneNumberProblem('110', 'HN')).toMatch(/not a short number of Honduras/);
  });

  it("still asks a long number without + for its country code, naming the country's", () => {
    expect(describePhoneNumberProblem('22223333', 'HN')).toMatch(/has no country code: .*\+50422223333/);
  });

  it('is what the CMS checks on save', () => {
    expect(validatePhoneNumber('+5062222')).toMatch(/too few digits/);
    expect(validatePhoneNumber('+50622223333')).toBe(true);
  });
});

describe('opening hours (opening_hours)', () => {
  it('accepts OpenStreetMap syntax the site can read', () => {
    expect(describeOpeningHoursProblem('Mo-Fr 08:00-16:00; Sa 08:00-12:00; PH off')).toBeUndefined();
    expect(validateOpeningHours('')).toBe(true);
  });

  it('refuses what it cannot read, or could only guess at, quoting the value', () => {
    expect(describeOpeningHoursProblem('de 8 a 5')).toMatch(/^"de 8 a 5" is not OpenStreetMap opening_hours syntax .*: .+/);
    expect(describeOpeningHoursProblem('lunes a viernes')).toMatch(/guessed at/);
    expect(validateOpeningHours('Mo-Fr 25:00-26:00')).toMatch(/not OpenStreetMap opening_hours syntax/);
  });
});

describe('link schemes', () => {
  it('allows web, e-mail and phone links and the site’s own paths', () => {
    for (const href of [
      'https://example.org/',
      'http://example.org',
      'mailto:a@example.org',
      'tel:+50622223333',
      '/es/costa-rica/',
      '#steps',
    ]) {
      expect(describeLinkProblem(href), href).toBeUndefined();
    }
  });

  it('refuses script, data and other schemes, however they are disguised', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:x',
      'data:text/html,<b>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
    ]) {
      expect(describeLinkProblem(href), JSON.stringify(href)).toMatch(/is not allowed: links must start with https:, http:, mailto:, tel:/);
    }
  });
});

describe('links in rich text, on save', () => {
  const richText = (...links: { url?: string; linkType?: string }[]) => ({
    root: {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: links.map((fields) => ({ type: 'link', fields, children: [{ type: 'text', text: 'here' }] })),
        },
      ],
    },
  });

  it('accepts web links and links to other guides', () => {
    expect(validateRichTextLinks(richText({ url: 'https://example.org', linkType: 'custom' }, { linkType: 'internal' }))).toBe(true);
    expect(validateRichTextLinks(undefined)).toBe(true);
  });

  it('names every link that is not allowed', () => {
    const result = validateRichTextLinks(richText({ url: 'javascript:alert(1)', linkType: 'custom' }, { url: 'data:text/html,x' }));
    expect(result).toMatch(/"javascript:alert\(1\)" uses "javascript:".*; the link "data:text\/html,x" uses "data:"/);
  });
});

describe('invisible characters that reorder text', () => {
  it('refuses embeddings and overrides, and lets right-to-left words and isolates through', () => {
    expect(describeBidiControlProblem('Viajar \u202Eseguro')).toMatch(/invisible character \(U\+202E\)/);
    expect(describeBidiControlProblem('a \u202Ab')).toMatch(/U\+202A/);
    expect(describeBidiControlProblem('تصريح العمل en Costa Rica')).toBeUndefined();
    expect(describeBidiControlProblem('\u2067عربى\u2069 y español')).toBeUndefined();
  });
});
