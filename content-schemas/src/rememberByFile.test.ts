import { linkSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rememberByFile } from './rememberByFile.ts';

const folder = mkdtempSync(path.join(tmpdir(), 'infohub-remember-by-file-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('rememberByFile', () => {
  it('reads a file once, whatever name it is linked under, and a file written anew at a known path again', () => {
    const reads: string[] = [];
    const textOf = rememberByFile(
      'test.textOf',
      (bytes) => {
        const text = bytes.toString('utf8');
        reads.push(text);
        return text;
      },
      10,
    );
    const page = path.join(folder, 'page.html');
    writeFileSync(page, 'first');
    linkSync(page, path.join(folder, 'linked.html'));
    expect([textOf(page), textOf(path.join(folder, 'linked.html'))]).toEqual(['first', 'first']);
    expect(reads).toEqual(['first']);

    writeFileSync(path.join(folder, 'page.new'), 'second');
    renameSync(path.join(folder, 'page.new'), page);
    expect(textOf(page)).toBe('second');
    expect(reads).toEqual(['first', 'second']);
  });

  it('keeps one memory per process for a name, shared by every copy of a module that asks, and forgets the oldest past its limit', () => {
    const reads: string[] = [];
    const read = (bytes: Buffer) => {
      reads.push(bytes.toString('utf8'));
      return bytes.length;
    };
    const files = ['a', 'b', 'c'].map((name) => {
      const file = path.join(folder, `${name}.html`);
      writeFileSync(file, name);
      return file;
    });
    const [a, b, c] = files as [string, string, string];
    rememberByFile('test.shared', read, 2)(a);
    const otherCopy = rememberByFile('test.shared', read, 2);
    otherCopy(a);
    expect(reads).toEqual(['a']);
    otherCopy(b);
    otherCopy(c);
    otherCopy(a);
    expect(reads).toEqual(['a', 'b', 'c', 'a']);
  });
});
