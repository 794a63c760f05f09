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
. ../org.privacy.dsl.eclipse.smoke/driver.sh

archive=target/privacy-rules-studio-linux-gtk-x86_64.tar.gz
[ -f "$archive" ] || fail "no $archive: build eclipse/ first"

smoke=$(pwd)/target/smoke
rm -rf "$smoke"
mkdir -p "$smoke"
tar -xzf "$archive" -C "$smoke"
studio=$smoke/privacy-rules-studio
[ -x "$studio/privacy-rules-studio" ] || fail "the archive has no launcher script privacy-rules-studio"

add_driver "$smoke" "$studio/plugins" "$studio/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" plugins

start_under_xvfb "the Studio" "$smoke/studio.out" \
	"-Dprivacy.smoke.out=$smoke -Dprivacy.smoke.example=$studio/examples/canal-plus" \
	"$studio/privacy-rules-studio" -data "$smoke/workspace"

check_result "$smoke" "$smoke/studio.out"
[ -s "$smoke/studio.png" ] || fail "no screenshot"
check_log "$smoke/workspace"
say "passed: $(driver_value brokenFileMarkers) marker(s) on the broken file, screenshot $smoke/studio.png"
