"""Reading articles: every input format, every bad input, the shared files and the examples."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from kg.articles import (
    ArticleOrError,
    decode_bytes,
    iter_files,
    parse_date,
    read_article,
    read_articles,
    read_file,
    read_path,
)
from kg.errors import EmptyInputError, InputError
from kg.lang import detect_lang
from kg.models import Article

SHARED = Path(__file__).parents[3] / "shared"
EXAMPLES = Path(__file__).parents[2] / "examples" / "articles"

AR_TEXT = (
    "قال وزير الخارجية الأردني أيمن الصفدي، أمس الأحد، إن بلاده ترفض أي تهجير للفلسطينيين، "
    "وأكد أن عمّان ستواصل إرسال المساعدات الإنسانية إلى قطاع غزة.\n"
    "وأعرب الوزير عن «قلق بالغ» من تدهور الأوضاع، داعيا المجتمع الدولي إلى التحرك فورا."
)
EN_TEXT = (
    "Jordan's foreign minister said on Sunday that his country rejected any displacement of "
    "Palestinians, and that Amman would keep sending humanitarian aid to the Gaza Strip.\n"
    '"We are deeply worried," he told reporters in Amman after meeting his Egyptian counterpart.'
)


def articles(items: list[ArticleOrError]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def errors(items: list[ArticleOrError]) -> list[InputError]:
    return [i for i in items if isinstance(i, InputError)]


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    return path


def only_error(items: list[ArticleOrError]) -> InputError:
    assert len(items) == 1, items
    item = items[0]
    assert isinstance(item, InputError), item
    return item


# ------------------------------------------------------------------------------------- .txt


def test_plain_utf8_txt_gets_stem_id_detected_lang_and_no_metadata(tmp_path: Path) -> None:
    a = read_article(write(tmp_path / "jordan-gaza.txt", AR_TEXT + "\n\n"))
    assert a.id == "jordan-gaza"
    assert a.text == AR_TEXT
    assert a.lang == "ar"
    assert (a.url, a.title, a.source, a.published) == (None, None, None, None)
    assert a.path == str(tmp_path / "jordan-gaza.txt")


def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    a = read_article(write(tmp_path / "bom.txt", "\ufeff" + EN_TEXT))
    assert a.text == EN_TEXT
    assert a.lang == "en"


def test_windows_1256_arabic_with_crlf_is_decoded_and_normalised(tmp_path: Path) -> None:
    path = write(tmp_path / "legacy.txt", AR_TEXT.replace("\n", "\r\n"), encoding="cp1256")
    with pytest.raises(UnicodeDecodeError):
        path.read_bytes().decode("utf-8")
    a = read_article(path)
    assert a.text == AR_TEXT
    assert a.lang == "ar"


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    a = read_article(write(tmp_path / "u16.txt", AR_TEXT, encoding="utf-16"))
    assert a.text == AR_TEXT


def test_front_matter_sets_metadata_and_is_removed_from_text(tmp_path: Path) -> None:
    path = write(
        tmp_path / "a.txt",
        "---\n"
        "# written by hand\n"
        "id: jo-2025-01\n"
        "url: https://example.org/jo/1\n"
        'title: "Jordan rejects displacement"\n'
        "source: Example Wire\n"
        "published: 2025-02-09\n"
        "lang: en-GB\n"
        "---\n\n" + EN_TEXT + "\n",
    )
    a = read_article(path)
    assert a.id == "jo-2025-01"
    assert a.url == "https://example.org/jo/1"
    assert a.title == "Jordan rejects displacement"
    assert a.source == "Example Wire"
    assert a.published == date(2025, 2, 9)
    assert a.lang == "en"
    assert a.text == EN_TEXT


def test_front_matter_url_is_the_id_when_no_id_is_given(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "---\nurl: https://example.org/x\n---\n" + EN_TEXT)
    assert read_article(path).id == "https://example.org/x"


@pytest.mark.parametrize(
    "written",
    ["20th, March 2025", "March 20, 2025", "2025-03-20T08:00:00Z", "20 آذار/مارس 2025"],
)
def test_front_matter_published_accepts_written_dates(tmp_path: Path, written: str) -> None:
    path = write(tmp_path / "a.txt", f"---\npublished: {written}\n---\n{EN_TEXT}")
    assert read_article(path).published == date(2025, 3, 20)


@pytest.mark.parametrize(
    ("front", "where", "message"),
    [
        ("---\npubished: 2025-01-01\n---\n", ":2", "unknown front-matter key 'pubished'"),
        ("---\ntitle Jordan\n---\n", ":2", "not 'key: value'"),
        ("---\nid: a\nid: b\n---\n", ":3", "given twice"),
        ("---\ntitle: x\n", "", "never closed"),
        ("---\npublished: last Tuesday\n---\n", "", "published: cannot read 'last Tuesday'"),
        ("---\nlang: Arabic language\n---\n", "", "lang: "),
    ],
)
def test_bad_front_matter_is_an_error_naming_file_and_line(
    tmp_path: Path, front: str, where: str, message: str
) -> None:
    path = write(tmp_path / "bad.txt", front + EN_TEXT)
    err = only_error(list(read_path(path)))
    assert err.path == f"{path}{where}"
    assert message in str(err)
    assert str(err).startswith(str(path))
    assert "\n" not in str(err)


def test_front_matter_without_text_is_empty_input(tmp_path: Path) -> None:
    err = only_error(list(read_path(write(tmp_path / "a.txt", "---\nid: x\n---\n\n  \n"))))
    assert isinstance(err, EmptyInputError)


# ----------------------------------------------------------------------------- bad inputs


def test_empty_file_is_empty_input_error(tmp_path: Path) -> None:
    path = write(tmp_path / "empty.txt", "")
    err = only_error(list(read_path(path)))
    assert isinstance(err, EmptyInputError)
    assert str(err) == f"{path}: empty file"


def test_whitespace_only_file_is_empty_input_error(tmp_path: Path) -> None:
    err = only_error(list(read_path(write(tmp_path / "blank.txt", " \n\t\n"))))
    assert isinstance(err, EmptyInputError)


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00")
    err = only_error(list(read_path(path)))
    assert err.path == str(path)
    assert "binary file" in str(err)


def test_undecodable_bytes_are_unknown_encoding(tmp_path: Path) -> None:
    path = tmp_path / "noise.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 8)
    err = only_error(list(read_path(path)))
    assert "unknown encoding" in str(err)
    assert err.path == str(path)


def test_utf8_mojibake_as_windows_1256_is_not_accepted() -> None:
    # UTF-8 Arabic with one corrupt byte: Windows-1256 would "decode" it into ط§ظ„ soup.
    data = AR_TEXT.encode("utf-8") + b"\xff"
    with pytest.raises(InputError, match="unknown encoding"):
        decode_bytes(data, path="x.txt")


def test_other_encodings_fall_back_to_detection() -> None:
    text = "Le ministre a déclaré mardi que la réunion aura lieu à Genève en février."
    assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")
    russian = "Министр иностранных дел заявил во вторник, что переговоры продолжатся."
    assert decode_bytes(russian.encode("cp1251"))[0] == russian


def test_missing_path_is_an_error_not_an_exception(tmp_path: Path) -> None:
    path = tmp_path / "nope.txt"
    err = only_error(list(read_articles([path])))
    assert str(err) == f"{path}: no such file or directory"


def test_unsupported_file_type_given_explicitly_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "report.pdf", "%PDF-1.7")
    err = only_error(list(read_articles([path])))
    assert "unsupported file type '.pdf'" in str(err)


def test_read_article_raises_the_error(tmp_path: Path) -> None:
    with pytest.raises(EmptyInputError, match="empty file"):
        read_article(write(tmp_path / "e.txt", ""))


# ---------------------------------------------------------------------------- .json/.jsonl


def record(**fields: object) -> dict[str, object]:
    return {"text": EN_TEXT, **fields}


def test_json_single_record_with_extra_fields(tmp_path: Path) -> None:
    rec = record(
        id="r1",
        url="https://example.org/r1",
        title="T",
        source="S",
        published="2024-12-09",
        lang="en",
        entities=[{"id": "e1"}],
        relations=[],
    )
    path = write(tmp_path / "one.json", json.dumps(rec))
    a = read_article(path)
    assert (a.id, a.url, a.title, a.source, a.lang) == (
        "r1",
        "https://example.org/r1",
        "T",
        "S",
        "en",
    )
    assert a.published == date(2024, 12, 9)
    assert a.path == str(path)


def test_json_list_yields_each_record_and_errors_name_the_index(tmp_path: Path) -> None:
    recs = [record(id=7), {"id": "no-text"}, record(text=AR_TEXT)]
    path = write(tmp_path / "many.json", json.dumps(recs, ensure_ascii=False))
    items = list(read_path(path))
    good = articles(items)
    assert [a.id for a in good] == ["7", "many-3"]
    assert good[1].lang == "ar"
    (err,) = errors(items)
    assert isinstance(err, EmptyInputError)
    assert err.path == f"{path}[1]"
    assert "no 'text'" in str(err)


def test_invalid_json_file_names_the_line(tmp_path: Path) -> None:
    path = write(tmp_path / "broken.json", '{\n  "text": "x",\n  "id": \n}')
    err = only_error(list(read_path(path)))
    assert err.path == f"{path}:4"
    assert "invalid JSON" in str(err)


def test_json_scalar_or_empty_list_is_refused(tmp_path: Path) -> None:
    assert "expected a JSON object" in str(
        only_error(list(read_path(write(tmp_path / "s.json", '"just text"'))))
    )
    assert isinstance(
        only_error(list(read_path(write(tmp_path / "l.json", "[]")))), EmptyInputError
    )


def test_jsonl_bad_lines_are_errors_and_the_other_lines_still_yield(tmp_path: Path) -> None:
    lines = [
        json.dumps(record(id="a")),
        "",
        "{not json",
        json.dumps({"id": "c", "text": "   "}),
        json.dumps(["a", "list"]),
        json.dumps(record(id="f", published="yesterday")),
        json.dumps(record(id="g", lang=5)),
        json.dumps(record(text=AR_TEXT), ensure_ascii=False),
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    items = list(read_path(path))
    assert [a.id for a in articles(items)] == ["a", "feed-8"]
    errs = {e.path: e for e in errors(items)}
    assert set(errs) == {f"{path}:{n}" for n in (3, 4, 5, 6, 7)}
    assert "invalid JSON" in str(errs[f"{path}:3"])
    assert isinstance(errs[f"{path}:4"], EmptyInputError)
    assert "expected a JSON object" in str(errs[f"{path}:5"])
    assert "published" in str(errs[f"{path}:6"])
    assert "lang" in str(errs[f"{path}:7"])
    assert all("\n" not in str(e) for e in errs.values())


def test_jsonl_line_that_is_not_utf8_is_an_error_for_that_line_only(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    good = json.dumps(record(id="ok")).encode()
    bad = json.dumps(record(id="bad"), ensure_ascii=False).replace("Jordan", "Jérdan")
    path.write_bytes(good + b"\n" + bad.encode("cp1252") + b"\n")
    items = list(read_path(path))
    assert [a.id for a in articles(items)] == ["ok"]
    (err,) = errors(items)
    assert err.path == f"{path}:2"


def test_empty_jsonl_is_empty_input(tmp_path: Path) -> None:
    assert isinstance(
        only_error(list(read_path(write(tmp_path / "e.jsonl", "\n\n")))), EmptyInputError
    )


# ------------------------------------------------------------------------------------ .html

PAGE = """<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="{charset}">
<title>{title} | Example Wire</title>
<link rel="canonical" href="https://example.org/world/{slug}">
<meta property="og:site_name" content="Example Wire">
<meta property="article:published_time" content="2025-02-09T07:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a>
<a href="/subscribe">Subscribe today for unlimited access</a></nav>
<main><article><h1>{title}</h1>
{paragraphs}
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Ten recipes for a quick dinner</a></li>
<li><a href="/b">Markets close higher on Friday</a></li></ul></aside></main>
<footer><p>Copyright 2025 Example Wire. All rights reserved.</p></footer>
</body></html>"""


def page(text: str, *, lang: str, title: str, charset: str = "utf-8") -> str:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in text.split("\n"))
    return PAGE.format(lang=lang, charset=charset, title=title, slug="jo", paragraphs=paragraphs)


def test_html_main_text_and_metadata_without_boilerplate(tmp_path: Path) -> None:
    body = "\n".join([EN_TEXT] * 3)
    path = write(tmp_path / "story.html", page(body, lang="en-US", title="Jordan rejects plan"))
    a = read_article(path)
    assert "rejected any displacement of Palestinians" in a.text
    assert "deeply worried" in a.text
    for boilerplate in ("Subscribe", "Most read", "recipes", "Copyright"):
        assert boilerplate not in a.text
    assert a.title == "Jordan rejects plan"
    assert a.url == a.id == "https://example.org/world/jo"
    assert a.source == "Example Wire"
    assert a.published == date(2025, 2, 9)
    assert a.lang == "en"


def test_html_declared_windows_1256_is_decoded(tmp_path: Path) -> None:
    body = "\n".join([AR_TEXT] * 3)
    path = write(
        tmp_path / "legacy.htm",
        page(body, lang="ar", title="الأردن يرفض التهجير", charset="windows-1256"),
        encoding="cp1256",
    )
    a = read_article(path)
    assert "أيمن الصفدي" in a.text
    assert a.lang == "ar"
    assert a.title == "الأردن يرفض التهجير"


def test_html_without_article_text_is_empty_input(tmp_path: Path) -> None:
    path = write(tmp_path / "shell.html", "<html><head><title>x</title></head><body></body></html>")
    err = only_error(list(read_path(path)))
    assert isinstance(err, EmptyInputError)
    assert err.path == str(path)


# ------------------------------------------------------------------------------ directories


def test_directory_is_recursive_sorted_and_skips_hidden_and_other_files(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", EN_TEXT)
    write(tmp_path / "a.txt", AR_TEXT)
    write(tmp_path / "sub" / "c.jsonl", json.dumps(record(id="c")) + "\n")
    write(tmp_path / "sub" / "d.JSON", json.dumps(record(id="d")))
    write(tmp_path / ".hidden.txt", EN_TEXT)
    write(tmp_path / ".git" / "e.txt", EN_TEXT)
    write(tmp_path / "notes.md", EN_TEXT)
    write(tmp_path / "pic.png", "x")
    files = list(iter_files([tmp_path]))
    assert files == [
        tmp_path / "a.txt",
        tmp_path / "b.txt",
        tmp_path / "sub/c.jsonl",
        tmp_path / "sub/d.JSON",
    ]
    assert [a.id for a in articles(list(read_path(tmp_path)))] == ["a", "b", "c", "d"]


def test_directory_with_one_bad_file_among_good_ones(tmp_path: Path) -> None:
    write(tmp_path / "1-good.txt", EN_TEXT)
    (tmp_path / "2-bad.txt").write_bytes(b"\x00\x01\x02binary")
    write(tmp_path / "3-good.txt", AR_TEXT)
    write(tmp_path / "4-empty.json", "")
    items = list(read_articles([tmp_path]))
    assert [a.id for a in articles(items)] == ["1-good", "3-good"]
    errs = errors(items)
    assert [e.path for e in errs] == [str(tmp_path / "2-bad.txt"), str(tmp_path / "4-empty.json")]
    assert isinstance(errs[1], EmptyInputError)


def test_empty_directory_is_reported(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    err = only_error(list(read_articles([tmp_path / "empty"])))
    assert isinstance(err, EmptyInputError)


def test_several_paths_keep_their_order(tmp_path: Path) -> None:
    z = write(tmp_path / "z.txt", EN_TEXT)
    a = write(tmp_path / "a.txt", AR_TEXT)
    assert [x.id for x in articles(list(read_articles([z, a])))] == ["z", "a"]


# ---------------------------------------------------------------------- keyword metadata


def test_keywords_fill_in_what_a_text_file_does_not_declare(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", "---\nsource: Declared Wire\n---\n" + AR_TEXT)
    a = read_article(
        path,
        lang="ar",
        source="Flag Wire",
        published="9 February 2025",
        url="https://example.org/a",
        title="A",
    )
    assert a.source == "Declared Wire"
    assert (a.published, a.url, a.title, a.lang) == (
        date(2025, 2, 9),
        "https://example.org/a",
        "A",
        "ar",
    )
    assert a.id == "https://example.org/a"


def test_record_fields_beat_keywords(tmp_path: Path) -> None:
    lines = [
        json.dumps(record(id="r1", lang="en", published="2024-01-02")),
        json.dumps(record(id="r2", text=AR_TEXT), ensure_ascii=False),
    ]
    path = write(tmp_path / "mixed.jsonl", "\n".join(lines))
    r1, r2 = articles(list(read_path(path, lang="ar", published="2025-05-05")))
    assert (r1.lang, r1.published) == ("en", date(2024, 1, 2))
    assert (r2.lang, r2.published) == ("ar", date(2025, 5, 5))


def test_keywords_beat_what_is_guessed_from_html(tmp_path: Path) -> None:
    body = "\n".join([EN_TEXT] * 3)
    path = write(tmp_path / "p.html", page(body, lang="en", title="Page title"))
    a = read_article(path, published="2025-02-10", source="Flag Wire", title="Better title")
    assert (a.published, a.source, a.title) == (date(2025, 2, 10), "Flag Wire", "Better title")


def test_lang_keyword_beats_detection(tmp_path: Path) -> None:
    a = read_article(write(tmp_path / "a.txt", EN_TEXT), lang="und")
    assert a.lang == "und"


def test_bad_keyword_values_raise_at_call_time(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="published"):
        read_articles([tmp_path], published="soon")
    with pytest.raises(InputError, match="lang"):
        read_articles([tmp_path], lang="Arabic!")


def test_url_or_title_for_several_articles_is_refused(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", EN_TEXT)
    write(tmp_path / "b.txt", EN_TEXT)
    with pytest.raises(InputError, match="one article"):
        read_articles([tmp_path], url="https://example.org/x")
    with pytest.raises(InputError, match="one article"):
        read_articles([tmp_path / "a.txt", tmp_path / "b.txt"], title="T")


def test_read_file_takes_shared_keywords(tmp_path: Path) -> None:
    path = write(tmp_path / "r.jsonl", json.dumps(record(id="x")) + "\n")
    (a,) = articles(list(read_file(path, source="Wire", published=date(2025, 1, 2))))
    assert (a.source, a.published) == ("Wire", date(2025, 1, 2))


# ------------------------------------------------------------------------ dates, language


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("2025-03-20", date(2025, 3, 20)),
        ("2025-03-20T23:30:00+03:00", date(2025, 3, 20)),
        ("2025-03-20 06:00:00Z", date(2025, 3, 20)),
        ("2025/3/20", date(2025, 3, 20)),
        ("20th, March 2025 GMT", date(2025, 3, 20)),
        ("Thursday, March 20, 2025 10:15 am", date(2025, 3, 20)),
        ("Sept 1st 2024", date(2024, 9, 1)),
        ("8 كانون الأول 2024", date(2024, 12, 8)),
        ("الخميس ٢٠ مارس ٢٠٢٥", date(2025, 3, 20)),
        ("30 تموز/يوليو 2024", date(2024, 7, 30)),
    ],
)
def test_parse_date_accepts(written: str, expected: date) -> None:
    assert parse_date(written) == expected


@pytest.mark.parametrize(
    "written",
    ["20/03/2025", "March 2025", "yesterday", "2025-02-30", "31 June 2025", "", "20 Smarch 2025"],
)
def test_parse_date_refuses(written: str) -> None:
    with pytest.raises(ValueError):
        parse_date(written)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (AR_TEXT, "ar"),
        (EN_TEXT, "en"),
        ("قالت وكالة Reuters إن الرئيس Emmanuel Macron سيزور الجزائر الشهر المقبل", "ar"),
        ("The minister said the word «سلام» was chosen with care by both sides.", "en"),
        ("Der Außenminister sagte am Dienstag, die Gespräche würden fortgesetzt.", "und"),
        ("12:30 — 2025", "und"),
        ("", "und"),
    ],
)
def test_detect_lang(text: str, lang: str) -> None:
    assert detect_lang(text) == lang


# ------------------------------------------------------------------- shared files, examples


def test_gold_dev_set_reads_as_input() -> None:
    dev = SHARED / "eval" / "dev.jsonl"
    if not dev.exists():
        pytest.skip("../shared/eval/dev.jsonl is absent")
    items = list(read_path(dev))
    assert errors(items) == []
    gold = [
        json.loads(line) for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    got = articles(items)
    assert [a.id for a in got] == [g["id"] for g in gold]
    for a, g in zip(got, gold, strict=True):
        assert a.text == g["text"]
        assert a.lang == g["lang"]
        assert detect_lang(a.text) == g["lang"], a.id
        if g.get("published"):
            assert a.published == date.fromisoformat(g["published"])


def test_seed_text_files_read_as_arabic_without_metadata() -> None:
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    if not seeds:
        pytest.skip("../shared/seeds is absent")
    for item in read_articles(seeds):
        assert isinstance(item, Article), item
        assert item.lang == "ar"
        assert item.id == Path(item.path or "").stem
        assert item.published is None and item.url is None
        assert "بوتين" in item.text


def test_examples_read_cleanly_in_every_format() -> None:
    items = list(read_path(EXAMPLES))
    assert errors(items) == []
    got = {a.id: a for a in articles(items)}
    assert len(got) >= 8
    langs = [a.lang for a in got.values()]
    assert langs.count("ar") >= 4 and langs.count("en") >= 4
    suffixes = {Path(a.path or "").suffix.split(":")[0] for a in got.values()}
    assert {".txt", ".html"} <= suffixes
    assert any(".jsonl:" in (a.path or "") for a in got.values())
    for a in got.values():
        assert a.published is not None, a.id
        assert a.title, a.id
        assert 150 <= len(a.text.split()) <= 350, a.id
    legacy = EXAMPLES / "ar-02-algeria-recalls-ambassador.cp1256.txt"
    with pytest.raises(UnicodeDecodeError):
        legacy.read_bytes().decode("utf-8")
    assert got["example-ar-02"].published == date(2024, 7, 31)
    assert "\r" not in got["example-ar-02"].text
    assert got["example-en-02"].published == date(2023, 3, 26)  # written as "March 26, 2023"
    assert got["example-en-03"].lang == "en"  # no lang in its front-matter: detected


def test_gold_md_spans_are_exact_substrings_of_the_examples() -> None:
    import re

    got = {a.id: a for a in articles(list(read_path(EXAMPLES)))}
    gold = (EXAMPLES / "GOLD.md").read_text(encoding="utf-8")
    sections = re.split(r"\n## ", gold)[1:]
    assert len(sections) == len(got)
    for section in sections:
        head = section.split(" — ")[0]
        m = re.search(r"\(id: (\S+)\)", head)
        article = got[m[1] if m else head.strip()]
        spans = [
            span
            for line in section.splitlines()
            if line.startswith("| ")
            for span in re.findall(r"`([^`]+)`", line)
        ]
        assert len(spans) >= 10, article.id
        missing = [s for s in spans if s not in article.text]
        assert missing == [], (article.id, missing)


def test_examples_readme_lists_every_example_file() -> None:
    readme = (EXAMPLES.parent / "README.md").read_text(encoding="utf-8")
    for path in sorted(EXAMPLES.iterdir()):
        assert f"`{path.name}`" in readme, path.name


def test_url_for_a_file_of_several_records_is_refused_after_the_first(tmp_path: Path) -> None:
    lines = [json.dumps(record(id=None)), json.dumps(record(id=None))]
    path = write(tmp_path / "two.jsonl", "\n".join(lines))
    items = list(read_articles([path], url="https://example.org/one"))
    assert [a.id for a in articles(items)] == ["https://example.org/one"]
    assert "holds several" in str(only_error(items[1:]))


def test_a_single_path_string_is_one_path(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", EN_TEXT)
    assert [a.id for a in articles(list(read_articles(str(path))))] == ["a"]
    assert [a.id for a in articles(list(read_articles(path)))] == ["a"]
