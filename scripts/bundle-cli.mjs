// Bundles the compiled CLI (dist/cli/) into a few files in dist/bundle/, the `declutter` command's code.
//
// Why: start-up. Unbundled, Node resolves, reads and links some 70 ES modules (ours, commander, chalk, stopword,
// parse-english and its seven packages) before cleaning a line: about a fifth of the start-up of one small article.
// The library (dist/index.js) stays tsc's output, module for module, with its types.
import {build} from 'esbuild';
import {readFileSync, rmSync, writeFileSync} from 'node:fs';

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
// input uses them: they are an entry of their own (dist/bundle/htmlparser2.js), which src/read/html.ts requires on
// the first HTML document.
const htmlparser2Apart = {
  name: 'htmlparser2-apart',
  setup(build) {
    build.onResolve({filter: /^htmlparser2$/}, (args) =>
      /[\\/]dist[\\/]read[\\/]/.test(args.importer) ? {path: './htmlparser2.js', external: true} : undefined,
    );
  },
};

await build({
  plugins: [lazyChildProcess, htmlparser2Apart],
  // Entry names matter: dist/cli/batch/pool.js finds its worker as ./worker.js beside itself, and
  // dist/cli/main.js finds package.json two folders up, both true of dist/bundle/ as of dist/cli/batch/.
  entryPoints: {declutter: 'dist/cli/main.js', worker: 'dist/cli/batch/worker.js', htmlparser2: 'node_modules/htmlparser2/dist/index.js'},
  outdir,
  bundle: true,
  // Code that only some runs need (eval, train, batches, streams) stays in chunks loaded on first use.
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  // Loaded at run time by their own means: piscina starts its own worker file, and the rest are loaded on first
  // use through createRequire (franc-min, chardet, stopword's lists of other languages than English) or import() of a
  // large library (warcio).
  // The model stays JSON beside the bundle: JSON.parse reads it four times faster than V8 compiles it as a literal.
  external: ['piscina', 'franc-min', 'chardet', 'warcio', './weights.json'],
  // Bundled CommonJS packages (commander) call require() for Node's own modules: give ES module code a require.
  // Our own require('parse-english') (src/features/describe.ts) and require('htmlparser2') (src/read/html.ts) are bundled
  // too, and run on first use.
  banner: {js: "import {createRequire as createRequireForBundle} from 'node:module';\nconst require = createRequireForBundle(import.meta.url);"},
  // Tells our lazy loads (src/bundled.ts) that they run in the bundle, where esbuild has bundled their require().
  define: {__DECLUTTER_BUNDLE__: 'true'},
  legalComments: 'linked',
  logLevel: 'warning',
});
// Without the white space tsc's copy indents it with (2.6 MB of it): half the time to parse at start-up.
writeFileSync(`${outdir}/weights.json`, JSON.stringify(JSON.parse(readFileSync('dist/model/weights.json', 'utf8'))));
