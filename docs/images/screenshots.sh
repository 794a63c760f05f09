#!/usr/bin/env bash
# Remakes the screenshots of docs/GETTING-STARTED.md from the real programs: Neovim (with editors/neovim/privacy.lua
# and the language server) in an xterm under Xvfb, and the HTML report in headless Chromium.
# Needs the server and command jars (./mvnw -B package -DskipTests) and Debian's xvfb, xterm, imagemagick, neovim,
# chromium, fonts-dejavu-core.   Run from anywhere: bash docs/images/screenshots.sh
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="$root/docs/images"
work="$(mktemp -d "${TMPDIR:-/tmp}/privacy-shots.XXXXXX")"
trap 'kill "${xvfb:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT

mkdir -p "$work/ws"
cp -r "$root/examples/canal-plus/rules" "$work/ws/rules"
git -C "$work/ws" init -q
cat > "$work/ws/rules/first-rule.privacy" <<'PRIVACY'
// My first rule: marketing e-mails must offer a free way to object.
package canal.plus

rule MKT-07 "Every marketing e-mail offers a free way to object"
	basis "CPCE art. L34-5"
	severity law
	email marketing requires optOutLnk
PRIVACY
cat > "$work/init.lua" <<LUA
vim.o.termguicolors = true
vim.o.number = true
vim.o.signcolumn = "yes"
vim.cmd("highlight NormalFloat guibg=#2d2d30 guifg=#d4d4d4")
dofile("$root/editors/neovim/privacy.lua").setup({ jar = "$root/org.privacy.dsl.ide/target/privacy-language-server.jar" })
local shot = os.getenv("SHOT")
vim.defer_fn(function()
  if shot == "editor-hover" then
    vim.api.nvim_win_set_cursor(0, { 5, 9 })
    vim.lsp.buf.hover()
  elseif shot == "editor-scenarios" then
    vim.cmd("edit scenarios.privacy")
    vim.defer_fn(function() vim.cmd("PrivacyRunScenarios") end, 5000)
  end
end, 25000)
LUA

display=:$((RANDOM % 400 + 100))
Xvfb "$display" -screen 0 1000x230x24 >/dev/null 2>&1 &
xvfb=$!
sleep 1
for shot in ${SHOTS:-editor-diagnostic editor-hover editor-scenarios}; do
	# the scenarios run once the typo is mended, as the page's step 4 follows step 3
	[ "$shot" != editor-scenarios ] || sed -i 's/optOutLnk/optOutLink/' "$work/ws/rules/first-rule.privacy"
	(cd "$work/ws/rules" && SHOT=$shot DISPLAY=$display timeout 90 xterm -geometry 110x12+0+0 \
		-fa 'DejaVu Sans Mono' -fs 11 -bg '#1e1e1e' -fg '#d4d4d4' -e nvim -u "$work/init.lua" first-rule.privacy) &
	term=$!
	sleep 45
	DISPLAY=$display import -window root "$out/$shot.png"
	kill "$term" 2>/dev/null || true
	wait "$term" 2>/dev/null || true
done

java -jar "$root/org.privacy.dsl.cli/target/privacy.jar" check "$root/examples/canal-plus" \
	--now 2023-10-12T00:00:00Z --format html --out "$work/report.html" >/dev/null || [ $? -eq 1 ]
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
	--disable-component-update --disable-sync --user-data-dir="$work/chromium" --window-size=1100,760 \
	--screenshot="$out/report.png" "file://$work/report.html" 2>/dev/null
ls -la "$out"/*.png
