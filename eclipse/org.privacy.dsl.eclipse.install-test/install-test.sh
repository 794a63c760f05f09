#!/usr/bin/env bash
# The editor installed into an existing Eclipse, tested. The Maven build has materialized a bare Eclipse 4.39 platform
# (eclipse-platform.product: no bundle of ours, no Xtext; p2's director application, as Eclipse packages have it).
# This script installs org.privacy.dsl.eclipse.feature into it from the update site with that platform's own p2
# director (what Help > Install New Software does, without its dialogs), checks the installation (p2's profile before
# and after, our bundles in the platform's bundles.info), adds the test driver bundle (org.privacy.dsl.eclipse.smoke)
# beside it, starts the platform as a user would (its launcher jar, under Xvfb), and lets the driver report: every
# bundle of the feature resolved, the Canal+ rules opened in the Generic Editor with our services (no error on them, a
# marker on a misspelled term, an outline), and no error in the workbench log.
#
#   JAVA_HOME=<a JDK 21+> bash eclipse/org.privacy.dsl.eclipse.install-test/install-test.sh [<platform> [<update site>]]
#   (the Tycho build runs it in its integration-test phase)
set -euo pipefail
cd "$(dirname "$0")"
. ../org.privacy.dsl.eclipse.smoke/driver.sh

platform=${1:-target/products/eclipse-platform/linux/gtk/x86_64}
[ -d "$platform/plugins" ] || fail "no platform in $platform: build eclipse/ first"
platform=$(cd "$platform" && pwd)
site=${2:-../org.privacy.dsl.eclipse.site/target/repository}
[ -d "$site" ] || fail "no update site in $site: build eclipse/ first"
site=$(cd "$site" && pwd)
bundles_info=$platform/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info
[ -f "$bundles_info" ] || fail "the platform has no $bundles_info"
work=$(pwd)/target/install-test
rm -rf "$work"
mkdir -p "$work/example/rules"

java=java
[ -n "${JAVA_HOME:-}" ] && java="$JAVA_HOME/bin/java"
version=$("$java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
[ "${version:-0}" -ge 21 ] 2>/dev/null || fail "Eclipse 4.39 needs Java 21 or newer (found '${version:-none}'): set JAVA_HOME"
launcher=$(ls "$platform"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)

say "installing the editor from $site with the platform's p2 director"
"$java" -jar "$launcher" -install "$platform" -configuration "$platform/configuration" -nosplash -consoleLog \
	-application org.eclipse.equinox.p2.director -repository "file:$site" \
	-installIU org.privacy.dsl.eclipse.feature.feature.group -destination "$platform" -profile DefaultProfile \
	>"$work/director.out" 2>&1 || { tail -n 30 "$work/director.out" >&2; fail "the p2 director failed"; }
grep -v '^Picked up' "$work/director.out" >&2 || true

# p2's history of the platform's profile: as materialized, without the editor or Xtext; now with the feature
states=$(ls "$platform"/p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile/*.profile.gz 2>/dev/null \
	| sort) || true
[ "$(wc -l <<<"$states")" -ge 2 ] || fail "the platform's p2 profile has no installation after its materialization"
units() { { gzip -dc "$1" | grep -o "<unit id='[^']*'" || true; } | sed "s/<unit id='//; s/'//"; }
feature=org.privacy.dsl.eclipse.feature.feature.group
grep -qx "$feature" <<<"$(units "$(tail -n 1 <<<"$states")")" \
	|| fail "the platform's p2 profile does not hold the editor's feature"
before=
while read -r state; do
	units=$(units "$state")
	grep -qx "$feature" <<<"$units" || before=$units
done <<<"$states"
grep -qx org.eclipse.ui.genericeditor <<<"$before" || fail "no state of the p2 profile is the bare platform"
! grep -qx 'org.privacy.dsl.eclipse\|org.eclipse.xtext' <<<"$before" \
	|| fail "the bare platform had the editor or Xtext before the installation"

# the bundles of the feature (feature.xml), each of which must now be in the platform and resolve when it starts
feature_bundles=$(sed -n 's/^ *<plugin id="\([^"]*\)".*/\1/p' ../org.privacy.dsl.eclipse.feature/feature.xml | paste -sd, -)
[ -n "$feature_bundles" ] || fail "no plugin listed in the feature"
for bundle in ${feature_bundles//,/ }; do
	grep -q "^$bundle," "$bundles_info" || fail "p2 did not install $bundle (not in bundles.info)"
	ls "$platform/plugins/${bundle}_"* >/dev/null 2>&1 || fail "p2 did not install $bundle (not in plugins/)"
done
say "p2 installed the $(tr ',' '\n' <<<"$feature_bundles" | wc -l) bundles of the feature"

# the driver is not part of the installation: it goes beside it, in a copy of the configuration
cp -r "$platform/configuration" "$work/configuration"
add_driver "$work" "$work" "$work/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info" "file:$work"
# the Canal+ example as a project, as the Studio's archive ships it
cp ../../examples/canal-plus/rules/*.privacy "$work/example/rules/"
cp ../org.privacy.dsl.eclipse.studio/src/example-project/.project "$work/example/"

start_under_xvfb "the platform with the editor installed" "$work/eclipse.out" \
	"-Dprivacy.smoke.out=$work -Dprivacy.smoke.example=$work/example -Dprivacy.smoke.bundles=$feature_bundles" \
	"$java" -Xmx1g -jar "$launcher" -install "$platform" -configuration "$work/configuration" -data "$work/workspace"

check_result "$work" "$work/eclipse.out"
[ -z "$(driver_value unresolvedBundles)" ] \
	|| fail "bundles of the feature did not resolve: $(driver_value unresolvedBundles)"
[ "$(driver_value editor)" = org.eclipse.ui.genericeditor.GenericEditor ] \
	|| fail "the rules opened in '$(driver_value editor)'"
[ "$(driver_value outlineNodes)" -gt 0 ] 2>/dev/null || fail "the Outline shows nothing for the rules"
check_log "$work/workspace"
say "passed: the editor installed from the update site into a bare Eclipse 4.39 works"
