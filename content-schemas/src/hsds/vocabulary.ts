import type { PhoneType, ServiceStatus } from '../vocabularies.ts';
import { hsdsId } from './ids.ts';
import type { HsdsPhone, HsdsServiceStatus, HsdsTaxonomyTerm } from './records.ts';

/**
 * Where infohub's vocabularies and HSDS's differ, in both directions, in one place. See the mapping table in
 * `content-schemas/docs/hsds.md`.
 */

export const statusToHsds: Record<ServiceStatus, HsdsServiceStatus> = {
  active: 'active',
  'temporarily-closed': 'temporarily closed',
  inactive: 'inactive',
};

/** A defunct service is one infohub keeps as inactive (it has no separate "defunct"). */
export const statusFromHsds: Record<HsdsServiceStatus, ServiceStatus> = {
  active: 'active',
  'temporarily closed': 'temporarily-closed',
  inactive: 'inactive',
  defunct: 'inactive',
};

/**
 * HSDS phone types come from RFC 6350, which has no WhatsApp: a WhatsApp number is a `text` number whose
 * description starts with "WhatsApp" (followed by the editor's label, if any), which readers and the import both
 * understand.
 */
const whatsappPrefix = 'WhatsApp';

export function phoneTypeAndDescription(type: PhoneType, label: string | undefined): Pick<HsdsPhone, 'type' | 'description'> {
  if (type === 'whatsapp') return { type: 'text', description: label ? `${whatsappPrefix}: ${label}` : whatsappPrefix };
  return { type, ...(label !== undefined ? { description: label } : {}) };
}

/** Our phone type and label from an HSDS phone, or undefined for a kind infohub cannot offer readers (fax, pager). */
export function phoneTypeFromHsds(
  phone: Pick<HsdsPhone, 'type' | 'description'>,
): { type: PhoneType; label: string | undefined } | undefined {
  const description = phone.description?.trim() || undefined;
  const whatsapp = description !== undefined ? /^WhatsApp(?::\s*(.*))?$/is.exec(description) : null;
  const type = (phone.type ?? 'voice').toLowerCase();
  if (whatsapp && (type === 'text' || type === 'cell')) return { type: 'whatsapp', label: whatsapp[1]?.trim() || undefined };
  if (type === 'voice' || type === 'cell') return { type: 'voice', label: description };
  if (type === 'text') return { type: 'text', label: description };
  return undefined;
}

/**
 * infohub's service category and slug travel as HSDS attributes: a taxonomy term of the taxonomy "infohub service
 * categories" (its code is our category), and a term "infohub-slug" whose attribute value is the slug, the
 * service's address on the site (`/{lang}/{country}/services/{slug}/`), so an import recognises the service.
 */
export const categoryLinkType = 'category';
export const slugLinkType = 'identifier';
export const categoryTaxonomy = 'infohub service categories';
export const slugTermCode = 'infohub-slug';

export function categoryTerm(category: string): HsdsTaxonomyTerm {
  return {
    id: hsdsId('taxonomy_term', categoryTaxonomy, category),
    code: category,
    name: category,
    description: 'A category of services on an infohub site, after the referral pathways information hubs use.',
    taxonomy: categoryTaxonomy,
  };
}

export const slugTerm: HsdsTaxonomyTerm = {
  id: hsdsId('taxonomy_term', slugTermCode),
  code: slugTermCode,
  name: 'infohub slug',
  description: "The service's address segment on the infohub site: /{language}/{country}/services/{slug}/.",
};
