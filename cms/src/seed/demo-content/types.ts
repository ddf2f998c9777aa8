import type {
  Localized,
  SnapshotAlert,
  SnapshotCountry,
  SnapshotGuide,
  SnapshotHub,
  SnapshotRecruiter,
  SnapshotService,
  SnapshotTopic,
} from '@infohub/content-schemas';

/**
 * Demo content is written in the snapshot's shape (per-language values, references by slug) so that it reads like
 * what the site receives; the seed turns it into CMS documents. Ids and timestamps are the CMS's to give.
 */
export type DemoGuide = Omit<SnapshotGuide, 'id' | 'updatedAt' | 'bodyHtml' | 'image'> & {
  /** "More information": plain paragraphs per language, turned into rich text by the seed. */
  body?: Localized<string[]>;
};
export type DemoService = Omit<SnapshotService, 'id' | 'updatedAt'>;
export type DemoHub = Omit<SnapshotHub, 'id' | 'updatedAt'>;
export type DemoAlert = Omit<SnapshotAlert, 'id'> & { slug: string };
export type DemoRecruiter = Omit<SnapshotRecruiter, 'id' | 'updatedAt'>;

export interface DemoCountryContent {
  country: SnapshotCountry;
  guides: DemoGuide[];
  services: DemoService[];
  hubs: DemoHub[];
  alerts: DemoAlert[];
  /** The country's register of recruitment agencies, if the demo has one. */
  recruiters?: DemoRecruiter[];
  /** Saved as drafts only: they must never reach the public site. */
  draftGuides: DemoGuide[];
}

export interface DemoContent {
  topics: SnapshotTopic[];
  countries: DemoCountryContent[];
}
