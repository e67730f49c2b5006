// Preloaded into the CLI (`NODE_OPTIONS=--require`, which batch mode's worker threads inherit) to provoke a real fault of
// declutter's from outside: htmlparser2's Parser, whichever entry loads it, throws a TypeError when made, as a bug
// would. Text pages never load it and are cleaned as usual.
'use strict';
const Module = require('node:module');

const load = Module._load;
Module._load = function loadWithBrokenParser(request, ...rest) {
  const loaded = load.call(this, request, ...rest);
  if (!/(?:^|\/)htmlparser2(?:\.cjs)?$/.test(request)) return loaded;
  return {
    ...loaded,
    Parser: class {
      constructor() {
        // A property read of undefined: the TypeError most bugs are.
        const handler = undefined;
        handler.onopentag;
      }
    },
  };
};
