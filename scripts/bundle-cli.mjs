// Bundles the compiled CLI (dist/cli/) into one CommonJS file, dist/bundle/declutter.cjs, the `declutter` command's
// code.
//
// Why: start-up. Unbundled, Node resolves, reads and links some 70 ES modules (ours, commander, chalk, stopword,
// parse-english and its seven packages) before cleaning a line: about a fifth of the start-up of one small article
// (docs/speed.md, Start-up). CommonJS, so that bin/declutter.cjs can require it.
// The library (dist/index.js) stays tsc's output, module for module, with its types; the compiled modules do not know
// they are bundled: what the bundle needs is given here.
import {build} from 'esbuild';
import {readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

// Written beside the bundle there and put in its place when whole, so that the command works while it is built.
const bundle = 'dist/bundle';
const outdir = 'dist/bundle.next';
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

// The library loads htmlparser2 and parse-english on first use, by a require it makes with node:module's
// createRequire: in the bundle, that node:module is scripts/bundle-create-require.cjs, whose require of those two
// returns the bundled copy.
const createRequireOfBundle = fileURLToPath(new URL('./bundle-create-require.cjs', import.meta.url));
const compiled = fileURLToPath(new URL('../dist/', import.meta.url));
// The Markdown writer's own: its libraries, bundled into its entry alone (dist/bundle/markdown.cjs).
const createRequireOfMarkdown = fileURLToPath(new URL('./bundle-markdown-require.cjs', import.meta.url));
const markdownWriter = fileURLToPath(new URL('../dist/write/markdown.js', import.meta.url));
const bundledCreateRequire = {
  name: 'bundled-create-require',
  setup(build) {
    build.onResolve({filter: /^node:module$/}, (args) => {
      if (args.importer === markdownWriter) return {path: createRequireOfMarkdown};
      return args.importer.startsWith(compiled) ? {path: createRequireOfBundle} : undefined;
    });
  },
};

// htmlparser2 and the entities it decodes are a fifth of the code the command compiles at start-up, and only HTML
// input uses them: they are an entry of their own (dist/bundle/htmlparser2.cjs), which the bundle requires on the
// first HTML document.
const htmlparser2Apart = {
  name: 'htmlparser2-apart',
  setup(build) {
    build.onResolve({filter: /^htmlparser2$/}, (args) =>
      args.importer === createRequireOfBundle ? {path: './htmlparser2.cjs', external: true} : undefined,
    );
  },
};

// The Markdown writer and the unified utilities it serialises with are only for `-f markdown`: an entry of their own
// (dist/bundle/markdown.cjs), which the renderer imports when that format is asked for. The Markdown reader's markdown-it is not
// bundled: its CommonJS build is a few files, which Node requires from node_modules on the first Markdown document.
const markdownApart = {
  name: 'markdown-apart',
  setup(build) {
    build.onResolve({filter: /^\.\.\/write\/markdown\.js$/}, (args) =>
      args.importer.startsWith(compiled) ? {path: './markdown.cjs', external: true} : undefined,
    );
  },
};

// The model is JSON the bundles require at run time (JSON.parse reads it four times faster than V8 compiles it as a
// literal): the library's own copy, dist/score/weights.json, so that the package holds it once.
const sharedModel = {
  name: 'shared-model',
  setup(build) {
    build.onResolve({filter: /^\.\.\/score\/weights\.json$/}, () => ({path: '../score/weights.json', external: true}));
  },
};

await build({
  plugins: [bundledCreateRequire, lazyChildProcess, htmlparser2Apart, markdownApart, sharedModel],
  // Entry names matter: dist/cli/batch/pool.js finds its worker beside itself with its own extension (worker.cjs in
  // the bundle), and dist/cli/main.js finds package.json two folders up, true of dist/bundle/ as of dist/cli/batch/.
  entryPoints: {declutter: 'dist/cli/main.js', worker: 'dist/cli/batch/worker.js', htmlparser2: 'node_modules/htmlparser2/dist/index.js', markdown: 'dist/write/markdown.js'},
  outdir,
  outExtension: {'.js': '.cjs'},
  bundle: true,
  // One file: code that only some runs need (eval, train, batches, streams) is compiled only when first called.
  format: 'cjs',
  platform: 'node',
  target: 'node20.19',
  // Loaded at run time by their own means: piscina starts its own worker file, and the rest are loaded on first
  // use through createRequire (franc-min, chardet, stopword's lists of other languages than English, markdown-it and
  // yaml for Markdown input) or, for a large library, an import() on the first WARC input (warcio).
  external: ['piscina', 'franc-min', 'chardet', 'warcio'],
  // Strict, as the ES modules it is made of were: esbuild's own "use strict" comes after the banner, where it is no
  // directive. The compiled modules read import.meta.url (their place, to find package.json, the worker, lazy
  // packages): in CommonJS it is the bundle's own file URL.
  banner: {js: "'use strict';\nconst importMetaUrlOfBundle = require('node:url').pathToFileURL(__filename).href;"},
  define: {'import.meta.url': 'importMetaUrlOfBundle'},
  legalComments: 'linked',
  logLevel: 'warning',
});
rmSync(`${bundle}.old`, {recursive: true, force: true});
try {
  renameSync(bundle, `${bundle}.old`);
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
}
renameSync(outdir, bundle);
rmSync(`${bundle}.old`, {recursive: true, force: true});
// The model without the white space tsc's copy indents it with (2.6 MB of it): half the time to parse at start-up, and
// half its size in the package.
// Written beside it and renamed over it, so that no run reads half of it.
const weights = 'dist/score/weights.json';
writeFileSync(`${weights}.next`, JSON.stringify(JSON.parse(readFileSync(weights, 'utf8'))));
renameSync(`${weights}.next`, weights);

