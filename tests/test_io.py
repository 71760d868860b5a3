"""Tests for analyst_kit.io: every bad input gets a clear InputError naming the file."""

from __future__ import annotations

import pytest

from analyst_kit.errors import InputError
from analyst_kit.io import decode_bytes, html_to_text, read_text

UKR = "Губернатор Луганської області Сергій Гайдай заявив, що Сєвєродонецьк під обстрілом."


def test_utf8_and_newlines(tmp_path):
    p = tmp_path / "r.txt"
    p.write_bytes(b"date 2022-06-14\r\nLine two\rLine three")
    assert read_text(p) == "date 2022-06-14\nLine two\nLine three"


@pytest.mark.parametrize("enc", ["cp1251", "koi8_u"])
def test_legacy_cyrillic_encodings(tmp_path, enc):
    p = tmp_path / f"{enc}.txt"
    p.write_bytes((UKR + " " + UKR).encode(enc))
    assert "Сєвєродонецьк" in read_text(p)


@pytest.mark.parametrize(
    "bom,enc", [(b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")]
)
def test_boms(tmp_path, bom, enc):
    p = tmp_path / "bom.txt"
    p.write_bytes(bom + UKR.encode(enc))
    assert read_text(p) == UKR


@pytest.mark.parametrize(
    "content,needle",
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"%PDF-1.7 binary", "PDF"),
        (b"\x89PNG\r\n\x1a\n....", "PNG"),
        (b"abc\x00\x01\x02def" * 10, "binary"),
    ],
)
def test_bad_files_name_file_and_problem(tmp_path, content, needle):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(InputError) as e:
        read_text(p)
    assert str(p) in str(e.value) and needle in str(e.value)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="not found"):
        read_text(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder"):
        read_text(tmp_path)


def test_size_limit_is_clear_and_can_be_raised(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text("Bridge destroyed near Lysychansk. " * 2000)
    with pytest.raises(InputError, match="limit"):
        read_text(p, max_bytes=10_000)
    assert read_text(p, max_bytes=1_000_000).startswith("Bridge")


def test_html_scripts_dropped():
    page = (
        "<html><head><title>Wire</title><script>alert('x')</script></head>"
        "<body><p>Haidai said <b>all three</b> bridges were destroyed.</p>"
        "<img src=x onerror=alert(1)><style>p{}</style></body></html>"
    )
    text, info = decode_bytes(page.encode(), "page.html")
    assert info["html"]
    assert "alert" not in text and "<" not in text
    assert "Haidai said all three bridges were destroyed." in " ".join(text.split())
    assert html_to_text("<p>a</p><script>x()</script>").strip() == "a"


def test_plain_text_with_angle_brackets_is_not_html():
    text, info = decode_bytes(b"Shares < 50% and > 10% were claimed.", "t.txt")
    assert not info["html"] and text.startswith("Shares < 50%")
