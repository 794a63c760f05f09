#!/usr/bin/env bash
# This application must NOT build: its rule file names a field (consentGivenAt) that its class lacks.
# Asserts that the build fails at generate-sources with the diagnostic privacy.bound-field-missing.
# Run from the repository root after the reactor is installed: bash examples/consumer-app-broken/check-failure.sh
set -uo pipefail
cd "$(dirname "$0")"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if ../../mvnw -B -f pom.xml verify >"$log" 2>&1; then
	cat "$log"
	echo "FAIL: consumer-app-broken built, but its rules name a field its class lacks" >&2
	exit 1
fi
expected='src/main/privacy/rules.privacy:6:2: error privacy.bound-field-missing: '
# the message says how to bind a class the application cannot change (an adapter)
if ! grep -qF "$expected" "$log" || ! grep -qF "privacy: 1 error(s)" "$log" || ! grep -qF "adapter class" "$log"; then
	cat "$log"
	echo "FAIL: the build failed, but not with '$expected...'" >&2
	exit 1
fi
grep -F "privacy.bound-field-missing" "$log"
echo "OK: consumer-app-broken fails as expected (privacy.bound-field-missing)"
