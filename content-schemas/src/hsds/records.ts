/**
 * The part of Open Referral HSDS 3.0 (`hsds-3.0/service.json`, `service_list.json`) infohub writes and reads. Field
 * names are the specification's own; the vendored JSON schemas, checked with Ajv, are the reference, and these types
 * only say what our mapping fills in.
 */

/** HSDS service status values (infohub's `temporarily-closed` is HSDS's `temporarily closed`). */
export type HsdsServiceStatus = 'active' | 'inactive' | 'defunct' | 'temporarily closed';

export interface HsdsOrganization {
  id: string;
  name: string;
  /** Required by HSDS; infohub stores no description of an organisation, so it is empty. */
  description: string;
}

export interface HsdsPhone {
  id: string;
  service_id?: string;
  number: string;
  /** From the RFC 6350 list HSDS names: `voice`, `text` (SMS and messaging apps), `fax`, `cell`, `video`, `pager`, `textphone`. */
  type?: string;
  description?: string;
}

export interface HsdsSchedule {
  id: string;
  service_id?: string;
  freq?: 'WEEKLY' | 'MONTHLY';
  /** iCal days, comma-separated: `MO,TU,WE`. */
  byday?: string;
  /** `HH:MM` local time of the `timezone` offset. */
  opens_at?: string;
  closes_at?: string;
  /** The country's UTC offset in hours when the data was exported. */
  timezone?: number;
  description?: string;
  notes?: string;
}

export interface HsdsLanguage {
  id: string;
  service_id?: string;
  name?: string;
  code?: string;
}

export interface HsdsAddress {
  id: string;
  location_id?: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  address_type: 'physical' | 'postal' | 'virtual';
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical' | 'postal' | 'virtual';
  latitude?: number;
  longitude?: number;
  addresses?: HsdsAddress[];
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id?: string;
  location_id?: string;
  location?: HsdsLocation;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code?: string;
  name: string;
  description: string;
  taxonomy?: string;
}

export interface HsdsAttribute {
  id: string;
  link_id?: string;
  link_type?: string;
  link_entity?: string;
  value?: string;
  taxonomy_term_id?: string;
  taxonomy_term?: HsdsTaxonomyTerm;
}

export interface HsdsCostOption {
  id: string;
  option?: string;
  currency?: string;
  amount?: number;
  amount_description?: string;
}

/** A service as the `/services` list gives it: its one-to-one fields and its organisation. */
export interface HsdsServiceSummary {
  id: string;
  organization_id?: string;
  name: string;
  description?: string;
  url?: string;
  email?: string;
  status: HsdsServiceStatus;
  fees_description?: string;
  eligibility_description?: string;
  /** `YYYY-MM-DD`: when the information was last confirmed. */
  assured_date?: string;
  last_modified?: string;
  organization?: HsdsOrganization;
}

/** A service as `/services/{id}` gives it: fully nested. */
export interface HsdsService extends HsdsServiceSummary {
  phones?: HsdsPhone[];
  schedules?: HsdsSchedule[];
  service_at_locations?: HsdsServiceAtLocation[];
  languages?: HsdsLanguage[];
  cost_options?: HsdsCostOption[];
  attributes?: HsdsAttribute[];
}

/** The paging fields of the HSDS API's list responses (`#/components/schemas/Page` in `openapi.json`). */
export interface HsdsPage<T> {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: T[];
}
