const dayMs = 86_400_000;

/**
 * A review date so many days before the seed runs (midnight UTC, as review dates are days), so that the demo's
 * review dashboard shows overdue and due-soon documents beside current ones whenever it is seeded. Guides are
 * reviewed every 180 days (120 in Mexico), services and hubs every 90.
 */
export function reviewedDaysAgo(days: number, today: Date = new Date()): string {
  const midnight = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
  return new Date(midnight - days * dayMs).toISOString().replace('.000Z', 'Z');
}
