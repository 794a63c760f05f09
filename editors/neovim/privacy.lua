-- Privacy rules in Neovim 0.7 or newer, with Neovim's built-in LSP client only (no plugin, no nvim-lspconfig).
--
-- In init.lua:
--   dofile("/path/to/editors/neovim/privacy.lua").setup({ jar = "/path/to/privacy-language-server.jar" })
--
-- Options (all optional): jar (default ~/tools/privacy-language-server.jar), java (default "java"),
-- classpath (a list of folders and jars holding the classes entities are bound to; by default the server looks in
-- the project's target/classes and target/dependency).
local M = {}

-- The folder a file belongs to: the nearest one above it holding a pom.xml or a .git, else the file's own folder.
-- (vim.fs, which would do this, came with Neovim 0.8.)
local function root_of(file)
  local dir = vim.fn.fnamemodify(file, ":p:h")
  local pom = vim.fn.findfile("pom.xml", dir .. ";")
  if pom ~= "" then
    return vim.fn.fnamemodify(pom, ":p:h")
  end
  local git = vim.fn.finddir(".git", dir .. ";")
  if git ~= "" then
    return vim.fn.fnamemodify(git, ":p:h:h")
  end
  return dir
end

function M.setup(opts)
  opts = opts or {}
  local jar = opts.jar or vim.fn.expand("~/tools/privacy-language-server.jar")
  local cmd = { opts.java or "java", "-jar", jar }
  local clients = {} -- one server per root folder, shared by the files under it

  -- vim.filetype.add is opt-in on 0.7, so the file type is set by an autocommand, which every version reads.
  vim.cmd([[
    augroup privacy_filetype
      autocmd!
      autocmd BufRead,BufNewFile *.privacy setfiletype privacy
    augroup END
  ]])

  -- :PrivacyRunScenarios runs the scenarios of the current file's folder and shows "N passed, N failed".
  vim.api.nvim_create_user_command("PrivacyRunScenarios", function()
    vim.lsp.buf.execute_command({ command = "privacy.runScenarios", arguments = { vim.uri_from_bufnr(0) } })
  end, { desc = "Run the scenarios of the rule files in this folder" })

  vim.api.nvim_create_autocmd("FileType", {
    pattern = "privacy",
    callback = function(args)
      local buf = args.buf
      vim.bo[buf].commentstring = "// %s"
      local root = root_of(vim.api.nvim_buf_get_name(buf))
      if not clients[root] then
        clients[root] = vim.lsp.start_client({
          name = "privacy",
          cmd = cmd,
          root_dir = root,
          workspace_folders = { { uri = vim.uri_from_fname(root), name = root } },
          init_options = { privacy = { classpath = opts.classpath or {} } },
          on_exit = function()
            clients[root] = nil
          end,
        })
      end
      if clients[root] then
        vim.lsp.buf_attach_client(buf, clients[root])
      end
    end,
  })
end

return M
