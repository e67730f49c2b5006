import {readFileSync} from 'node:fs';
import {useCompileFlags} from './compile-flags.js';
import {run} from './program.js';

useCompileFlags();

const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string};

// A reader of stderr that goes away (`declutter a b 2>&1 | head -1`) must not end the run before the other inputs are
// cleaned; on stdout, Output handles it.
process.stderr.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});

// Not a top-level await: the CLI is bundled as CommonJS, for its code cache (scripts/bundle-cli.mjs).
// A failed write of the help or version text may have set status 1 already (writeStdoutOnce): keep it.
void run(process.argv, version).then((code) => {
  process.exitCode = Math.max(Number(process.exitCode ?? 0), code);
});
