import { openReportStatuses } from '@infohub/content-schemas';

/**
 * The REST query (`where`, in the bracket form Payload reads) for one document's reports that its editors have not
 * dealt with yet: new or confirmed.
 */
export function openReportsQuery(collection: string, id: number | string): string {
  return new URLSearchParams({
    'where[and][0][document.relationTo][equals]': collection,
    'where[and][1][document.value][equals]': String(id),
    'where[and][2][status][in]': openReportStatuses.join(','),
  }).toString();
}
