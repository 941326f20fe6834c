import { describe, expect, it } from 'vitest';
import { writeTurns } from '../../tools/lib/write-turns.ts';

/** A write that records when it starts and ends, and ends when told. */
function recorder() {
  const log: string[] = [];
  const ends = new Map<string, () => void>();
  const write = (name: string) => () =>
    new Promise<void>((resolve) => {
      log.push(`start ${name}`);
      ends.set(name, () => {
        log.push(`end ${name}`);
        resolve();
      });
    });
  const end = async (name: string) => {
    ends.get(name)!();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { log, write, end };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('turns to write a search index part', () => {
  it('lets large parts write one at a time, in the order they asked', async () => {
    const { log, write, end } = recorder();
    const turn = writeTurns(2500);
    const done = [turn(2000, write('a')), turn(2000, write('b')), turn(2000, write('c'))];
    await settle();
    expect(log).toEqual(['start a']);
    await end('a');
    expect(log).toEqual(['start a', 'end a', 'start b']);
    await end('b');
    await end('c');
    await Promise.all(done);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
  });

  it('lets small parts write at once while their pages stay within the limit', async () => {
    const { log, write, end } = recorder();
    const turn = writeTurns(2500);
    const done = [turn(1000, write('a')), turn(1000, write('b')), turn(1000, write('c'))];
    await settle();
    expect(log).toEqual(['start a', 'start b']);
    await end('b');
    expect(log).toEqual(['start a', 'start b', 'end b', 'start c']);
    await end('a');
    await end('c');
    await Promise.all(done);
  });

  it('lets a part larger than the limit write alone, and gives the turn back when a write fails', async () => {
    const turn = writeTurns(100);
    const failed = turn(500, () => Promise.reject(new Error('no disk')));
    let wrote = false;
    const next = turn(50, async () => {
      wrote = true;
    });
    await expect(failed).rejects.toThrow('no disk');
    await next;
    expect(wrote).toBe(true);
  });
});
