import { defineMiddleware } from 'astro:middleware';
import { pageLocals } from './context/pageLocals.ts';

// Runs once per page as the build renders it (pages are prerendered): every page gets its shard's snapshot and the
// reader's context from here, so no page loads or picks them itself.
export const onRequest = defineMiddleware((context, next) => {
  context.locals.page = pageLocals(context.params, context.routePattern);
  return next();
});
