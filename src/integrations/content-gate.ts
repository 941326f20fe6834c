// Lets `npm run build` check the content while Astro starts (loading its modules and the
// configuration takes seconds on one core): the check's verdict is piped into `astro build`
// with FOLIO_CONTENT_GATE=stdin, and the build waits for it at its first hook, before it writes
// anything: "ok", or the input closed without it when the check failed (the check has listed
// the problems), and then the build stops. Without the variable (`astro build` run by hand) it
// does nothing.
import type { AstroIntegration } from 'astro';

/** The first line on `input`, or undefined when it closes first. */
export function firstLine(input: NodeJS.ReadableStream): Promise<string | undefined> {
  return new Promise((resolve) => {
    let text = '';
    const done = (line: string | undefined) => {
      input.removeListener('data', onData);
      input.removeListener('end', onEnd);
      input.pause();
      resolve(line);
    };
    const onData = (chunk: Buffer | string) => {
      text += chunk.toString();
      const end = text.indexOf('\n');
      if (end >= 0) done(text.slice(0, end));
    };
    const onEnd = () => done(undefined);
    input.on('data', onData);
    input.on('end', onEnd);
  });
}

export default function contentGate(): AstroIntegration {
  return {
    name: 'folio-content-gate',
    hooks: {
      'astro:config:setup': async () => {
        if (process.env['FOLIO_CONTENT_GATE'] !== 'stdin') return;
        const verdict = await firstLine(process.stdin);
        (process.stdin as { unref?: () => void }).unref?.();
        if (verdict === 'ok') return;
        console.error('Build stopped: the content check failed.');
        process.exit(1);
      },
    },
  };
}
