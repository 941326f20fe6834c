// The content gate's verdict: the first line on Astro's standard input, or none when it closes.
import { PassThrough } from 'node:stream';
import { expect, it } from 'vitest';
import { firstLine } from '../../src/integrations/content-gate.ts';

it('reads the first line, however it is split', async () => {
  const input = new PassThrough();
  const line = firstLine(input);
  input.write('o');
  input.write('k\nmore');
  expect(await line).toBe('ok');
});

it('gives no verdict when the input closes first', async () => {
  const input = new PassThrough();
  const line = firstLine(input);
  input.end('ok');
  expect(await line).toBeUndefined();
});
