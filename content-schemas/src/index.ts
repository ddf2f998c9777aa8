export * from './countries.ts';
export * from './locales.ts';
export * from './paths.ts';
export * from './slugs.ts';
export * from './snapshot/problems.ts';
export * from './snapshot/schema.ts';
export * from './snapshot/validate.ts';
export * from './topics.ts';
