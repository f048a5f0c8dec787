#!/usr/bin/env python3
"""The editor step of the README, for real: a plan from `most init`, opened in the YAML
language server (the engine of VS Code's YAML extension, and of Neovim's, Helix's and Zed's
YAML support), which follows the plan's modeline to the schema of `most schema`.

Usage: yaml_language_server.py MOST SOURCE_DIR
The server comes from YAML_LANGUAGE_SERVER (its JavaScript entry point or an executable) or
from build/tools/node_modules (where .ci/run installs it from the npm registry); without it
the test prints SKIP.

Checks, over the Language Server Protocol on stdio: the starter plan has no diagnostics; a
misspelt key and a status that does not exist are diagnosed on their lines; completion inside
a tactic offers its keys, and after `status:` the five statuses; hover on a key shows the
schema's description; a modeline naming a schema by a path relative to the plan works too.
"""

import json
import os
import pathlib
import queue
import shutil
import subprocess
import sys
import tempfile
import threading

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def find_server(source):
    named = os.environ.get("YAML_LANGUAGE_SERVER")
    candidates = [named] if named else []
    candidates.append(str(source / "build/tools/node_modules/yaml-language-server/bin/"
                          "yaml-language-server"))
    for candidate in candidates:
        if candidate and os.path.exists(candidate):
            return candidate
    return None


class Server:
    """A minimal LSP client: requests with ids, notifications, and a reader thread."""

    def __init__(self, command, root, settings):
        self.settings = settings
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                        stderr=subprocess.DEVNULL, cwd=root)
        self.messages = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self):
        stream = self.process.stdout
        while True:
            length = None
            while True:
                line = stream.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                name, _, value = line.decode().partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            self.messages.put(json.loads(stream.read(length)))

    def send(self, message):
        body = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method, params):
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        return self.wait(lambda m: m.get("id") == self.next_id and "method" not in m)["result"]

    def wait(self, wanted, timeout=60):
        """Answers the server's own requests while waiting for a message `wanted` accepts."""
        while True:
            message = self.messages.get(timeout=timeout)
            if "method" in message and "id" in message:  # a request from the server
                result = None
                if message["method"] == "workspace/configuration":
                    result = [self.settings.get(item.get("section"), None)
                              for item in message["params"]["items"]]
                self.send({"jsonrpc": "2.0", "id": message["id"], "result": result})
                continue
            if wanted(message):
                return message

    def diagnostics(self, uri, version):
        """The diagnostics published for `uri` after its change to `version`."""
        def published(message):
            return (message.get("method") == "textDocument/publishDiagnostics"
                    and message["params"]["uri"] == uri
                    and message["params"].get("version", version) == version)
        return self.wait(published)["params"]["diagnostics"]


def labels(result):
    items = result["items"] if isinstance(result, dict) else result or []
    return {item["label"] for item in items}


