#!/usr/bin/env bash
# Real editor clients against the language server: Neovim 0.7+ (built-in LSP client, set up by
# editors/neovim/privacy.lua) and Emacs 28+ with eglot (editors/emacs/privacy-mode.el), both headless, on a copy of the
# Canal+ rules and a draft with a typo. Each checks the capabilities the server advertises, a diagnostic at the typo,
# hover on a legal basis, completion, formatting and the "run scenarios" command. Needs the server jar
# (./mvnw -B package -DskipTests -pl org.privacy.dsl.ide -am) and Debian's neovim, emacs-nox and elpa-eglot.
#
#   editors/clients/run.sh [nvim|emacs]...     default: both
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/org.privacy.dsl.ide/target/privacy-language-server.jar"
[ -f "$jar" ] || { echo "missing $jar: build it first" >&2; exit 2; }
clients=("$@")
[ ${#clients[@]} -gt 0 ] || clients=(nvim emacs)

work="$(mktemp -d "${TMPDIR:-/tmp}/privacy-clients.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/rules" "$work/draft"
cp "$root"/examples/canal-plus/rules/*.privacy "$work/rules/"
cat > "$work/draft/broken.privacy" <<'PRIVACY'
package draft

policy Draft "A draft with a typo" time zone "Europe/Paris"

entity Newsletter {
	id: text key
	sentAt: datetime
	optin: boolean
}

rule D-01 "A newsletter needs the reader's consent"
	basis "GDPR art. 7"
	severity law
	Newsletter requires optn
PRIVACY
git -C "$work" init -q

export PRIVACY_SERVER_JAR="$jar" PRIVACY_CLIENT_DIR="$here" PRIVACY_WORKSPACE="$work"
export PRIVACY_TYPO_LINE=14 PRIVACY_BASIS_LINE=12
status=0
for client in "${clients[@]}"; do
	export PRIVACY_CLIENT_OUT="$work/$client.out"
	case "$client" in
		nvim) cmd=(nvim --headless -u NONE -c "luafile $here/nvim-test.lua") ;;
		emacs) cmd=(emacs --batch -l "$here/emacs-test.el") ;;
		*) echo "unknown client $client (nvim or emacs)" >&2; exit 2 ;;
	esac
	version="$("${cmd[0]}" --version | head -1)"
	if timeout 180 "${cmd[@]}" >"$work/$client.log" 2>&1 && ! grep -q '^FAIL' "$PRIVACY_CLIENT_OUT"; then
		echo "$version: all checks passed"
	else
		status=1
		echo "$version: failed" >&2
		cat "$work/$client.log" >&2
	fi
	sed 's/^/  /' "$PRIVACY_CLIENT_OUT" 2>/dev/null || echo "  (no result written)"
done
exit $status
