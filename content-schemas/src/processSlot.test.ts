import { describe, expect, it } from 'vitest';
import { processSlot } from './processSlot.ts';

describe('processSlot', () => {
  it('gives every copy of a module the same value, as two slots of one name are', () => {
    const name = `test.shared.${Math.random()}`;
    const inOneCopy = processSlot<Map<string, number>>(name);
    const inAnother = processSlot<Map<string, number>>(name);
    expect(inAnother.get()).toBeUndefined();
    const pages = inOneCopy.set(new Map([['/es/mexico/', 1]]));
    expect(inAnother.get()).toBe(pages);
    inAnother.set(new Map());
    expect(inOneCopy.get()?.size).toBe(0);
  });

  it('keeps slots of different names apart', () => {
    processSlot<string>('test.first').set('first');
    processSlot<string>('test.second').set('second');
    expect(processSlot<string>('test.first').get()).toBe('first');
  });
});
