export const siteBuildStatuses = ['queued', 'running', 'live', 'failed'] as const;
export type SiteBuildStatus = (typeof siteBuildStatuses)[number];
