#!/usr/bin/env bash
# The bulk-check measurement of docs/BENCHMARKS.md: generates synthetic exports and times `privacy check` on them.
#
#   benchmarks/bulk/run.sh [RECORDS] [WORK_DIR]     default: 5000000 records in /tmp/privacy-bulk
#   benchmarks/bulk/run.sh --smoke                  20,000 records; checks the reports only (CI)
#
# Needs target/privacy.jar (./mvnw -B package -DskipTests). For each data set it runs the check with 1 and 2 jobs
# (and the cross-record set with look-ups where --lookups auto puts them, and on disk), prints wall time, peak
# resident memory and records
# per second, and fails if two runs over the same data disagree. Records per second leave out the fixed cost of a
# run (JVM start, compiling the rules), measured by a run over an empty folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
smoke=false
if [[ "${1:-}" == "--smoke" ]]; then
	smoke=true
	shift
	records=20000
else
	records=${1:-5000000}
fi
work=${2:-${TMPDIR:-/tmp}/privacy-bulk}
jar=org.privacy.dsl.cli/target/privacy.jar
heap=${PRIVACY_BULK_HEAP:--Xmx1g}
now=2024-01-01T00:00:00Z
[[ -f $jar ]] || { echo "missing $jar: run ./mvnw -B package -DskipTests first" >&2; exit 2; }

mkdir -p "$work"
rules_cross="$work/cross-record-rules"
mkdir -p "$rules_cross"
cp examples/canal-plus/rules/model.privacy examples/canal-plus/rules/vocabulary.privacy \
	examples/canal-plus/rules/rules.privacy benchmarks/bulk/cross-record/window.privacy "$rules_cross/"

generate() { # kind dir
	if [[ ! -f "$2/.records-$records" ]]; then
		rm -rf "$2"
		java benchmarks/bulk/GenerateBulkData.java "$1" "$records" "$2"
		touch "$2/.records-$records"
	fi
}

# run LABEL DATA RULES OPTIONS...: one check; prints "LABEL seconds peak-KB" on stdout, writes the report
run() {
	local label=$1 data=$2 rules=$3
	shift 3
	local report="$work/report-$label.json" timing="$work/time-$label.txt" status=0
	if command -v /usr/bin/time >/dev/null; then
		/usr/bin/time -f "%e %M" -o "$timing" java "$heap" -jar "$jar" check "$data" --rules "$rules" --now $now \
			--format json --out "$report" "$@" >/dev/null || status=$?
	else
		local start=$(date +%s.%N)
		java "$heap" -jar "$jar" check "$data" --rules "$rules" --now $now --format json --out "$report" "$@" \
			>/dev/null || status=$?
		echo "$(echo "$(date +%s.%N) - $start" | bc) 0" >"$timing"
	fi
	# 0: no findings, 1: findings; anything else is a failure of the run
	if ((status > 1)); then
		echo "privacy check failed ($label), exit code $status" >&2
		exit 1
	fi
	# GNU time puts "Command exited with non-zero status N" first when there are findings
	echo "$label $(tail -1 "$timing")"
}

same() { # two labels whose reports must be equal
	cmp -s "$work/report-$1.json" "$work/report-$2.json" || { echo "reports differ: $1 and $2" >&2; exit 1; }
}

rate() { # label seconds base-seconds peak-KB
	awk -v l="$1" -v t="$2" -v b="$3" -v m="$4" -v n="$records" \
		'BEGIN { printf "%-28s %8.1f s  %8.0f MB peak  %12.0f records/s\n", l, t, m / 1024, (t > b ? n / (t - b) : 0) }'
}

generate simple "$work/simple"
generate cross-record "$work/cross-record"
mkdir -p "$work/empty"
touch "$work/empty/Account.jsonl"

read -r _ base _ < <(run empty "$work/empty" benchmarks/bulk/simple --jobs 1)
echo "records: $records; fixed cost of a run (JVM, rules): ${base} s; heap: $heap"
while read -r label seconds peak; do rate "$label" "$seconds" "$base" "$peak"; done < <(
	run simple-jobs-1 "$work/simple" benchmarks/bulk/simple --jobs 1
	run simple-jobs-2 "$work/simple" benchmarks/bulk/simple --jobs 2
	run cross-auto-jobs-2 "$work/cross-record" "$rules_cross" --jobs 2 --lookups auto
	run cross-disk-jobs-1 "$work/cross-record" "$rules_cross" --jobs 1 --lookups disk
	run cross-disk-jobs-2 "$work/cross-record" "$rules_cross" --jobs 2 --lookups disk
)
same simple-jobs-1 simple-jobs-2
same cross-auto-jobs-2 cross-disk-jobs-1
same cross-disk-jobs-1 cross-disk-jobs-2
echo "reports agree across jobs and look-up places"
if $smoke; then
	findings=$(grep -o '"findings" : [0-9][0-9]*' "$work/report-simple-jobs-1.json" | head -1 | grep -o '[0-9]*$')
	[[ ${findings:-0} -gt 0 ]] || { echo "the simple data set gave no findings" >&2; exit 1; }
	rm -rf "$work"
fi
