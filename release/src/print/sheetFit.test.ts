import { describe, expect, it } from 'vitest';
import { fitHeights, onePageScales, printableArea, startScale } from './sheetFit.ts';

describe('startScale', () => {
  const heights = fitHeights('Letter');
  const page = printableArea('Letter').height;

  it('starts a sheet at the largest scale at which it may fit on one page', () => {
    expect(startScale([page - 10], heights)).toBe(0);
    expect(startScale([page + 50, page / 0.92 - 10], heights)).toBe(1);
    expect(startScale([page + 150, page / 0.92 + 50, page / 0.85 - 1], heights)).toBe(2);
  });

  it('prints a sheet the measure cannot tell apart from the page’s height at the larger scale, to be checked', () => {
    expect(startScale([page + 1.5, page / 0.92 - 50], heights)).toBe(0);
  });

  it('starts a sheet too long for every scale at the smallest', () => {
    expect(startScale([page * 3, page * 2.9, page * 2.8], heights)).toBe(onePageScales.length - 1);
  });
});

describe('printableArea', () => {
  it('is the paper less 14 mm on every side, in CSS pixels', () => {
    expect(printableArea('Letter').width).toBeCloseTo(8.5 * 96 - 2 * 14 * 3.78, 1);
    expect(printableArea('A4').height).toBeCloseTo(11.7 * 96 - 2 * 14 * 3.78, 1);
  });
});
