import { costaRica } from './costaRica.ts';
import { dominicanRepublic } from './dominicanRepublic.ts';
import { guatemala } from './guatemala.ts';
import { honduras } from './honduras.ts';
import { mexico } from './mexico.ts';
import { topics } from './topics.ts';
import type { DemoContent } from './types.ts';

/**
 * The demo content the seed loads: fictional organisations, numbers and addresses, in the snapshot's shape.
 * Every page built from it says it is demo content and not legal advice.
 */
export const demoContent: DemoContent = {
  topics,
  countries: [costaRica, guatemala, honduras, dominicanRepublic, mexico],
};
