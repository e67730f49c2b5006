import {closeSync, mkdtempSync, openSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {Readable} from 'node:stream';
import {afterAll, describe, expect, it} from 'vitest';
import {FileError} from '../src/cli/failure.js';
import {MAX_INPUT_BYTES, readInput, STDIN} from '../src/cli/read-input.js';
import {openBytes} from '../src/cli/stream/byte-source.js';
import {bin, runCommand} from './helpers/spawn.js';

// A stdin the system will not read (a terminal gone away, a descriptor opened for writing alone) is the input's
// failure, named with the system's reason and status 1: not a fault of declutter's (status 70).
const failingRead = () =>
  new Readable({
    read() {
      this.destroy(Object.assign(new Error('EIO: i/o error, read'), {code: 'EIO', errno: -5, syscall: 'read'}));
    },
  });

const dir = mkdtempSync(join(tmpdir(), 'declutter-unreadable-stdin-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe('a stdin that cannot be read', () => {
  it('fails as a document input, with the system reason', async () => {
    const reading = readInput(STDIN, MAX_INPUT_BYTES, failingRead());
    await expect(reading).rejects.toBeInstanceOf(FileError);
    await expect(reading).rejects.toThrow('EIO: i/o error, read');
  });

  it('fails as a record stream', async () => {
    const reading = (async () => {
      for await (const _chunk of openBytes(STDIN, failingRead()));
    })();
    await expect(reading).rejects.toBeInstanceOf(FileError);
  });

  it.skipIf(process.platform === 'win32')('ends the command with status 1, not as an internal error', async () => {
    const writeOnly = join(dir, 'write-only');
    closeSync(openSync(writeOnly, 'w'));
    for (const args of [[], ['--input-format', 'jsonl']]) {
      const quoted = args.map((arg) => ` ${arg}`).join('');
      const run = await runCommand('sh', ['-c', `"${process.execPath}" "${bin}"${quoted} 0> "${writeOnly}"`]);
      expect(run).toMatchObject({status: 1, stdout: ''});
      expect(run.stderr).toMatch(/^declutter: <stdin>: EBADF/);
      expect(run.stderr).not.toMatch(/internal error/);
    }
  });
});
