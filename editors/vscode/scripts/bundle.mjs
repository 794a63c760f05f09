// Bundles the client (src/extension.ts and vscode-languageclient) into dist/extension.js, and writes the licences of
// the bundled packages to dist/THIRD-PARTY-NOTICES.txt, since bundling drops the notices from their sources.
import { build } from 'esbuild';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const extensionFolder = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const result = await build({
  absWorkingDir: extensionFolder,
  entryPoints: ['src/extension.ts'],
  outfile: 'dist/extension.js',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  external: ['vscode'],
  minify: true,
  metafile: true,
  logLevel: 'info',
});

/** The folder of the package that holds a bundled file: node_modules/<name> or node_modules/@scope/<name>. */
function packageFolder(inputPath) {
  const parts = inputPath.split(/[\\/]/);
  const last = parts.lastIndexOf('node_modules');
  if (last < 0) {
    return undefined;
  }
  const nameLength = parts[last + 1].startsWith('@') ? 2 : 1;
  return join(extensionFolder, ...parts.slice(0, last + 1 + nameLength));
}

function licenceText(folder) {
  const licenceFile = readdirSync(folder).find((name) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(name));
  return licenceFile ? readFileSync(join(folder, licenceFile), 'utf8').trim() : undefined;
}

const folders = [...new Set(Object.keys(result.metafile.inputs).map(packageFolder).filter(Boolean))].sort();
const notices = folders.map((folder) => {
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8'));
  const text = licenceText(folder) ?? `Licensed under ${manifest.license} (no licence file in the package).`;
  return `${manifest.name} ${manifest.version} (${manifest.license})\n${'-'.repeat(60)}\n${text}\n`;
});
const header = 'The client of this extension (dist/extension.js) bundles the following packages.\n\n';
writeFileSync(join(extensionFolder, 'dist', 'THIRD-PARTY-NOTICES.txt'), header + notices.join('\n'));
if (!existsSync(join(extensionFolder, 'dist', 'extension.js'))) {
  throw new Error('esbuild wrote no dist/extension.js');
}
console.log(`bundled ${folders.length} packages: ${folders.map((folder) => folder.split(`node_modules${sep}`).pop()).join(', ')}`);
