import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { releaseSettingsFromEnv } from './settings.ts';

describe('the release settings of the report form', () => {
  const secret = 'the secret the report forms are signed with';

  it('name where the form posts and a digest of its secret, never the secret, so a change rebuilds every shard', () => {
    const settings = releaseSettingsFromEnv({ INFOHUB_FEEDBACK_SECRET: secret }, 2);
    expect(settings.reportForm).toMatch(/^ [0-9a-f]{64}$/);
    expect(settings.reportForm).not.toContain(secret);
    const elsewhere = releaseSettingsFromEnv(
      { INFOHUB_FEEDBACK_SECRET: secret, INFOHUB_FEEDBACK_URL: 'https://cms.example.org/api/reports/feedback' },
      2,
    );
    expect(elsewhere.reportForm).toMatch(/^https:\/\/cms\.example\.org\/api\/reports\/feedback [0-9a-f]{64}$/);
    expect(releaseSettingsFromEnv({ INFOHUB_FEEDBACK_SECRET: `${secret}!` }, 2).reportForm).not.toBe(settings.reportForm);
  });

  it('carry the form address alone: it changes the pages (their security policy) even with no secret set', () => {
    const direct = releaseSettingsFromEnv({ INFOHUB_FEEDBACK_URL: 'https://cms.example.org/api/reports/feedback' }, 2);
    expect(direct.reportForm).toBe('https://cms.example.org/api/reports/feedback ');
  });

  it('are left out when the site is built without a form', () => {
    expect(releaseSettingsFromEnv({}, 2).reportForm).toBeUndefined();
  });
});

describe('the release settings of extra UI strings', () => {
  it('digest the files, so that changed words for a test-only language rebuild every shard', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'extra-ui-strings-'));
    try {
      writeFileSync(path.join(folder, 'ar.json'), JSON.stringify({ 'site.name': 'مركز المعلومات' }));
      const before = releaseSettingsFromEnv({ INFOHUB_EXTRA_UI_STRINGS: folder }, 2).extraUiStrings;
      expect(before).toMatch(/^[0-9a-f]{64}$/);
      writeFileSync(path.join(folder, 'ar.json'), JSON.stringify({ 'site.name': 'مركز معلومات' }));
      expect(releaseSettingsFromEnv({ INFOHUB_EXTRA_UI_STRINGS: folder }, 2).extraUiStrings).not.toBe(before);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('name the folder when it cannot be read, and are left out when none is given', () => {
    expect(() => releaseSettingsFromEnv({ INFOHUB_EXTRA_UI_STRINGS: '/nonexistent/ui-strings' }, 2)).toThrow(
      /INFOHUB_EXTRA_UI_STRINGS names \/nonexistent\/ui-strings/,
    );
    expect(releaseSettingsFromEnv({}, 2).extraUiStrings).toBeUndefined();
  });
});
