// Runs a command and measures it: wall time, CPU time (user + system, which is less
// disturbed by other work on the machine), and the peak of the
// summed resident memory of the process and all its descendants (npx → node → workers).
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measured {
  seconds: number;
  /** User + system CPU seconds of the whole tree (from /usr/bin/time), or NaN without it. */
  cpuSeconds: number;
  peakBytes: number;
  /** The largest resident memory of any one process, by command name ("node", "pagefind_extend"). */
  peakByProcess: Record<string, number>;
}

const TIME = '/usr/bin/time';

const PAGE_BYTES = 4096;

/** Clock ticks a second, for the CPU times in /proc/<pid>/stat (100 on Linux). */
const TICKS = 100;

/**
 * Resident bytes of `root` and every process below it; adds each one's CPU seconds so far to
 * `cpu` (by pid), since /usr/bin/time misses a child its parent does not wait for (Pagefind's
 * binary, killed when its Node API closes).
 */
function treeRss(root: number, cpu: Map<number, number>, peaks: Record<string, number>): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  const ticks = new Map<number, number>();
  const names = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      names.set(pid, stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')));
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      rss.set(pid, Number(fields[21]) * PAGE_BYTES); // field 24 of stat: rss in pages
      ticks.set(pid, Number(fields[11]) + Number(fields[12])); // fields 14 and 15: utime, stime
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    total += rss.get(pid) ?? 0;
    const name = names.get(pid);
    if (name) peaks[name] = Math.max(peaks[name] ?? 0, rss.get(pid) ?? 0);
    if (ticks.has(pid)) cpu.set(pid, ticks.get(pid)! / TICKS);
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs `command args` with `env` added, polling memory every 100 ms; rejects when it fails. */
export function measure(command: string, args: string[], env: Record<string, string> = {}, quiet = true): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const cpuFile = join(tmpdir(), `folio-measure-${process.pid}-${Date.now()}.txt`);
    const timed = existsSync(TIME);
    const argv = timed ? [TIME, '-f', '%U %S', '-o', cpuFile, command, ...args] : [command, ...args];
    const child = spawn(argv[0]!, argv.slice(1), {
      env: { ...process.env, ...env },
      stdio: quiet ? ['ignore', 'ignore', 'pipe'] : 'inherit',
    });
    let stderr = '';
    child.stderr?.on('data', (d) => (stderr += d));
    let peakBytes = 0;
    const peakByProcess: Record<string, number> = {};
    const sampledCpu = new Map<number, number>();
    const timer = setInterval(() => {
      if (child.pid) peakBytes = Math.max(peakBytes, treeRss(child.pid, sampledCpu, peakByProcess));
    }, 100);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      let cpuSeconds = NaN;
      if (timed && existsSync(cpuFile)) {
        const [user, system] = readFileSync(cpuFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
        cpuSeconds = user! + system!;
        rmSync(cpuFile);
      }
      // The larger of the two: /usr/bin/time counts what the sampling (every 100 ms) misses at
      // the end of each process, the sampling counts children that were never waited for.
      const sampled = [...sampledCpu.values()].reduce((t, s) => t + s, 0);
      cpuSeconds = Number.isNaN(cpuSeconds) ? sampled : Math.max(cpuSeconds, sampled);
      if (code === 0) resolve({ seconds, cpuSeconds, peakBytes, peakByProcess });
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}\n${stderr.slice(-2000)}`));
    });
  });
}

/** Total size in bytes of the files under `dir`. */
export function dirBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += statSync(`${entry.parentPath}/${entry.name}`).size;
  }
  return total;
}
