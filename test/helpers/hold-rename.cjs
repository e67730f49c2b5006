// Preloaded into the CLI (NODE_OPTIONS=--require): a temporary file's rename into place says so on stderr and never
// ends, so that a test can signal the CLI while the temporary file is there. Other renames are left alone.
const fs = require('node:fs');

const HELD = 'hold-rename: holding\n';
const isTemporary = (from) => String(from).endsWith('.declutter-tmp');

const {rename} = fs.promises;
fs.promises.rename = (from, to) => {
  if (!isTemporary(from)) return rename(from, to);
  fs.writeSync(2, HELD);
  // A promise alone keeps no process alive: the timer does, until the signal comes.
  setInterval(() => {}, 1 << 30);
  return new Promise(() => {});
};

