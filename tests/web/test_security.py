"""Serving safely: headers on every response, the Host check, a trailing-slash
redirect that never leaves the site, HEAD, and the warning when ``serve``
binds beyond loopback (a real ``newsgraph serve`` under uvicorn)."""

from __future__ import annotations

import http.client
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from newsgraph.web.app import create_app
from newsgraph.web.security import allowed_hosts, is_loopback, normal
from newsgraph.web.serve import warning

HEADERS = {
    "content-security-policy": "frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    "referrer-policy": "no-referrer",
}


def _secured(headers: dict[str, str] | object) -> None:
    for name, value in HEADERS.items():
        assert value in headers[name], name  # type: ignore[index]
    csp = headers["content-security-policy"]  # type: ignore[index]
    assert "default-src 'none'" in csp and "script-src" not in csp  # no script, ever


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/", 200),
        ("GET", "/people", 200),
        ("GET", "/timeline?q=Genf", 200),
        ("GET", "/person/per:selenski:vl", 200),
        ("GET", "/?format=csv", 200),
        ("GET", "/?format=json", 200),
        ("GET", "/nowhere", 404),
        ("GET", "/article/not-a-hash", 422),
        ("GET", "/?limit=0", 400),
        ("POST", "/", 405),
        ("HEAD", "/people", 200),
        ("GET", "/people/", 308),
    ],
)
def test_every_response_carries_the_security_headers(
    client: TestClient, method: str, path: str, status: int
) -> None:
    r = client.request(method, path, follow_redirects=False)
    assert r.status_code == status
    _secured(r.headers)


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.2", ""])
def test_a_foreign_host_is_refused_with_a_page(client: TestClient, host: str) -> None:
    r = client.get("/timeline/", headers={"host": host}, follow_redirects=False)
    assert r.status_code == 400 and "location" not in r.headers
    assert r.headers["content-type"].startswith("text/html") and "<h1>400" in r.text
    _secured(r.headers)


@pytest.mark.parametrize("host", ["localhost", "localhost:8000", "127.0.0.1:8000", "[::1]:8000"])
def test_loopback_names_are_answered(client: TestClient, host: str) -> None:
    assert client.get("/people", headers={"host": host}).status_code == 200


def test_the_allowed_hosts_are_configurable(db: str) -> None:
    with TestClient(create_app(db, ["news.example.org"]), base_url="http://news.example.org") as c:
        assert c.get("/").status_code == 200
        assert c.get("/", headers={"host": "localhost"}).status_code == 400
    with TestClient(create_app(db, ["*"]), base_url="http://anything.example") as c:
        assert c.get("/").status_code == 200


def test_the_trailing_slash_redirect_is_relative_even_for_any_host(db: str) -> None:
    with TestClient(create_app(db, ["*"]), base_url="http://evil.example") as c:
        r = c.get("/timeline/?q=Genf", follow_redirects=False)
        assert r.status_code == 308 and r.headers["location"] == "/timeline?q=Genf"
        for path in ("/\\evil.example/", "/nowhere/"):
            assert c.get(path, follow_redirects=False).status_code == 404, path


def test_head_is_get_without_a_body(client: TestClient) -> None:
    get, head = client.get("/people"), client.head("/people")
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]


def test_names_and_defaults() -> None:
    assert normal("[::1]:8000") == "::1" and normal("LocalHost:80") == "localhost"
    assert normal("example.org.") == "example.org" and normal("::1") == "::1"
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("0.0.0.0") and not is_loopback("192.168.1.5")
    assert "localhost" in allowed_hosts("127.0.0.1") and "192.168.1.5" in allowed_hosts(
        "192.168.1.5"
    )
    assert allowed_hosts("0.0.0.0", ["News.Example.org"]) == ["news.example.org"]
    assert socket.gethostname().lower() in allowed_hosts("0.0.0.0")
    assert warning("127.0.0.1", ["localhost"]) is None
    said = warning("0.0.0.0", ["*"])
    assert said and "0.0.0.0" in said and "any Host" in said and "--allowed-host" in said


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def wide_server(db: str) -> Iterator[tuple[int, subprocess.Popen[bytes]]]:
    """``newsgraph serve`` bound to every address, answering one Host name."""
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsgraph.cli", "serve", "--db", db, "--host", "0.0.0.0",
         "--port", str(port), "--allowed-host", "news.example.org"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("serve did not come up") from None
                time.sleep(0.1)
        yield port, proc
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _ask(port: int, method: str, host: str, path: str = "/people/") -> http.client.HTTPResponse:
    con = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    con.putrequest(method, path, skip_host=True)
    con.putheader("Host", host)
    con.endheaders()
    return con.getresponse()


def test_serve_beyond_loopback_warns_and_checks_host(
    wide_server: tuple[int, subprocess.Popen[bytes]],
) -> None:
    port, proc = wide_server
    refused = _ask(port, "GET", "evil.example")
    assert refused.status == 400 and refused.getheader("location") is None
    moved = _ask(port, "GET", "news.example.org")
    assert moved.status == 308 and moved.getheader("location") == "/people"
    assert _ask(port, "GET", "news.example.org", "//evil.example/").status == 404
    head = _ask(port, "HEAD", "news.example.org")
    assert head.status == 308 and head.read() == b""
    proc.terminate()
    _, err = proc.communicate(timeout=10)
    first = err.decode().splitlines()[0]
    assert first.startswith("newsgraph serve: warning: listening on 0.0.0.0")
    assert "news.example.org" in first
