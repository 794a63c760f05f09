# The test driver bundle (this module) added to an Eclipse, started in it, and its report checked: what the install
# test (../org.privacy.dsl.eclipse.install-test/install-test.sh) and the Studio's smoke test
# (../org.privacy.dsl.eclipse.studio/smoke-test.sh) share. Sourced by them, after 'set -euo pipefail'.

driver_module=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

say() { printf '%s: %s\n' "$(basename "$0" .sh)" "$*" >&2; }
fail() { say "FAILED: $*"; exit 1; }

# add_driver <work dir> <plugins dir> <bundles.info> <plugins dir as bundles.info names it>: the driver jar, built in
# this module's target, copied into the plugins dir under its bundle name and version and listed in bundles.info
add_driver() {
	local work=$1 plugins=$2 bundles_info=$3 location=$4 driver jar=jar version
	driver=$(ls "$driver_module"/target/org.privacy.dsl.eclipse.smoke-*.jar 2>/dev/null | head -n 1)
	[ -n "$driver" ] || fail "no test driver jar in $driver_module/target"
	[ -n "${JAVA_HOME:-}" ] && jar="$JAVA_HOME/bin/jar"
	mkdir -p "$work/driver"
	(cd "$work/driver" && "$jar" xf "$driver" META-INF/MANIFEST.MF)
	version=$(tr -d '\r' <"$work/driver/META-INF/MANIFEST.MF" | sed -n 's/^Bundle-Version: //p')
	cp "$driver" "$plugins/org.privacy.dsl.eclipse.smoke_$version.jar"
	echo "org.privacy.dsl.eclipse.smoke,$version,$location/org.privacy.dsl.eclipse.smoke_$version.jar,4,false" \
		>>"$bundles_info"
}

# start_under_xvfb <what> <output file> <driver's system properties> <command>...: runs the command (an Eclipse with
# the driver) under Xvfb for at most 5 minutes, its output into the file; the driver reports once the workbench is up
start_under_xvfb() {
	local what=$1 out=$2 properties=$3 started
	shift 3
	say "starting $what under Xvfb"
	started=$(date +%s)
	JAVA_TOOL_OPTIONS=$properties timeout 300 xvfb-run -a -s "-screen 0 1280x800x24" "$@" >"$out" 2>&1 \
		|| say "$what exited with status $? (its output: $out)"
	say "$what ran for $(($(date +%s) - started)) s"
}

# check_result <dir the driver wrote to> <output file of the run>: the driver's report (result.properties) holds no
# failure, no error on the Canal+ rules and a marker on the misspelled term; driver_value <key> reads it afterwards
check_result() {
	result=$1/result.properties
	[ -f "$result" ] || { tail -n 30 "$2" >&2; fail "the driver wrote no $result"; }
	cat "$result" >&2
	! grep -q '^failure=' "$result" || fail "the driver failed"
	[ "$(driver_value rulesFileErrors)" = 0 ] || fail "the Canal+ rules show errors"
	[ "$(driver_value brokenFileMarkers)" -gt 0 ] 2>/dev/null || fail "the rules with a misspelled term show no marker"
}

driver_value() { sed -n "s/^$1=//p" "$result"; }

# check_log <workspace>: no error in the workbench log
check_log() {
	local log=$1/.metadata/.log
	if [ -f "$log" ] && grep -q '^!ENTRY [^ ]* 4 ' "$log"; then
		cat "$log" >&2
		fail "the workbench log holds errors"
	fi
}
