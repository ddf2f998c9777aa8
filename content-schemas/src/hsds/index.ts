/**
 * Open Referral HSDS 3.0: services out as open data and back in from a directory. A separate entry point
 * (`@infohub/content-schemas/hsds`), so what does not exchange HSDS never loads Ajv or the 2 MB schema; the ids alone
 * are `@infohub/content-schemas/hsds/ids`.
 */
export * from './apiPages.ts';
export * from './fromSnapshot.ts';
export * from './ids.ts';
export * from './records.ts';
export * from './schedules.ts';
export * from './toInfohub.ts';
export * from './validate.ts';
export * from './vocabulary.ts';
