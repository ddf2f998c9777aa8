import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addTotals, formatTotals, readPlaywrightTotals, readVitestTotals } from './testReports.ts';

const dir = mkdtempSync(join(tmpdir(), 'infohub-reports-'));
const write = (name: string, value: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
};

describe('test reports', () => {
  it('reads Vitest totals, counting todo tests as skipped', () => {
    const file = write('vitest.json', { numPassedTests: 7, numFailedTests: 1, numPendingTests: 2, numTodoTests: 1 });
    expect(readVitestTotals(file)).toEqual({ passed: 7, failed: 1, skipped: 3 });
  });

  it('reads Playwright totals, counting a test that passed on retry as passed', () => {
    const file = write('pw.json', { stats: { expected: 5, unexpected: 2, flaky: 1, skipped: 0 } });
    expect(readPlaywrightTotals(file)).toEqual({ passed: 6, failed: 2, skipped: 0 });
  });

  it('counts a suite that wrote no report as a failure, so a run that never started cannot look green', () => {
    expect(readVitestTotals(join(dir, 'missing.json')).failed).toBe(1);
    expect(readPlaywrightTotals(join(dir, 'missing.json')).failed).toBe(1);
  });

  it('prints the closing line CI reads', () => {
    expect(formatTotals(addTotals({ passed: 3, failed: 0, skipped: 1 }, { passed: 2, failed: 1, skipped: 0 }))).toBe(
      '5 passed, 1 failed, 1 skipped',
    );
  });
});
