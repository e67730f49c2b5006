import {readFileSync} from 'node:fs';
import {run} from './program.js';

const {version} = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string};

// Not a top-level await: the CLI is bundled as CommonJS, for its code cache (scripts/bundle-cli.mjs).
void run(process.argv, version).then((code) => {
  process.exitCode = code;
});