def main():
    most, source = pathlib.Path(sys.argv[1]).resolve(), pathlib.Path(sys.argv[2]).resolve()
    server = find_server(source)
    if server is None or shutil.which("node") is None:
        print("SKIP: no yaml-language-server (set YAML_LANGUAGE_SERVER or run .ci/run's npm "
              "install into build/tools)")
        return 0
    command = [server, "--stdio"] if os.access(server, os.X_OK) else ["node", server, "--stdio"]
    schema = source / "schema/most-plan.schema.json"
    with tempfile.TemporaryDirectory() as work:
        subprocess.run([str(most), "init", "plan.yaml", "--as-of", "2026-11-27", "--schema",
                        str(schema)], cwd=work, check=True, capture_output=True)
        plan_path = pathlib.Path(work) / "plan.yaml"
        plan = plan_path.read_text()
        uri = plan_path.as_uri()
        yaml_settings = {"validate": True, "completion": True, "hover": True,
                         "schemaStore": {"enable": False}}
        lsp = Server(command, work, {"yaml": yaml_settings})
        try:
            lsp.request("initialize", {
                "processId": os.getpid(), "rootUri": pathlib.Path(work).as_uri(),
                "capabilities": {"textDocument": {
                    "completion": {"completionItem": {"snippetSupport": False}},
                    "hover": {"contentFormat": ["plaintext", "markdown"]},
                    "publishDiagnostics": {"versionSupport": True}},
                    "workspace": {"configuration": True}}})
            lsp.notify("initialized", {})
            lsp.notify("workspace/didChangeConfiguration", {"settings": {"yaml": yaml_settings}})

            lsp.notify("textDocument/didOpen", {"textDocument": {
                "uri": uri, "languageId": "yaml", "version": 1, "text": plan}})
            found = lsp.diagnostics(uri, 1)
            check(found == [], f"the starter plan has diagnostics: {found}")

            lines = plan.split("\n")
            owner_line = lines.index("            owner: sam")
            status_line = lines.index("            status: todo        # todo | doing | done "
                                      "| blocked | dropped")
            broken = lines.copy()
            broken[owner_line] = "            ownr: sam"
            broken[status_line] = "            status: finished"
            lsp.notify("textDocument/didChange", {
                "textDocument": {"uri": uri, "version": 2},
                "contentChanges": [{"text": "\n".join(broken)}]})
            found = lsp.diagnostics(uri, 2)
            on_line = {d["range"]["start"]["line"] for d in found}
            text = " ".join(d["message"] for d in found)
            check(owner_line in on_line and "ownr" in text,
                  f"the misspelt key is not diagnosed on line {owner_line + 1}: {found}")
            check(status_line in on_line, f"status: finished is not diagnosed: {found}")

            # Completion: a new key inside tactic T1, and the value of status:.
            editing = lines.copy()
            editing.insert(owner_line + 1, "            ")
            editing[status_line + 1] = "            status: "
            lsp.notify("textDocument/didChange", {
                "textDocument": {"uri": uri, "version": 3},
                "contentChanges": [{"text": "\n".join(editing)}]})
            keys = labels(lsp.request("textDocument/completion", {
                "textDocument": {"uri": uri},
                "position": {"line": owner_line + 1, "character": 12}}))
            # T1 has id, action, owner, due, status, budget and resources already.
            check({"done_on", "notes", "start", "ignore"} <= keys and "budget" not in keys,
                  f"completion in a tactic offers {sorted(keys)}")
            statuses = labels(lsp.request("textDocument/completion", {
                "textDocument": {"uri": uri},
                "position": {"line": status_line + 1, "character": 20}}))
            check({"todo", "doing", "done", "blocked", "dropped"} <= statuses,
                  f"completion after status: offers {sorted(statuses)}")

            budget_line = next(i for i, line in enumerate(editing) if "budget: 1500" in line)
            hover = lsp.request("textDocument/hover", {
                "textDocument": {"uri": uri},
                "position": {"line": budget_line,
                             "character": editing[budget_line].index("b") + 1}})
            contents = json.dumps(hover)
            check("How much it costs" in contents, f"hover on budget shows {contents[:300]}")
            # A schema committed beside the plans, named by a relative path, is found too.
            shutil.copy(schema, pathlib.Path(work) / "most-plan.schema.json")
            subprocess.run([str(most), "init", "team.yaml", "--as-of", "2026-11-27", "--schema",
                            "most-plan.schema.json"], cwd=work, check=True, capture_output=True)
            team = pathlib.Path(work) / "team.yaml"
            team_uri = team.as_uri()
            lsp.notify("textDocument/didOpen", {"textDocument": {
                "uri": team_uri, "languageId": "yaml", "version": 1,
                "text": team.read_text().replace("owner: sam", "ownr: sam")}})
            found = lsp.diagnostics(team_uri, 1)
            check(any("ownr" in d["message"] for d in found),
                  f"a relative modeline does not lead to the schema: {found}")
            lsp.request("shutdown", None)
            lsp.notify("exit", None)
        finally:
            try:
                lsp.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                lsp.process.kill()
    print(f"yaml-language-server: {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
