// Loaded into a benchmarked process with `node --import`: at exit, report its CPU time and peak RSS on stderr, so that
// throughput can be counted per CPU second, which a busy machine disturbs far less than wall time.
import {writeSync} from 'node:fs';

process.on('exit', () => {
  const usage = process.resourceUsage();
  writeSync(2, `\nbench-usage ${JSON.stringify({cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, maxRssKiB: usage.maxRSS})}\n`);
});
