export * from './collectionFields.ts';
export * from './commonFields.ts';
export * from './labels.ts';
export * from './recruiterFields.ts';
export * from './richTextLinks.ts';
export * from './vocabularyLabels.ts';
