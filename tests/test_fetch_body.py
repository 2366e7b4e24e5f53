"""Requests with a body: sent as given, dropped on a 303 (as browsers do), kept on a 307,
and replayed whole from a page's cache entry."""

from __future__ import annotations

import asyncio
import json

import pytest

from scraper.errors import RetriableError
from scraper.fetch import Fetcher, FetchSettings
from scraper.pipeline import follow_up_record, follow_up_request
from sources.base import Page, Request
from tests.loopback import Handler, LoopbackServer, Response

FAST = FetchSettings(retries=0, deadline=5.0, timeout=5.0)


def fetch(request: Request) -> Page:
    async def go() -> Page:
        async with Fetcher(FAST) as fetcher:
            return await fetcher.fetch(request, robots=False)

    return asyncio.run(go())


def echo(handler: Handler) -> Response:
    seen = {"method": handler.command, "body": handler.body.decode()}
    seen["type"] = handler.headers.get("Content-Type", "")
    return Response(json.dumps(seen))


def test_post_sends_its_body_and_content_type() -> None:
    with LoopbackServer({"/jobs": echo}) as srv:
        got = fetch(Request.post_json(srv.url + "/jobs", {"offset": 20, "limit": 20})).json()
    assert got == {
        "method": "POST",
        "body": '{"limit":20,"offset":20}',
        "type": "application/json",
    }


def test_303_after_post_goes_on_as_get_without_body_and_307_keeps_it() -> None:
    routes = {
        "/see-other": Response(status=303, headers={"Location": "/jobs"}),
        "/temporary": Response(status=307, headers={"Location": "/jobs"}),
        "/jobs": echo,
    }
    with LoopbackServer(routes) as srv:
        after_303 = fetch(Request.post_json(srv.url + "/see-other", {"offset": 0})).json()
        after_307 = fetch(Request.post_json(srv.url + "/temporary", {"offset": 0})).json()
    assert (after_303["method"], after_303["body"], after_303["type"]) == ("GET", "", "")
    assert (after_307["method"], after_307["body"]) == ("POST", '{"offset":0}')


def test_a_cached_follow_up_is_replayed_with_body_and_headers() -> None:
    request = Request.post_json("https://a.example/jobs", {"offset": 40}, {"board": "b"})
    record = json.loads(json.dumps(follow_up_record(request)))  # as stored: JSON
    assert follow_up_request(record) == request
    get = Request("https://a.example/page/2", meta={"page": 2})
    assert follow_up_request(json.loads(json.dumps(follow_up_record(get)))) == get


def test_a_post_is_retried_only_when_it_says_it_only_reads() -> None:
    answers: list[int] = []

    def flaky(handler: Handler) -> Response:
        answers.append(503 if len(answers) % 2 == 0 else 200)
        return Response(b"{}", answers[-1])

    settings = FetchSettings(retries=1, deadline=5.0, timeout=5.0, backoff=0.01)

    async def go(request: Request) -> int:
        async with Fetcher(settings) as fetcher:
            return (await fetcher.fetch(request, robots=False)).status

    with LoopbackServer({"/search": flaky}) as srv:
        search = Request.post_json(srv.url + "/search", {"offset": 0}, idempotent=True)
        assert asyncio.run(go(search)) == 200 and answers == [503, 200]
        with pytest.raises(RetriableError, match="503"):
            asyncio.run(go(Request.post_json(srv.url + "/search", {"offset": 0})))
    assert answers == [503, 200, 503]  # a plain POST is sent once
