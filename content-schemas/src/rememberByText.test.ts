import { describe, expect, it } from 'vitest';
import { rememberByText } from './rememberByText.ts';

describe('rememberByText', () => {
  it('computes each text once and gives every caller the same answer', () => {
    const seen: string[] = [];
    const lengths = rememberByText((text) => {
      seen.push(text);
      return { length: text.length };
    });
    expect(lengths('Mo-Fr 08:00-16:00')).toBe(lengths('Mo-Fr 08:00-16:00'));
    expect(lengths('Sa 09:00-12:00').length).toBe(14);
    expect(seen).toEqual(['Mo-Fr 08:00-16:00', 'Sa 09:00-12:00']);
  });

  it('freezes what it shares, nested arrays included, so that no caller can change it for the others', () => {
    const days = rememberByText(() => [[{ from: 480, to: 960 }], []]);
    const week = days('Mo 08:00-16:00');
    expect(() => (week[1] as { from: number; to: number }[]).push({ from: 0, to: 60 })).toThrow(TypeError);
    expect(() => {
      (week[0]?.[0] as { from: number }).from = 0;
    }).toThrow(TypeError);
  });

  it('forgets the oldest answer past its limit, and remembers no throw', () => {
    let calls = 0;
    const checked = rememberByText((text) => {
      calls += 1;
      if (text === 'bad') throw new Error('unreadable');
      return text.toUpperCase();
    }, 2);
    checked('a');
    checked('b');
    checked('c');
    checked('a');
    expect(calls).toBe(4);
    expect(() => checked('bad')).toThrow('unreadable');
    expect(() => checked('bad')).toThrow('unreadable');
    expect(calls).toBe(6);
  });
});
