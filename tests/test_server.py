"""The HTTP API: same contract as the CLI, coded errors as JSON, the UI page is served."""

import datetime as dt

import pytest
from fastapi.testclient import TestClient

from newsgraph.server import create_app

pytestmark = pytest.mark.model

TEXT = (
    "Russian forces shelled villages near Kupiansk on Monday night, regional officials said. "
    '"The shelling went on until dawn," a local official told Reuters.'
)


@pytest.fixture(scope="module")
def client() -> TestClient:
    return TestClient(create_app())


def test_analyze_returns_the_contract(client: TestClient) -> None:
    response = client.post("/api/analyze", json={"text": TEXT, "published": "2024-03-05"})
    assert response.status_code == 200
    document = response.json()
    assert document["schema"] == "newsgraph.article/1"
    assert document["meta"]["published"] == dt.date(2024, 3, 5).isoformat()
    assert document["text"] == TEXT


def test_bad_input_is_a_coded_json_error(client: TestClient) -> None:
    empty = client.post("/api/analyze", json={"text": "  "})
    assert empty.status_code == 422
    assert empty.json()["detail"]["code"] == "E001"
    nothing = client.post("/api/analyze", json={"outlet": "x"})
    assert nothing.json()["detail"]["code"] == "E007"


def test_query_without_a_database_is_refused_clearly(client: TestClient) -> None:
    response = client.get("/api/query/speakers")
    assert response.status_code == 404
    assert response.json()["detail"]["code"] == "E040"


def test_ui_page_is_served(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "/api/analyze" in page.text
