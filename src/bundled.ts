// Defined as true by scripts/bundle-cli.mjs in the CLI bundle, and not at all in the library (tsc's output).
declare const __DECLUTTER_BUNDLE__: boolean | undefined;

/**
 * Whether this code runs in the CLI bundle. There a `require('package')` is bundled by esbuild and runs on first use;
 * the library, an ES module, must make a require of its own instead. `typeof require` cannot tell the two apart: a
 * host may have a global require (`node -e`, a REPL, a CommonJS test runner) that resolves from somewhere else.
 */
export const IN_BUNDLE = typeof __DECLUTTER_BUNDLE__ !== 'undefined' && __DECLUTTER_BUNDLE__;
