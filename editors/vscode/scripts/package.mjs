// Writes the two kinds of .vsix:
// - privacy-rules-<version>.vsix, universal, without Java: for any platform, with the user's Java 17+;
// - privacy-rules-<target>-<version>.vsix, platform-specific (vsce --target), with a Java runtime in runtime/ made by
//   jlink, so that nothing else needs installing.
// The runtime is linked for the machine's own platform, or for PRIVACY_RUNTIME_TARGET (a vsce target such as
// win32-x64) from the jmods of that platform's JDK given in PRIVACY_RUNTIME_JMODS (see README.md, "Other platforms").
// PRIVACY_RUNTIME=none writes only the universal .vsix.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const extensionFolder = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const runtimeFolder = join(extensionFolder, 'runtime');
const vsce = join(extensionFolder, 'node_modules', '.bin', process.platform === 'win32' ? 'vsce.cmd' : 'vsce');

/**
 * The modules the language server and the privacy command need: what `jdeps --print-module-deps --ignore-missing-deps
 * --multi-release 17` finds in both jars (the same for both: java.base, java.compiler, java.desktop,
 * java.management, java.naming, java.sql, jdk.unsupported; java.logging and java.xml come with java.sql), plus
 * jdk.compiler, the implementation of javax.tools that both use to compile generated validators in memory, and
 * jdk.zipfs (jar file systems); these two are loaded as services, so jdeps cannot see them. Running jdeps takes close
 * to a minute per jar, so the list is written here; the package tests start the server and run the privacy command
 * with the linked runtime, which fails if a module is missing.
 */
export const RUNTIME_MODULES = [
  'java.base', 'java.compiler', 'java.desktop', 'java.logging', 'java.management', 'java.naming', 'java.sql',
  'java.xml', 'jdk.compiler', 'jdk.unsupported', 'jdk.zipfs',
];

function run(command, args) {
  console.log(`> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: extensionFolder, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) {
    console.error(`error: ${command} failed (exit code ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

/** The vsce target of this machine: linux-x64, darwin-arm64, win32-x64, ... */
function hostTarget() {
  return `${process.platform}-${process.arch}`;
}

/** The JDK whose jlink makes the runtime: JAVA_HOME, else the one of the javac on the PATH. */
function jdkHome() {
  if (process.env.JAVA_HOME) {
    return process.env.JAVA_HOME;
  }
  const which = spawnSync(process.platform === 'win32' ? 'where' : 'which', ['javac'], { encoding: 'utf8' });
  const javac = which.stdout?.split(/\r?\n/)[0]?.trim();
  if (!javac) {
    console.error('error: no JDK found to run jlink: set JAVA_HOME to a JDK 17, or PRIVACY_RUNTIME=none');
    process.exit(1);
  }
  const real = spawnSync('readlink', ['-f', javac], { encoding: 'utf8' }).stdout?.trim() || javac;
  return dirname(dirname(real));
}

/** Links the runtime into build/runtime-<target>, or reuses it when the same JDK linked the same modules there. */
function linkRuntime(target, jmods) {
  const home = jdkHome();
  const jlink = join(home, 'bin', process.platform === 'win32' ? 'jlink.exe' : 'jlink');
  const output = join(extensionFolder, 'build', `runtime-${target}`);
  const stampFile = join(extensionFolder, 'build', `runtime-${target}.stamp`);
  const stamp = JSON.stringify({ jlink, jmods: jmods ?? null, modules: RUNTIME_MODULES,
    release: readFileSync(join(home, 'release'), 'utf8') });
  if (existsSync(output) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) {
    console.log(`reusing the runtime in ${output}`);
    return output;
  }
  rmSync(output, { recursive: true, force: true });
  const compress = javaFeatureVersion(home) >= 21 ? 'zip-6' : '2';
  run(jlink, [
    ...(jmods ? ['--module-path', jmods] : []),
    '--add-modules', RUNTIME_MODULES.join(','),
    '--strip-debug', '--no-header-files', '--no-man-pages', `--compress=${compress}`,
    '--output', output,
  ]);
  writeFileSync(stampFile, stamp);
  return output;
}

function javaFeatureVersion(home) {
  const match = /JAVA_VERSION="(\d+)/.exec(readFileSync(join(home, 'release'), 'utf8'));
  return match ? Number(match[1]) : 17;
}

// No licence and no public repository address yet: the project has to choose them (see README, Marketplace)
const vsceOptions = ['--no-dependencies', '--skip-license', '--allow-missing-repository'];
run(process.execPath, [join('scripts', 'copy-server.mjs')]);

// The universal .vsix must not pick up a runtime left from an earlier run.
rmSync(runtimeFolder, { recursive: true, force: true });
run(vsce, ['package', ...vsceOptions]);

if (process.env.PRIVACY_RUNTIME !== 'none') {
  const target = process.env.PRIVACY_RUNTIME_TARGET || hostTarget();
  const jmods = process.env.PRIVACY_RUNTIME_JMODS ? resolve(process.env.PRIVACY_RUNTIME_JMODS) : undefined;
  if (target !== hostTarget() && !jmods) {
    console.error(`error: PRIVACY_RUNTIME_TARGET=${target} needs PRIVACY_RUNTIME_JMODS, the jmods folder of a JDK for ${target}`);
    process.exit(1);
  }
  const linked = linkRuntime(target, jmods);
  try {
    cpSync(linked, runtimeFolder, { recursive: true, verbatimSymlinks: true });
    run(vsce, ['package', '--target', target, ...vsceOptions]);
  } finally {
    rmSync(runtimeFolder, { recursive: true, force: true });
  }
}
