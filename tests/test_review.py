"""The HTML review of a batch: files and links checked here, and pages opened in a real browser."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from perfextract.cli import main
from taught import LABELS_TOML, build_taught_report

CHROMIUM = Path("/usr/bin/chromium")
#: Chromium's switches for a headless run on a machine that reaches no network but package
#: registries (no sandbox: CI runs as root).
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


@pytest.fixture(scope="module")
def batch_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A batch over three inputs (two reports, one broken file) with ``--review``."""
    root = tmp_path_factory.mktemp("review")
    archive = root / "archive"
    (archive / "2024").mkdir(parents=True)
    build_taught_report(archive / "taught.pdf")
    shutil.copy(Path(__file__).parent.parent / "samples" / "cremona-2020.pdf", archive / "2024")
    (archive / "broken.pdf").write_bytes(b"not a PDF at all")
    labels = root / "labels.toml"
    labels.write_text(LABELS_TOML, encoding="utf-8")
    out = root / "out"
    argv = ["batch", str(archive), "-o", str(out), "--workers", "1", "--labels", str(labels)]
    assert main([*argv, "-q", "--pages", "1-4", "--review"]) == 1  # the broken input failed
    return out


class Links(HTMLParser):
    """The links, pictures and element ids of one HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.images: list[str] = []
        self.ids: set[str] = set()
        self.rows: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if found.get("id"):
            self.ids.add(found["id"] or "")
        if tag == "a" and found.get("href"):
            self.hrefs.append(found["href"] or "")
        if tag == "img" and found.get("src"):
            self.images.append(found["src"] or "")
        if tag == "tr" and found.get("class"):
            self.rows.append(found["class"] or "")


def parse(page: Path) -> Links:
    links = Links()
    links.feed(page.read_text("utf-8"))
    return links


def test_review_lists_every_input_and_every_link_resolves(batch_out: Path) -> None:
    review = batch_out / "review"
    index = parse(review / "index.html")
    text = (review / "index.html").read_text("utf-8")
    assert index.rows.count("input") == 3
    for name in ("taught.pdf", "cremona-2020.pdf", "broken.pdf"):
        assert name in text
    assert "not a PDF" in text
    pages = [review / href for href in index.hrefs]
    assert len(pages) == 2  # the two inputs read; the broken one has no page
    seen = 0
    for page in [review / "index.html", *pages]:
        links = parse(page)
        for href in links.hrefs:
            parts = urlsplit(href)
            target = page if not parts.path else page.parent / unquote(parts.path)
            assert target.is_file(), (page, href)
            if parts.fragment:
                assert parts.fragment in parse(target).ids, (page, href)
            seen += 1
        for src in links.images:
            picture = page.parent / unquote(src)
            assert picture.is_file() and picture.stat().st_size > 1000, (page, src)
        if page != review / "index.html":
            assert "index.html" in links.hrefs and links.images
    assert seen > 5


def test_review_page_pictures_and_records(batch_out: Path) -> None:
    from PIL import Image

    review = batch_out / "review"
    taught = (review / "taught.html").read_text("utf-8")
    assert "Tempo medio di rilascio dei certificati" in taught
    assert taught.index("Warnings") < taught.index("Page 1")
    with Image.open(review / "img" / "taught-p1.png") as picture:
        assert picture.width >= 800
        # the records are outlined in green on the page
        colours = picture.convert("RGB").getcolors(maxcolors=1 << 20) or []
        assert any(rgb == (0, 150, 60) for _, rgb in colours)


def test_review_command_rewrites_the_review(batch_out: Path, tmp_path: Path) -> None:
    copy = tmp_path / "out"
    shutil.copytree(batch_out, copy)
    shutil.rmtree(copy / "review")
    assert main(["review", str(copy), "-q"]) == 0
    assert (copy / "review" / "index.html").read_text("utf-8") == (
        batch_out / "review" / "index.html"
    ).read_text("utf-8")
    assert main(["review", str(tmp_path / "nothing-here"), "-q"]) == 2


@pytest.mark.skipif(not CHROMIUM.is_file(), reason="Debian's chromium is not installed")
def test_review_in_a_browser(batch_out: Path) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    index = (batch_out / "review" / "index.html").resolve()
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            page.goto(index.as_uri())
            assert page.title() == "perfextract review"
            assert page.locator("tr.input").count() == 3
            documents = page.locator("a.document")
            assert documents.count() == 2
            documents.filter(has_text="cremona-2020.pdf").click()
            page.wait_for_load_state("load")
            assert page.url.endswith("cremona-2020.html")
            assert page.locator("h1").inner_text().endswith("cremona-2020.pdf")
            pictures = page.locator(".page img")
            assert pictures.count() >= 1
            widths = pictures.evaluate_all("(all) => all.map((img) => img.naturalWidth)")
            assert all(width >= 800 for width in widths), widths
            assert page.locator("tr.record").count() > 0
            page.locator("a.back").first.click()
            page.wait_for_load_state("load")
            assert page.url == index.as_uri()
        finally:
            browser.close()
