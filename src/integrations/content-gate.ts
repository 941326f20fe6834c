// Lets `npm run build` (tools/build.ts) check the content while Astro starts: with
// FOLIO_CONTENT_GATE=stdin, the build waits at its first hook, before it writes anything, for
// the content check's verdict on its standard input ("ok", or the input closed when the check
// failed). Without the variable (`astro build` run by hand) it does nothing.
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
        if (verdict !== 'ok') throw new Error('The content check failed: nothing was built.');
      },
    },
  };
}
