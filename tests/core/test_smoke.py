from django.test import Client


def test_it_shows_the_welcome_page_on_first_run(db: None, client: Client) -> None:
    response = client.get("/", follow=True)
    assert response.redirect_chain[-1][0] == "/welcome/"
    assert b"not a crisis service" in response.content


def test_it_opens_today_for_alice(alice_client: Client) -> None:
    response = alice_client.get("/")
    assert response.status_code == 200
    assert b"Hello, Alice" in response.content
