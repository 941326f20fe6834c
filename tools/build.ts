// `npm run build`: the content check, `astro build` and the search index. The check runs beside
// Astro's start (loading its modules and the configuration takes seconds on one core), and Astro
// waits for its verdict before it writes anything (src/integrations/content-gate.ts): when the
// content is bad, Astro is stopped and nothing is built, as when the check ran first.
//   node tools/build.ts   (FOLIO_CONTENT_DIR, FOLIO_OUT_DIR, FOLIO_CACHE_DIR as for each step)
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const astroBin = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

/** `node …` as npm scripts run it (the project's Node, first on npm's PATH). */
const node = (args: string[], env: NodeJS.ProcessEnv = process.env, stdin: 'pipe' | 'inherit' = 'inherit') =>
  spawn('node', args, { env, stdio: [stdin, 'inherit', 'inherit'] });

const exited = (child: ChildProcess) =>
  new Promise<number>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))));

const check = node(['tools/check-content.ts']);
const astro = node([astroBin, 'build'], { ...process.env, FOLIO_CONTENT_GATE: 'stdin' }, 'pipe');
const astroDone = exited(astro);
astro.stdin!.on('error', () => {}); // Astro may have stopped on its own (its error is on screen)

if ((await exited(check)) !== 0) {
  astro.kill('SIGKILL'); // still waiting at the gate (or not started): nothing written
  await astroDone;
  process.exit(1);
}
astro.stdin!.end('ok\n');
const astroStatus = await astroDone;
if (astroStatus !== 0) process.exit(astroStatus);
process.exit(await exited(node(['tools/index-search.ts'])));
