#!/usr/bin/env python3
"""Latency of `most lsp`: time from a didChange to its publishDiagnostics.

  bench/lsp_latency.py MOST PLAN [--changes N] [--as-of DAY]

Starts `MOST lsp`, opens PLAN, then sends N full-text changes one at a time (each alters one
tactic's action, so every change is a real re-check) and waits for the diagnostics of that
version. Prints the median, 90th percentile and worst latency in milliseconds. bench/run.py
calls measure() for the 1,000-tactic plan (target: 50 ms) and a typical plan (target: 5 ms).
"""
import argparse
import json
import os
import select
import statistics
import subprocess
import sys
import time


class Server:
    def __init__(self, most, as_of):
        self.process = subprocess.Popen([most, "lsp", "--as-of", as_of], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        self.buffer = b""

    def send(self, message):
        body = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def receive(self):
        fd = self.process.stdout.fileno()
        while True:
            head, sep, rest = self.buffer.partition(b"\r\n\r\n")
            if sep:
                length = int(head.split(b":")[1])
                if len(rest) >= length:
                    self.buffer = rest[length:]
                    return json.loads(rest[:length])
            select.select([fd], [], [])
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                raise RuntimeError("the server closed its output")
            self.buffer += chunk

    def wait_for(self, predicate):
        while True:
            message = self.receive()
            if predicate(message):
                return message

    def close(self):
        self.send({"jsonrpc": "2.0", "id": 99, "method": "shutdown"})
        self.wait_for(lambda m: m.get("id") == 99)
        self.send({"jsonrpc": "2.0", "method": "exit"})
        self.process.wait(timeout=10)


def published(version):
    return lambda m: (m.get("method") == "textDocument/publishDiagnostics"
                      and m["params"].get("version") == version)


def measure(most, plan, changes=30, as_of="2026-11-27"):
    """Latencies in seconds of `changes` didChange → publishDiagnostics round trips."""
    with open(plan, encoding="utf-8") as source:
        text = source.read()
    uri = "file://" + os.path.abspath(plan)
    server = Server(most, as_of)
    server.send({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                 "params": {"capabilities": {}}})
    server.wait_for(lambda m: m.get("id") == 1)
    server.send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    server.send({"jsonrpc": "2.0", "method": "textDocument/didOpen",
                 "params": {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1,
                                             "text": text}}})
    server.wait_for(published(1))
    marker = "action: "
    at = text.index(marker) + len(marker)
    latencies = []
    for version in range(2, changes + 2):
        changed = text[:at] + f"Edit {version} of " + text[at:]
        start = time.perf_counter()
        server.send({"jsonrpc": "2.0", "method": "textDocument/didChange",
                     "params": {"textDocument": {"uri": uri, "version": version},
                                "contentChanges": [{"text": changed}]}})
        server.wait_for(published(version))
        latencies.append(time.perf_counter() - start)
    server.close()
    return latencies


def summary(latencies):
    ordered = sorted(latencies)
    return (statistics.median(ordered), ordered[int(0.9 * (len(ordered) - 1))], ordered[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("most")
    parser.add_argument("plan")
    parser.add_argument("--changes", type=int, default=30)
    parser.add_argument("--as-of", default="2026-11-27")
    args = parser.parse_args()
    median, p90, worst = summary(measure(args.most, args.plan, args.changes, args.as_of))
    print(f"didChange → publishDiagnostics: median {median * 1e3:.2f} ms, "
          f"90th percentile {p90 * 1e3:.2f} ms, worst {worst * 1e3:.2f} ms")


if __name__ == "__main__":
    sys.exit(main())
