// Runs a command and measures it: wall time, CPU time (user + system, which is less
// disturbed by other work on the machine), and the peak of the summed resident memory of the
// process and all its descendants (npm → sh → node → workers), also step by step.
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

/** Names the step a process runs from its command line (`npm run build`'s three steps), or undefined. */
export type PhaseOf = (commandLine: string) => string | undefined;

const TIME = '/usr/bin/time';

const PAGE_BYTES = 4096;

/** Clock ticks a second, for the CPU times in /proc/<pid>/stat (100 on Linux). */
const TICKS = 100;

interface Sample {
  /** Resident bytes of the whole tree. */
  total: number;
  /** Each process of the tree, parents before their children. */
  processes: Map<number, { name: string; rss: number; cpu: number; commandLine: string; ppid: number }>;
}

/**
 * `root` and every process below it, from /proc: each one's resident memory and CPU seconds so
 * far (sampled, since /usr/bin/time misses a child its parent does not wait for: Pagefind's
 * binary, killed when its Node API closes).
 */
function sampleTree(root: number): Sample {
  const children = new Map<number, number[]>();
  const stats = new Map<number, { name: string; rss: number; cpu: number; ppid: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(entry);
      const ppid = Number(fields[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      stats.set(pid, {
        name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')),
        rss: Number(fields[21]) * PAGE_BYTES, // field 24 of stat: rss in pages
        cpu: (Number(fields[11]) + Number(fields[12])) / TICKS, // fields 14 and 15: utime, stime
        ppid,
      });
    } catch {
      // The process ended while we looked.
    }
  }
  const sample: Sample = { total: 0, processes: new Map() };
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    const stat = stats.get(pid);
    if (stat) {
      let commandLine = '';
      try {
        commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
      } catch {
        // Ended meanwhile.
      }
      sample.total += stat.rss;
      sample.processes.set(pid, { ...stat, commandLine });
    }
    queue.push(...(children.get(pid) ?? []));
  }
  return sample;
}

/** The figures of one step of a measured command, and the whole command's. */
class Tally {
  first = Infinity;
  last = -Infinity;
  cpuSeconds = 0;
  peakBytes = 0;
  peakByProcess: Record<string, number> = {};

  add(at: number, sample: Sample, cpuDelta: number) {
    this.first = Math.min(this.first, at);
    this.last = Math.max(this.last, at);
    this.cpuSeconds += cpuDelta;
    this.peakBytes = Math.max(this.peakBytes, sample.total);
    for (const { name, rss } of sample.processes.values()) this.peakByProcess[name] = Math.max(this.peakByProcess[name] ?? 0, rss);
  }

  measured(interval: number): Measured {
    return {
      seconds: this.last - this.first + interval,
      cpuSeconds: this.cpuSeconds,
      peakBytes: this.peakBytes,
      peakByProcess: this.peakByProcess,
    };
  }
}

const INTERVAL_SECONDS = 0.1;

/**
 * Runs `command args` with `env` added, polling memory every 100 ms; rejects when it fails.
 * With `phaseOf`, also measures each step of the command apart (wall, sampled CPU, the peak of
 * the whole tree while the step's process runs, so its parents are counted too).
 */
export function measure(
  command: string,
  args: string[],
  env: Record<string, string> = {},
  quiet = true,
  phaseOf?: PhaseOf,
  /** Called as each step ends (when the next starts, or the command ends): a long run that is stopped still tells its first steps. */
  onPhaseEnd?: (name: string, measured: Measured) => void,
): Promise<Measured & { phases: Record<string, Measured> }> {
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
    const whole = new Tally();
    const phases = new Map<string, Tally>();
    const cpuSoFar = new Map<number, number>();
    // Steps may overlap (the content check runs beside Astro's start): each sample counts towards
    // every step running in it, with the CPU of that step's processes and their children.
    let current = new Set<string>();
    const ended = (name: string) => onPhaseEnd?.(name, phases.get(name)!.measured(INTERVAL_SECONDS));
    const timer = setInterval(() => {
      if (!child.pid) return;
      const sample = sampleTree(child.pid);
      const at = Number(process.hrtime.bigint() - start) / 1e9;
      let cpuDelta = 0;
      const stepOf = new Map<number, string | undefined>();
      const stepCpu = new Map<string, number>();
      for (const [pid, { cpu, commandLine, ppid }] of sample.processes) {
        const delta = cpu - (cpuSoFar.get(pid) ?? 0);
        cpuDelta += delta;
        cpuSoFar.set(pid, cpu);
        const step = phaseOf?.(commandLine) ?? stepOf.get(ppid);
        stepOf.set(pid, step);
        if (step !== undefined) stepCpu.set(step, (stepCpu.get(step) ?? 0) + delta);
      }
      whole.add(at, sample, cpuDelta);
      for (const name of current) if (!stepCpu.has(name)) ended(name);
      current = new Set(stepCpu.keys());
      for (const [name, delta] of stepCpu) {
        if (!phases.has(name)) phases.set(name, new Tally());
        phases.get(name)!.add(at, sample, delta);
      }
    }, INTERVAL_SECONDS * 1000);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code === 0) for (const name of current) ended(name);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      let cpuSeconds = NaN;
      if (timed && existsSync(cpuFile)) {
        const [user, system] = readFileSync(cpuFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
        cpuSeconds = user! + system!;
        rmSync(cpuFile);
      }
      // The larger of the two: /usr/bin/time counts what the sampling (every 100 ms) misses at
      // the end of each process, the sampling counts children that were never waited for.
      cpuSeconds = Number.isNaN(cpuSeconds) ? whole.cpuSeconds : Math.max(cpuSeconds, whole.cpuSeconds);
      const byPhase = Object.fromEntries([...phases].map(([name, tally]) => [name, tally.measured(INTERVAL_SECONDS)]));
      if (code === 0) resolve({ seconds, cpuSeconds, peakBytes: whole.peakBytes, peakByProcess: whole.peakByProcess, phases: byPhase });
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
