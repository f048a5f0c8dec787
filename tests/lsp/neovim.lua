-- Headless Neovim (0.7: vim.lsp.start_client + buf_attach_client) as the client of `most lsp`:
-- open a plan with a misspelt owner, wait for the diagnostic on its line, hover an objective,
-- apply the quick fix and read the buffer back. Any failure quits with a non-zero status.

local most = os.getenv('MOST')
local plan = os.getenv('PLAN')

local function fail(message)
  io.stderr:write('FAIL: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

local function check(condition, message)
  if not condition then
    fail(message)
  end
end

vim.cmd('edit ' .. vim.fn.fnameescape(plan))
local buf = vim.api.nvim_get_current_buf()
local opened = vim.loop.hrtime()
local client_id = vim.lsp.start_client({
  name = 'most',
  cmd = { most, 'lsp', '--as-of', '2026-04-01' },
  root_dir = vim.fn.fnamemodify(plan, ':h'),
  on_exit = function(code)
    if code ~= 0 then
      io.stderr:write('most lsp exited with ' .. code .. '\n')
    end
  end,
})
check(client_id ~= nil, 'the server did not start')
vim.lsp.buf_attach_client(buf, client_id)

-- The misspelt owner is underlined on its line (27, 0-based 26) within a second.
local function owner_finding()
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == 'tactic-owner' then
      return d
    end
  end
end
check(vim.wait(1000, function() return owner_finding() ~= nil end, 10),
  'no tactic-owner diagnostic within a second')
local finding = owner_finding()
io.stdout:write(string.format('diagnostic after %.0f ms on line %d: %s\n',
  (vim.loop.hrtime() - opened) / 1e6, finding.lnum + 1, finding.message))
check(finding.lnum == 26, 'the diagnostic is on line ' .. (finding.lnum + 1) .. ', not 27')
check(finding.source == 'most', 'source is not most')
check(finding.col == 19, 'the diagnostic starts at column ' .. finding.col)

local client = vim.lsp.get_client_by_id(client_id)

-- Hover on the objective's statement: its state and progress.
local hover = client.request_sync('textDocument/hover', {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  position = { line = 11, character = 8 },
}, 2000, buf)
check(hover and hover.result, 'no hover')
local text = hover.result.contents.value
io.stdout:write('hover: ' .. text:gsub('\n', ' | ') .. '\n')
check(text:find('state: **on-track**', 1, true), 'the hover has no state')
check(text:find('progress: 41.7 %', 1, true), 'the hover has no progress')

-- The quick fix for the owner, applied as Neovim applies code actions.
local actions = client.request_sync('textDocument/codeAction', {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  range = { start = { line = 26, character = 19 }, ['end'] = { line = 26, character = 23 } },
  context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(buf, 26), only = { 'quickfix' } },
}, 2000, buf)
check(actions and actions.result and #actions.result > 0, 'no code action')
local action = actions.result[1]
io.stdout:write('code action: ' .. action.title .. '\n')
vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
local line = vim.api.nvim_buf_get_lines(buf, 26, 27, true)[1]
check(line == '            owner: anna', 'after the fix the line is: ' .. line)

-- The change goes to the server, and the finding goes away.
check(vim.wait(2000, function() return owner_finding() == nil end, 10),
  'the tactic-owner diagnostic stayed after the fix')

vim.lsp.stop_client(client_id)
io.stdout:write('PASS\n')
vim.cmd('qall!')
