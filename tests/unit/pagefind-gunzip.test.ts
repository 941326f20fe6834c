import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DECOMPRESS_CALL, JS_GUNZIP, NATIVE_GUNZIP, useNativeGunzip } from '../../tools/lib/pagefind-gunzip.ts';

// Pagefind 1.6's decompress method and its five callers, cut down; its JavaScript inflate is a stand-in that says it ran.
const module = [
  'var gz_default=(d)=>{globalThis.jsInflated=true;return d;};',
  'class P{constructor(){this.decoder=new TextDecoder("utf-8");}',
  'decompress(data,file="unknown file"){if(this.decoder.decode(data.slice(0,12))==="pagefind_dcd"){return data.slice(12);}data=gz_default(data);return data.slice(12);}',
  ...['meta', 'wasm', 'chunk', 'group', 'fragment'].map((f) => `async ${f}(b){let x=this.decompress(new Uint8Array(b),"${f}");return x;}`),
  '}',
].join('');
const run = async (source: string) =>
  (await import(`data:text/javascript,${encodeURIComponent(`${source}export {P};`)}`)) as {
    P: new () => { chunk(b: Uint8Array): Promise<Uint8Array> };
  };

describe("Pagefind's inflate", () => {
  it('is native in the rewritten module: each caller awaits it, and it reads gzip', async () => {
    const patched = useNativeGunzip(module);
    expect(patched.split(`=await this.decompress(`)).toHaveLength(6);
    const { P } = await run(patched);
    const file = gzipSync(Buffer.from('pagefind_dcdwords'));
    expect(new TextDecoder().decode(await new P().chunk(file))).toBe('words');
    expect((globalThis as { jsInflated?: boolean }).jsInflated).toBeUndefined();
  });

  it('stops the build when Pagefind no longer decompresses as expected (an upgrade changed its module)', () => {
    expect(() => useNativeGunzip(module.replace(JS_GUNZIP, 'data=gunzip(data);'))).toThrow(/found it 0 times/);
    expect(() => useNativeGunzip(module.replace(DECOMPRESS_CALL, 'return this.decompress('))).toThrow(/found it 4 times/);
    expect(() => useNativeGunzip(`${module}f(){this.decompress(x)}`)).toThrow(/found it 6 times/);
    expect(() => useNativeGunzip(useNativeGunzip(module))).toThrow(new RegExp(`${NATIVE_GUNZIP}|pagefind-gunzip\\.ts`));
  });
});
