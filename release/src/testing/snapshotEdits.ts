import type { Snapshot } from '@infohub/content-schemas';

/**
 * Edits an editor can make, applied to a snapshot as the export would show them: each changes what some shards
 * show and leaves the others alone. Used by the property test that incremental releases equal a full build.
 */
export interface SnapshotEdit {
  name: string;
  apply(snapshot: Snapshot): void;
}

const byId = <T extends { slug: string }>(documents: T[], slug: string, country?: string): T => {
  const found = documents.find(
    (document) => document.slug === slug && (country === undefined || (document as { country?: string }).country === country),
  );
  if (!found) throw new Error(`The fixture has no "${slug}".`);
  return found;
};

export const snapshotEdits: readonly SnapshotEdit[] = [
  {
    name: "a guide's Spanish text",
    apply: (snapshot) => {
      const guide = byId(snapshot.guides, 'permiso-de-trabajo', 'costa-rica');
      guide.summary.es = `${guide.summary.es} Actualizado.`;
      guide.updatedAt = new Date(Date.parse(guide.updatedAt) + 60_000).toISOString();
    },
  },
  {
    name: 'a translation added',
    apply: (snapshot) => {
      const guide = byId(snapshot.guides, 'residencia-temporal', 'guatemala');
      guide.title.ht = 'Rezidans tanporè';
      guide.updatedAt = new Date(Date.parse(guide.updatedAt) + 60_000).toISOString();
    },
  },
  {
    name: "a country's emergency number",
    apply: (snapshot) => {
      const country = byId(snapshot.countries, 'guatemala');
      const first = country.emergencyNumbers[0];
      // Both are Guatemala's (content-schemas' short numbers): the build refuses a short number the country lacks.
      if (first) first.number = first.number === '122' ? '110' : '122';
    },
  },
  {
    name: "a topic's title",
    apply: (snapshot) => {
      const topic = byId(snapshot.topics, 'trabajo');
      topic.title.en = topic.title.en === 'Work' ? 'Work abroad' : 'Work';
    },
  },
  {
    name: 'a guide unpublished',
    apply: (snapshot) => {
      snapshot.guides = snapshot.guides.filter((guide) => !(guide.slug === 'ofertas-de-trabajo-falsas' && guide.country === 'costa-rica'));
    },
  },
  {
    name: 'a new country',
    apply: (snapshot) => {
      if (snapshot.countries.some((country) => country.slug === 'honduras')) return;
      snapshot.countries.push({
        code: 'HN',
        slug: 'honduras',
        name: { es: 'Honduras' },
        locales: ['es'],
        emergencyNumbers: [{ label: { es: 'Emergencias' }, number: '911' }],
      });
      const model = byId(snapshot.guides, 'permiso-de-trabajo', 'guatemala');
      snapshot.guides.push({ ...structuredClone(model), id: 'hn-permiso', country: 'honduras', image: undefined });
    },
  },
];
