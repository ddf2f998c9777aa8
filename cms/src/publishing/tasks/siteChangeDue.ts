import type { TaskConfig } from 'payload';
import { requestSiteBuild } from '../siteBuildQueue.ts';

/** A rebuild planned for a moment in the future (an alert starting or ending): asks for one when it comes. */
export const siteChangeDueTask: TaskConfig<{ input: { change: string }; output: object }> = {
  slug: 'siteChangeDue',
  label: 'Rebuild the public site at a planned time',
  inputSchema: [{ name: 'change', type: 'text', required: true }],
  retries: 0,
  handler: async ({ input, req: { payload } }) => {
    await requestSiteBuild(payload, input.change);
    return { output: {} };
  },
};
