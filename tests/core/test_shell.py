from django.test import Client

from tests.conftest import TestAccount, page_text


def test_it_sends_a_strict_content_security_policy(alice: TestAccount, alice_client: Client) -> None:
    policy = alice_client.get("/")["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy


def test_it_uses_no_inline_script_or_outside_assets(alice: TestAccount, alice_client: Client, client: Client) -> None:
    for c, url in [(client, "/sign-in/"), (client, "/help/"), (alice_client, "/"), (alice_client, "/people/")]:
        page = c.get(url).content.decode()
        assert "<script>" not in page and "onclick" not in page and "style=" not in page, url
        assert "http://" not in page.replace("http://127.0.0.1", "") or "findahelpline" in page
        for src in page.split('src="')[1:]:
            assert src.startswith("/static/"), src[:60]


def test_it_shows_only_the_areas_that_exist(alice_client: Client) -> None:
    nav = page_text(alice_client.get("/")).split('aria-label="Main"')[1].split("</nav>")[0]
    assert [label for label in ["Today", "People", "Safety plan", "Settings", "Lock"] if label in nav] == [
        "Today",
        "People",
        "Safety plan",
        "Settings",
        "Lock",
    ]
    assert 'aria-current="page">Today' in nav


def test_it_puts_the_csrf_token_on_the_body_for_htmx(alice_client: Client) -> None:
    assert 'hx-headers=\'{"X-CSRFToken": "' in alice_client.get("/").content.decode()


def test_it_serves_its_own_htmx(db: None, client: Client) -> None:
    for path in ["nearer/vendor/htmx-2.0.11.min.js", "nearer/css/nearer.css", "nearer/js/shell.js"]:
        response = client.get("/static/" + path)
        assert response.status_code == 200, path
        assert len(b"".join(response.streaming_content)) > 1000


def test_it_answers_unknown_pages_kindly(alice_client: Client) -> None:
    response = alice_client.get("/no/such/page/")
    assert response.status_code == 404
    assert "There is nothing here" in page_text(response)


def test_it_points_to_first_steps_on_today(alice_client: Client) -> None:
    page = page_text(alice_client.get("/"))
    assert "Add the people who matter" in page
    assert "Make a safety plan" in page
    assert "Choose your country" in page
    alice_client.post("/people/add/", {"name": "Jordan", "relationship": "friend"})
    alice_client.post("/help/plan/", {"coping_alone": "walk"})
    alice_client.post("/settings/", {"display_name": "Alice", "country": "US", "lock_after_minutes": "30"})
    page = page_text(alice_client.get("/"))
    assert "Your circle" in page and "Your safety plan" in page and "Choose your country" not in page


def test_it_keeps_pages_out_of_the_browser_cache(alice: TestAccount, alice_client: Client, client: Client) -> None:
    for c, url in [(alice_client, "/"), (alice_client, "/people/"), (client, "/sign-in/")]:
        assert c.get(url)["Cache-Control"] == "no-store", url
    assert "no-store" not in client.get("/static/nearer/css/nearer.css").get("Cache-Control", "")


def test_it_marks_settings_only_on_settings_pages(alice_client: Client) -> None:
    assert 'aria-current="page">Settings' in alice_client.get("/settings/passphrase/").content.decode()
    alice_client.post("/settings/recovery-code/", {"passphrase": "kettle orbit violet tuesday"})
    page = alice_client.get("/recovery-code/").content.decode()
    assert "Save your recovery code" in page
    assert 'aria-current="page"' not in page
