#!/usr/bin/env bash
# The Spark measurement of docs/BENCHMARKS.md ("On Apache Spark"): the same generated data checked by the CLI with
# 1 and 2 jobs and by the example Spark job in local[1] and local[2], side by side in one run.
#
#   benchmarks/spark/run.sh [RECORDS] [WORK_DIR]     default: 1000000 records in /tmp/privacy-spark-bench
#   KINDS=simple benchmarks/spark/run.sh 5000000     only the simple data set (default: simple cross-record)
#
# Needs org.privacy.dsl.cli/target/privacy.jar and the example job built (./mvnw -B -f examples/spark-job/pom.xml
# package, after ./mvnw -B install); MVN_ARGS is added to the Maven command that lists the job's class path. Prints
# wall time, peak resident memory and records per second of each run; for Spark also the start-up (JVM and session,
# measured on an empty folder) and the check alone as the job times it. Fails if Spark and the CLI count different
# findings.
set -euo pipefail
cd "$(dirname "$0")/../.."
records=${1:-1000000}
work=${2:-${TMPDIR:-/tmp}/privacy-spark-bench}
jar=org.privacy.dsl.cli/target/privacy.jar
job=examples/spark-job
heap=${PRIVACY_BENCH_HEAP:--Xmx1g}
now=2024-01-01T00:00:00Z
# what spark-submit adds to every driver and executor JVM on JDK 17 (Spark's JavaModuleOptions), so that the job runs
# as a cluster launches it; the check itself needs none of them since it keeps its Datasets on disk (SPARK_JVM_FLAGS=
# measures a plain launch)
spark_flags=${SPARK_JVM_FLAGS-"--add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
	--add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
	--add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
	--add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
	--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
	--add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
	--add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
	-Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"}
[[ -f $jar ]] || { echo "missing $jar: run ./mvnw -B package -DskipTests first" >&2; exit 2; }
[[ -d $job/target/classes/canal/plus ]] || { echo "build $job first (see its README)" >&2; exit 2; }

mkdir -p "$work"
rules_cross="$work/cross-record-rules"
mkdir -p "$rules_cross"
cp examples/canal-plus/rules/model.privacy examples/canal-plus/rules/vocabulary.privacy \
	examples/canal-plus/rules/rules.privacy benchmarks/bulk/cross-record/window.privacy "$rules_cross/"
kinds=${KINDS:-simple cross-record}
for kind in $kinds; do
	if [[ ! -f "$work/$kind/.records-$records" ]]; then
		rm -rf "$work/$kind"
		java benchmarks/bulk/GenerateBulkData.java "$kind" "$records" "$work/$kind"
		touch "$work/$kind/.records-$records"
	fi
done
mkdir -p "$work/empty"
: >"$work/empty/Account.jsonl"
if [[ ! -f $work/classpath ]]; then
	# shellcheck disable=SC2086
	./mvnw -B -q -f $job/pom.xml ${MVN_ARGS:-} dependency:build-classpath -Dmdep.includeScope=test \
		-Dmdep.outputFile="$work/classpath" >/dev/null
fi
classpath="$job/target/classes:$(cat "$work/classpath")"

timed() { # LABEL COMMAND...: prints "LABEL seconds peak-KB"
	local label=$1 status=0
	shift
	/usr/bin/time -f "%e %M" -o "$work/time-$label.txt" "$@" >"$work/out-$label.txt" 2>"$work/err-$label.txt" \
		|| status=$?
	if ((status > 1)); then
		echo "$label failed ($status): see $work/err-$label.txt" >&2
		exit 1
	fi
	echo "$label $(tail -1 "$work/time-$label.txt")"
}

cli() { # LABEL DATA RULES JOBS
	timed "$1" java "$heap" -jar "$jar" check "$2" --rules "$3" --now $now --format json --out "$work/cli-$1.json" \
		--jobs "$4" --no-progress
}

spark() { # LABEL DATA CORES POLICY...
	local label=$1 data=$2 cores=$3
	shift 3
	local policies=()
	for policy in "$@"; do policies+=(--policy "$policy"); done
	# shellcheck disable=SC2086
	timed "$label" java "$heap" $spark_flags -cp "$classpath" -Dspark.master="local[$cores]" -Dspark.driver.bindAddress=127.0.0.1 \
		-Dspark.driver.host=127.0.0.1 -Dspark.ui.enabled=false -Dspark.sql.shuffle.partitions=$((cores * 4)) \
		com.acme.privacy.CheckJob "${policies[@]}" --data "$data" --now $now --out "$work/spark-$label"
}

cli_findings() { grep -o '"findings" : [0-9]*' "$work/cli-$1.json" | head -1 | grep -o '[0-9]*$'; }
spark_findings() { cat "$work/spark-$1"/findings/*.json | wc -l; }
check_time() { grep -o ': [0-9.]* s$' "$work/out-$1.txt" | grep -o '[0-9.]*'; }

echo "records: $records; heap: $heap; $(nproc) cores; $(java -version 2>&1 | head -1)"
read -r _ base _ < <(cli cli-empty "$work/empty" benchmarks/bulk/simple 1)
read -r _ spark_base _ < <(spark spark-empty "$work/empty" 1 bulk.simple.Accounts)
echo "fixed cost: CLI (JVM, compiling the rules) ${base} s; Spark (JVM, session) ${spark_base} s"
printf '%-26s %9s %10s %12s %14s\n' run wall peak-MB records/s "check alone"
while read -r label seconds peak; do
	fixed=$base
	alone=""
	if [[ $label == spark-* ]]; then
		fixed=$spark_base
		alone="$(check_time "$label") s"
	fi
	awk -v l="$label" -v t="$seconds" -v b="$fixed" -v m="$peak" -v n="$records" -v a="$alone" \
		'BEGIN { printf "%-26s %8.1fs %10.0f %12.0f %14s\n", l, t, m / 1024, (t > b ? n / (t - b) : 0), a }'
done < <(
	if [[ " $kinds " == *" simple "* ]]; then
		cli cli-simple-jobs-1 "$work/simple" benchmarks/bulk/simple 1
		cli cli-simple-jobs-2 "$work/simple" benchmarks/bulk/simple 2
		spark spark-simple-local-1 "$work/simple" 1 bulk.simple.Accounts
		spark spark-simple-local-2 "$work/simple" 2 bulk.simple.Accounts
	fi
	if [[ " $kinds " == *" cross-record "* ]]; then
		cli cli-cross-jobs-1 "$work/cross-record" "$rules_cross" 1
		cli cli-cross-jobs-2 "$work/cross-record" "$rules_cross" 2
		spark spark-cross-local-1 "$work/cross-record" 1 canal.plus.CanalPlus canal.plus.CallPressure
		spark spark-cross-local-2 "$work/cross-record" 2 canal.plus.CanalPlus canal.plus.CallPressure
	fi
)
for kind in ${kinds//cross-record/cross}; do
	c=$(cli_findings cli-$kind-jobs-1)
	for run in spark-$kind-local-1 spark-$kind-local-2; do
		s=$(spark_findings $run)
		[[ $c == "$s" ]] || { echo "$run: $s findings, the CLI $c" >&2; exit 1; }
	done
	echo "$kind: $c findings from the CLI and from Spark"
done
