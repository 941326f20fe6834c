// Pagefind's files (wasm, meta, index chunks, fragments) are gzip, and its module (pagefind.js,
// written by its binary, so no package patch reaches it) inflates them in JavaScript: on a first
// query that code is cold and takes its time on the main thread. The build rewrites its one
// decompress method to use the browser's native DecompressionStream, keeping the JavaScript
// inflate where that is missing or fails (docs/benchmarks.md, "firstq6").

/** The method that inflates every file, as Pagefind 1.6's minified module spells it. */
export const DECOMPRESS_METHOD = 'decompress(data,file="unknown file"){';
/** Its call of the JavaScript inflate. */
export const JS_GUNZIP = 'data=gz_default(data);';
/** Each caller assigns the result; all of them are inside async functions, so they can await it. */
export const DECOMPRESS_CALL = '=this.decompress(';
/** The callers expected: meta, wasm, index and filter chunks, fragment groups, fragments. */
const CALLS = 5;
/** Our inflate, added to the module: native first, the module's own as the fallback. */
export const NATIVE_GUNZIP = 'folioGunzip';

const helper =
  `const ${NATIVE_GUNZIP}=async(d)=>{if(typeof DecompressionStream==="function")try{` +
  'return new Uint8Array(await new Response(new Blob([d]).stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer());' +
  '}catch{}return gz_default(d);};';

const count = (source: string, pattern: string) => source.split(pattern).length - 1;

/**
 * pagefind.js with its files inflated natively. Throws when the module does not decompress as
 * expected (a Pagefind upgrade changed it): the build must stop rather than break the search.
 */
export function useNativeGunzip(source: string): string {
  const found = {
    [DECOMPRESS_METHOD]: [count(source, DECOMPRESS_METHOD), 1],
    [JS_GUNZIP]: [count(source, JS_GUNZIP), 1],
    [DECOMPRESS_CALL]: [count(source, DECOMPRESS_CALL), CALLS],
    // Every call must assign its result (one that did not would now get a promise).
    'this.decompress(': [count(source, 'this.decompress('), CALLS],
    [NATIVE_GUNZIP]: [count(source, NATIVE_GUNZIP), 0],
  };
  for (const [pattern, [n, expected]] of Object.entries(found))
    if (n !== expected)
      throw new Error(
        `pagefind.js: expected "${pattern}" ${expected} times, found it ${n} times; ` +
          'check tools/lib/pagefind-gunzip.ts against this Pagefind version',
      );
  return (
    helper +
    source
      .replace(DECOMPRESS_METHOD, `async ${DECOMPRESS_METHOD}`)
      .replace(JS_GUNZIP, `data=await ${NATIVE_GUNZIP}(data);`)
      .replaceAll(DECOMPRESS_CALL, `=await this.decompress(`)
  );
}
