// The scale bench measures `npm run build` whole and step by step: each step's figures come from
// the samples taken while that step's process ran, its parents (npm, the shell) counted in.
import { expect, it } from 'vitest';
import { measure } from '../../tools/lib/measure-process.ts';
import { stepOf } from '../../tools/bench/scale.ts';

it("tells npm run build's steps apart by command line, and the shell that runs them all is none of them", () => {
  expect(stepOf('node tools/check-content.ts ')).toBe('check');
  expect(stepOf('node /repo/node_modules/.bin/astro build ')).toBe('site');
  expect(stepOf('node tools/index-search.ts ')).toBe('index');
  expect(stepOf('sh -c node tools/check-content.ts && astro build && node tools/index-search.ts ')).toBeUndefined();
  expect(stepOf('sh -c (node tools/check-content.ts >&2 && echo ok) | FOLIO_CONTENT_GATE=stdin astro build ')).toBeUndefined();
  expect(stepOf('npm run -s build ')).toBeUndefined();
});

it('measures each step of a command apart, within the whole', async () => {
  // Two steps one after the other, under a shell, as npm runs a script.
  const script = 'node -e "setTimeout(()=>{},600)" first && node -e "setTimeout(()=>{},600)" second';
  const stepOfArg = (commandLine: string) => /^node -e \S+ (first|second)/.exec(commandLine)?.[1];
  const ended: string[] = [];
  const whole = await measure('sh', ['-c', script], {}, true, stepOfArg, (name) => ended.push(name));
  expect(Object.keys(whole.phases).sort()).toEqual(['first', 'second']);
  expect(ended).toEqual(['first', 'second']);
  for (const step of Object.values(whole.phases)) {
    // The shell and the step's node (named "node" or, by Node 24, "MainThread").
    expect(Object.keys(step.peakByProcess).length).toBeGreaterThanOrEqual(2);
    expect(step.peakBytes).toBeLessThanOrEqual(whole.peakBytes);
    expect(step.seconds).toBeLessThanOrEqual(whole.seconds + 0.2);
  }
  expect(whole.phases['first']!.peakByProcess['sh']).toBeGreaterThan(0);
});

it('measures steps that overlap, each with its own CPU', async () => {
  // `npm run build` runs the content check beside Astro's start (package.json).
  const script = 'node -e "setTimeout(()=>{},900)" idle & node -e "const t=Date.now(); while (Date.now()-t<900);" busy; wait';
  const stepOfArg = (commandLine: string) => /^node -e .+ (idle|busy) ?$/.exec(commandLine)?.[1];
  const whole = await measure('sh', ['-c', script], {}, true, stepOfArg);
  const { idle, busy } = whole.phases;
  expect(idle && busy).toBeTruthy();
  expect(busy!.cpuSeconds).toBeGreaterThan(idle!.cpuSeconds);
});
