#!/usr/bin/env bash
# Smoke test of Privacy Rules Studio as a user gets it: unpacks target/privacy-rules-studio-linux-gtk-x86_64.tar.gz,
# adds the test driver bundle (org.privacy.dsl.eclipse.smoke) to it, starts it with its own launcher script under
# Xvfb, and lets the driver import the Canal+ example shipped in the archive as a project, open its rules, misspell a
# term in the editor, hover over it and take a screenshot (target/smoke/studio.png). Fails if the Canal+ rules show
# errors, the misspelled term shows no marker, there is no screenshot, or the workbench log holds an error.
#
#   JAVA_HOME=<a JDK 21+> bash eclipse/org.privacy.dsl.eclipse.studio/smoke-test.sh      (after the Tycho build)
set -euo pipefail
cd "$(dirname "$0")"

say() { printf 'smoke-test: %s\n' "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

archive=target/privacy-rules-studio-linux-gtk-x86_64.tar.gz
[ -f "$archive" ] || fail "no $archive: build eclipse/ first"
driver=$(ls ../org.privacy.dsl.eclipse.smoke/target/org.privacy.dsl.eclipse.smoke-*.jar 2>/dev/null | head -n 1)
[ -n "$driver" ] || fail "no test driver jar in ../org.privacy.dsl.eclipse.smoke/target"
driver=$(cd "$(dirname "$driver")" && pwd)/$(basename "$driver")

smoke=$(pwd)/target/smoke
rm -rf "$smoke"
mkdir -p "$smoke"
tar -xzf "$archive" -C "$smoke"
studio=$smoke/privacy-rules-studio
[ -x "$studio/privacy-rules-studio" ] || fail "the archive has no launcher script privacy-rules-studio"

jar=jar
[ -n "${JAVA_HOME:-}" ] && jar="$JAVA_HOME/bin/jar"
mkdir -p "$smoke/driver"
(cd "$smoke/driver" && "$jar" xf "$driver" META-INF/MANIFEST.MF)
version=$(tr -d '\r' <"$smoke/driver/META-INF/MANIFEST.MF" | sed -n 's/^Bundle-Version: //p')
cp "$driver" "$studio/plugins/org.privacy.dsl.eclipse.smoke_$version.jar"
echo "org.privacy.dsl.eclipse.smoke,$version,plugins/org.privacy.dsl.eclipse.smoke_$version.jar,4,false" \
	>>"$studio/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"

say "starting the Studio under Xvfb"
started=$(date +%s)
JAVA_TOOL_OPTIONS="-Dprivacy.smoke.out=$smoke -Dprivacy.smoke.example=$studio/examples/canal-plus" \
	timeout 300 xvfb-run -a -s "-screen 0 1280x800x24" "$studio/privacy-rules-studio" -data "$smoke/workspace" \
	>"$smoke/studio.out" 2>&1 || say "the Studio exited with status $? (its output: $smoke/studio.out)"
say "the Studio ran for $(($(date +%s) - started)) s"

result=$smoke/result.properties
[ -f "$result" ] || { tail -n 30 "$smoke/studio.out" >&2; fail "the driver wrote no $result"; }
cat "$result" >&2
! grep -q '^failure=' "$result" || fail "the driver failed"
markers=$(sed -n 's/^brokenFileMarkers=//p' "$result")
[ "${markers:-0}" -gt 0 ] || fail "the rules with a misspelled term show no marker"
[ "$(sed -n 's/^rulesFileErrors=//p' "$result")" = 0 ] || fail "the Canal+ rules show errors"
[ -s "$smoke/studio.png" ] || fail "no screenshot"
log=$smoke/workspace/.metadata/.log
if [ -f "$log" ] && grep -q '^!ENTRY [^ ]* 4 ' "$log"; then
	cat "$log" >&2
	fail "the workbench log holds errors"
fi
say "passed: $markers marker(s) on the broken file, screenshot $smoke/studio.png"
