/**
 * The topic taxonomy: what a hub informs about. A topic's slug is its URL segment in every language; editors
 * write its title and description per language in the CMS.
 */
export const topicKinds = ['regular-channels', 'risks', 'labour-migration', 'services', 'return', 'wellbeing', 'your-data'] as const;

export type TopicKind = (typeof topicKinds)[number];

/** Who a guide speaks to, along the migration journey. */
export const audiences = ['potential', 'in-transit', 'settled', 'returned'] as const;
export type Audience = (typeof audiences)[number];

/** Service categories, after the referral pathways hubs use (HSDS-style taxonomy terms). */
export const serviceCategories = [
  'legal-aid',
  'health',
  'shelter',
  'food',
  'child-protection',
  'gender-based-violence',
  'psychosocial-support',
  'education',
  'employment',
  'civil-registry',
  'consular',
] as const;
export type ServiceCategory = (typeof serviceCategories)[number];

/** HSDS 3.0 service status values. */
export const serviceStatuses = ['active', 'temporarily-closed', 'inactive'] as const;
export type ServiceStatus = (typeof serviceStatuses)[number];

export const phoneTypes = ['voice', 'text', 'whatsapp'] as const;
export type PhoneType = (typeof phoneTypes)[number];

export const hubModalities = ['in-person', 'phone', 'whatsapp', 'video'] as const;
export type HubModality = (typeof hubModalities)[number];

export const alertSeverities = ['info', 'warning', 'danger'] as const;
export type AlertSeverity = (typeof alertSeverities)[number];

/**
 * Where a recruitment agency or job-placement programme stands with the authority that licenses it, as its official
 * register says. Only `licensed` means it may recruit today.
 */
export const recruiterStatuses = ['licensed', 'suspended', 'revoked', 'expired'] as const;
export type RecruiterStatus = (typeof recruiterStatuses)[number];

/** A private agency holds a licence; a public programme (a ministry's seasonal work scheme) is run by the state. */
export const recruiterKinds = ['agency', 'programme'] as const;
export type RecruiterKind = (typeof recruiterKinds)[number];

/** The sectors recruitment registers name most often for the region's workers abroad. */
export const recruitmentSectors = [
  'agriculture',
  'construction',
  'care-and-domestic-work',
  'hospitality',
  'manufacturing',
  'fishing-and-seafaring',
  'other',
] as const;
export type RecruitmentSector = (typeof recruitmentSectors)[number];
