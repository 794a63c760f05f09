// Runs node's built-in test runner on every *.test.js file under the given folders. Node 20 takes folders but not
// globs and later versions take globs, so the files are listed here to work the same on both.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function testFiles(folder) {
  return readdirSync(folder).sort().flatMap((name) => {
    const entry = join(folder, name);
    if (statSync(entry).isDirectory()) {
      return testFiles(entry);
    }
    return name.endsWith('.test.js') ? [entry] : [];
  });
}

const folders = process.argv.slice(2);
const files = folders.flatMap(testFiles);
if (files.length === 0) {
  console.error(`error: no *.test.js file under ${folders.join(', ')}`);
  process.exit(1);
}
const run = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(run.status ?? 1);
