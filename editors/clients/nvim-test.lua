-- Drives Neovim's built-in LSP client, set up by editors/neovim/privacy.lua, against the language server, headless:
--   nvim --headless -u NONE -c "luafile nvim-test.lua"   (environment: PRIVACY_SERVER_JAR, PRIVACY_CLIENT_DIR, PRIVACY_CLIENT_OUT)
-- Writes one line per check to PRIVACY_CLIENT_OUT ("ok <what>" or "FAIL <what>: <why>") and quits with 0 or 1.
local here = os.getenv("PRIVACY_CLIENT_DIR")
local out = assert(io.open(os.getenv("PRIVACY_CLIENT_OUT"), "w"))
local failures = 0
local function check(what, ok, why)
  if ok then
    out:write("ok " .. what .. "\n")
  else
    failures = failures + 1
    out:write("FAIL " .. what .. ": " .. tostring(why) .. "\n")
  end
end

local function main()
dofile(here .. "/../neovim/privacy.lua").setup({ jar = os.getenv("PRIVACY_SERVER_JAR") })
  vim.cmd("edit " .. os.getenv("PRIVACY_WORKSPACE") .. "/draft/broken.privacy")
  local buf = vim.api.nvim_get_current_buf()
  check("file type", vim.bo[buf].filetype == "privacy", vim.bo[buf].filetype)
  
  local client
  vim.wait(30000, function()
    client = vim.lsp.get_active_clients()[1]
    return client ~= nil and client.initialized
  end, 100)
  check("server started", client ~= nil and client.initialized, "no client after 30 s")
  if not client then
    return nil
  end
  
  -- Capabilities the server must advertise whatever the client declares (0.7 does not declare workspace.executeCommand).
  local caps = client.server_capabilities
  local commands = caps.executeCommandProvider and caps.executeCommandProvider.commands or {}
  check("executeCommandProvider advertised", vim.tbl_contains(commands, "privacy.runScenarios"), vim.inspect(commands))
  check("foldingRangeProvider advertised", caps.foldingRangeProvider ~= nil, "missing")
  
  vim.wait(30000, function()
    return #vim.diagnostic.get(buf) > 0
  end, 100)
  local diagnostics = vim.diagnostic.get(buf)
  local unknown = vim.tbl_filter(function(d)
    return d.code == "privacy.unknown-name" and d.lnum == tonumber(os.getenv("PRIVACY_TYPO_LINE")) - 1
  end, diagnostics)
  check("diagnostic privacy.unknown-name at the typo", #unknown == 1, vim.inspect(diagnostics))
  
  local function request(method, params)
    -- running the Canal+ scenarios compiles them first: seconds on a busy machine
    local responses = vim.lsp.buf_request_sync(buf, method, params, 120000) or {}
    for _, response in pairs(responses) do
      return response.result, response.error
    end
  end
  local function position(line, text)
    local col = vim.api.nvim_buf_get_lines(buf, line - 1, line, false)[1]:find(text, 1, true)
    return { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = line - 1, character = col } }
  end
  
  local hover = request("textDocument/hover", position(tonumber(os.getenv("PRIVACY_BASIS_LINE")), "GDPR"))
  local hover_text = hover and hover.contents and (hover.contents.value or vim.inspect(hover.contents)) or ""
  check("hover on a legal basis", hover_text:find("GDPR", 1, true) ~= nil, hover_text)
  
  local completion = request("textDocument/completion", position(tonumber(os.getenv("PRIVACY_TYPO_LINE")), "optn"))
  local items = completion and (completion.items or completion) or {}
  check("completion", #items > 0, "no item")
  
  local edits, err = request("textDocument/formatting",
    { textDocument = { uri = vim.uri_from_bufnr(buf) }, options = { tabSize = 4, insertSpaces = false } })
  check("formatting", err == nil and edits ~= nil, vim.inspect(err))
  
  check(":PrivacyRunScenarios defined", vim.fn.exists(":PrivacyRunScenarios") == 2, "missing")
  local scenarios = vim.uri_from_fname(os.getenv("PRIVACY_WORKSPACE") .. "/rules/scenarios.privacy")
  local result, run_err = request("workspace/executeCommand",
    { command = "privacy.runScenarios", arguments = { scenarios } })
  check("run scenarios command", type(result) == "string" and result:find("passed, 0 failed", 1, true) ~= nil,
    vim.inspect(run_err or result))
  return client
end

-- An error in a check must still end Neovim, with the error written down, never leave it waiting.
local done, client = pcall(main)
check("no error in the script", done, client)
out:close()
if done and client then
  vim.lsp.stop_client(client.id)
  vim.wait(5000, function() return vim.tbl_isempty(vim.lsp.get_active_clients()) end, 100)
end
vim.cmd(failures == 0 and "qall!" or "cquit 1")
