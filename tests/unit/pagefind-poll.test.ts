import { describe, expect, it } from 'vitest';
import { PAGEFIND_POLL, SHORT_POLL_MS, shortenStartPolls } from '../../tools/lib/pagefind-poll.ts';

// The two polls as Pagefind 1.6's minified module writes them, cut down to the loops.
const module = [
  'var asyncSleep=async(ms=100)=>{return new Promise((r)=>setTimeout(r,ms));};',
  'async getPtr(){while(this.raw_ptr===null){if(this.initError){throw this.initError;}await asyncSleep(50);}return this.raw_ptr;}',
  'async mergeIndex(p,o={}){this.instances.push(i);while(this.primary.wasm===null){await asyncSleep(50);}await i.init();}',
  'async debouncedSearch(t,o,ms){await asyncSleep(ms);}',
].join('');

describe("Pagefind's start polls", () => {
  it('are both shortened, and nothing else changes', () => {
    const patched = shortenStartPolls(module);
    expect(patched).not.toContain(PAGEFIND_POLL);
    expect(patched.split(`await asyncSleep(${SHORT_POLL_MS});`)).toHaveLength(3);
    expect(patched.replaceAll(`await asyncSleep(${SHORT_POLL_MS});`, PAGEFIND_POLL)).toBe(module);
  });

  it('stop the build when Pagefind no longer polls as expected (an upgrade changed its module)', () => {
    expect(() => shortenStartPolls(module.replaceAll('asyncSleep(50)', 'asyncSleep(25)'))).toThrow(/found it 0 times/);
    expect(() => shortenStartPolls(module.replace(PAGEFIND_POLL, ''))).toThrow(/found it 1 times/);
    expect(() => shortenStartPolls(shortenStartPolls(module))).toThrow(/pagefind-poll\.ts/);
  });
});
