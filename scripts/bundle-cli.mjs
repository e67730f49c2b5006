// Bundles the compiled CLI (dist/cli/) into one CommonJS file, dist/bundle/declutter.cjs, the `declutter` command's
// code, and saves V8's code cache for it beside it (bin/code-cache.cjs).
//
// Why: start-up. Unbundled, Node resolves, reads and links some 70 ES modules (ours, commander, chalk, stopword,
// parse-english and its seven packages) before cleaning a line: about a fifth of the start-up of one small article.
// CommonJS, since Node 20 can give a script its code cache but not an ES module: compiling the bundle's code was most
// of what start-up still spent on it (docs/speed.md, Start-up).
// The library (dist/index.js) stays tsc's output, module for module, with its types.
import {build} from 'esbuild';
import {execFileSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {appendFileSync, readFileSync, rmSync, writeFileSync} from 'node:fs';

const outdir = 'dist/bundle';
rmSync(outdir, {recursive: true, force: true});

// commander requires node:child_process when it loads, for subcommands that are separate executables (declutter has
// none); with it come net, dgram and tty's sockets, some 4 ms of a 300 ms start-up. Inside commander, the module is
// required when a property of it is first read, which never happens.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({filter: /^node:child_process$/}, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? {path: 'lazy-child-process', namespace: 'lazy'} : undefined,
    );
    build.onLoad({filter: /.*/, namespace: 'lazy'}, () => ({
      contents: "let real; module.exports = new Proxy({}, {get: (_, name) => (real ??= require('node:child_process'))[name]});",
      loader: 'js',
    }));
  },
};

// htmlparser2 and the entities it decodes are a fifth of the code the command compiles at start-up, and only HTML
// input uses them: they are an entry of their own (dist/bundle/htmlparser2.cjs), which src/read/html.ts requires on
// the first HTML document.
const htmlparser2Apart = {
  name: 'htmlparser2-apart',
  setup(build) {
    build.onResolve({filter: /^htmlparser2$/}, (args) =>
      /[\\/]dist[\\/]read[\\/]/.test(args.importer) ? {path: './htmlparser2.cjs', external: true} : undefined,
    );
  },
};

// The model is JSON the bundles require at run time (JSON.parse reads it four times faster than V8 compiles it as a
// literal): the library's own copy, dist/score/weights.json, so that the package holds it once.
const sharedModel = {
  name: 'shared-model',
  setup(build) {
    build.onResolve({filter: /^\.\/weights\.json$/}, () => ({path: '../score/weights.json', external: true}));
  },
};

await build({
  plugins: [lazyChildProcess, htmlparser2Apart, sharedModel],
  // Entry names matter: dist/cli/batch/pool.js finds its worker as ./worker.cjs beside itself in the bundle, and
  // dist/cli/main.js finds package.json two folders up, both true of dist/bundle/ as of dist/cli/batch/.
  entryPoints: {declutter: 'dist/cli/main.js', worker: 'dist/cli/batch/worker.js', htmlparser2: 'node_modules/htmlparser2/dist/index.js'},
  outdir,
  outExtension: {'.js': '.cjs'},
  bundle: true,
  // One file: code that only some runs need (eval, train, batches, streams) is compiled only when first called, and
  // the code cache spares the rest of its cost.
  format: 'cjs',
  platform: 'node',
  target: 'node20.19',
  // Loaded at run time by their own means: piscina starts its own worker file, and the rest are loaded on first
  // use through createRequire (franc-min, chardet, stopword's lists of other languages than English) or, for a large
  // library, a require of its CommonJS build on the first WARC input (warcio).
  external: ['piscina', 'franc-min', 'chardet', 'warcio'],
  // Strict, as the ES modules it is made of were: esbuild's own "use strict" comes after the banner, where it is no
  // directive. The compiled modules read import.meta.url (their place, to find package.json, the worker, lazy
  // packages): in CommonJS it is the bundle's own file URL.
  banner: {js: "'use strict';\nconst importMetaUrlOfBundle = require('node:url').pathToFileURL(__filename).href;"},
  // Tells our lazy loads (src/bundled.ts) that they run in the bundle, where esbuild has bundled their require().
  define: {__DECLUTTER_BUNDLE__: 'true', 'import.meta.url': 'importMetaUrlOfBundle'},
  legalComments: 'linked',
  logLevel: 'warning',
});
// The model without the white space tsc's copy indents it with (2.6 MB of it): half the time to parse at start-up, and
// half its size in the package.
writeFileSync('dist/score/weights.json', JSON.stringify(JSON.parse(readFileSync('dist/score/weights.json', 'utf8'))));

// The bundle's last line names its build, so that a code cache of another build is never used (V8 checks only that
// the source is as long as the one the cache was made from). Then the cache: the bundle run on the bundled example,
// so that the functions cleaning a file runs are in it too, not only the top level.
const bundle = `${outdir}/declutter.cjs`;
appendFileSync(bundle, `//# declutter-build ${createHash('sha256').update(readFileSync(bundle)).digest('hex')}\n`);
execFileSync(process.execPath, ['-e', "require('./bin/code-cache.cjs').writeCodeCache(process.argv[1], process.argv.slice(2))", bundle, 'fixtures/nato/input.txt'], {stdio: ['ignore', 'ignore', 'inherit']});
