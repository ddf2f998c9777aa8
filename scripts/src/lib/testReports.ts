import { existsSync, readFileSync } from 'node:fs';

export interface TestTotals {
  passed: number;
  failed: number;
  skipped: number;
}

export const noTests: TestTotals = { passed: 0, failed: 0, skipped: 0 };

export function addTotals(a: TestTotals, b: TestTotals): TestTotals {
  return { passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped };
}

/** Totals from Vitest's JSON reporter (the Jest-compatible format). A missing report counts as one failure. */
export function readVitestTotals(file: string): TestTotals {
  if (!existsSync(file)) return { ...noTests, failed: 1 };
  const report = JSON.parse(readFileSync(file, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests?: number;
  };
  return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + (report.numTodoTests ?? 0) };
}

/** Totals from Playwright's JSON reporter; a flaky test passed on retry and counts as passed. */
export function readPlaywrightTotals(file: string): TestTotals {
  if (!existsSync(file)) return { ...noTests, failed: 1 };
  const { stats } = JSON.parse(readFileSync(file, 'utf8')) as {
    stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped };
}

/** The closing line CI reads, alone on its line. */
export function formatTotals(totals: TestTotals): string {
  return `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
}
