"""URLs on the command line, fetched from a server the test runs on 127.0.0.1."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from typer.testing import CliRunner

from storytrace.cli import app

PARAGRAPH = "The harbour authority said the new quay would open in the spring after long delays. "
PAGE = (
    "<html><head><title>Quay to open in spring</title>"
    '<meta property="og:site_name" content="Port Weekly"></head><body><article>'
    + "".join(f"<p>{PARAGRAPH * 3}</p>" for _ in range(4))
    + "</article></body></html>"
).encode()


class Handler(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        Handler.hits.append(self.path)
        if self.path == "/robots.txt":
            body, status, kind = b"User-agent: *\nDisallow: /private/\n", 200, "text/plain"
        elif self.path.startswith("/news/"):
            body, status, kind = PAGE, 200, "text/html; charset=utf-8"
        else:
            body, status, kind = b"not here", 404, "text/plain"
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        del format, args


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    Handler.hits = []
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.network
def test_urls_are_fetched_once_and_failures_recorded(server: str, tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "st.db")
    urls = [f"{server}/news/quay", f"{server}/private/memo", f"{server}/missing"]
    result = runner.invoke(app, ["analyze", *urls, "--db", db, "--json"])
    assert result.exit_code == 1
    summary = json.loads(result.stdout)["item"]
    assert summary["stored"] == 1
    assert summary["failed"] == {"fetch_failed": 1, "robots_disallowed": 1}
    assert "/private/memo" not in Handler.hits

    listed = json.loads(runner.invoke(app, ["articles", "--db", db, "--json"]).stdout)["items"]
    assert listed[0]["outlet"] == "Port Weekly"
    assert listed[0]["source"] == {"kind": "url", "location": urls[0], "record": None}

    Handler.hits = []
    again = runner.invoke(app, ["analyze", urls[0], "--db", db, "--json"])
    assert json.loads(again.stdout)["item"]["already_known"] == 1
    assert Handler.hits == []  # a stored URL is not fetched again
