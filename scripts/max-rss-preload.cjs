// Preloaded (`node --require`) into a CLI run by scripts/hostile.mjs and the hostile-input tests: on exit, writes the
// process's peak resident memory in kilobytes to the file MAX_RSS_FILE names, as `/usr/bin/time -v` would report it.
const {writeFileSync} = require('node:fs');

process.on('exit', () => {
  const file = process.env.MAX_RSS_FILE;
  if (file) writeFileSync(file, String(process.resourceUsage().maxRSS));
});
