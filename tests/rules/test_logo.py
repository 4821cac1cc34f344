"""Player logo: JPEG or PNG by content, at most 100 KiB and 200×100 px."""

import os
import shutil
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin

from aiozstream.errors import InputError
from aiozstream.rules.logo import MAX_LOGO_BYTES, LogoInfo, check_player_logo

FIXTURES = Path(__file__).parents[3] / "shared" / "fixtures"
LOGO_PNG = FIXTURES / "logo.png"
TEST_JPG = FIXTURES / "test.jpg"

needs_fixtures = pytest.mark.skipif(not LOGO_PNG.exists(), reason="shared fixtures are absent")


def make_image(path: Path, size: tuple[int, int], image_format: str, **options) -> Path:
    Image.new("RGB", size, (200, 30, 30)).save(path, format=image_format, **options)
    return path


def pad_to(path: Path, total_bytes: int) -> Path:
    """Append zero bytes, which decoders ignore after the image's end, up to ``total_bytes``."""
    missing = total_bytes - path.stat().st_size
    assert missing >= 0
    with path.open("ab") as image_file:
        image_file.write(b"\0" * missing)
    return path


def rejection(path, **kwargs) -> InputError:
    with pytest.raises(InputError) as caught:
        check_player_logo(path, **kwargs)
    return caught.value


@needs_fixtures
def test_fixture_png_accepted():
    info = check_player_logo(LOGO_PNG)
    assert info == LogoInfo(format="PNG", width=100, height=100, size=2882)
    assert info.content_type == "image/png"


@needs_fixtures
def test_fixture_jpeg_accepted():
    info = check_player_logo(str(TEST_JPG))
    assert (info.format, info.width, info.height) == ("JPEG", 43, 43)
    assert info.size == TEST_JPG.stat().st_size
    assert info.content_type == "image/jpeg"


def test_largest_allowed_accepted(tmp_path):
    path = pad_to(make_image(tmp_path / "max.png", (200, 100), "PNG"), MAX_LOGO_BYTES)
    info = check_player_logo(path)
    assert (info.width, info.height, info.size) == (200, 100, MAX_LOGO_BYTES)


def test_too_wide_rejected(tmp_path):
    error = rejection(make_image(tmp_path / "wide.png", (201, 100), "PNG"))
    assert error.key == "rules.logo_too_large"
    message = error.render("en")
    assert "201×100" in message
    assert "200×100" in message


def test_too_tall_rejected(tmp_path):
    error = rejection(make_image(tmp_path / "tall.jpg", (200, 101), "JPEG"))
    assert error.key == "rules.logo_too_large"
    assert "200×101" in error.render("en")


def test_too_heavy_rejected(tmp_path):
    path = pad_to(make_image(tmp_path / "heavy.png", (50, 50), "PNG"), MAX_LOGO_BYTES + 1)
    error = rejection(path)
    assert error.key == "rules.logo_too_heavy"
    message = error.render("en")
    assert str(MAX_LOGO_BYTES + 1) in message
    assert str(MAX_LOGO_BYTES) in message


def test_heavy_metadata_rejected(tmp_path):
    metadata = PngImagePlugin.PngInfo()
    metadata.add_text("Comment", "x" * 110_000)
    path = make_image(tmp_path / "comment.png", (20, 20), "PNG", pnginfo=metadata)
    assert rejection(path).key == "rules.logo_too_heavy"


def test_gif_rejected(tmp_path):
    error = rejection(make_image(tmp_path / "logo.gif", (20, 20), "GIF"))
    assert error.key == "rules.logo_format"
    assert error.params["detected"] == "GIF"
    assert "JPEG or PNG" in error.render("en")


@pytest.mark.parametrize(
    ("image_format", "detected"), [("BMP", "BMP"), ("WEBP", "WebP"), ("TIFF", "TIFF")]
)
def test_other_formats_rejected(tmp_path, image_format, detected):
    error = rejection(make_image(tmp_path / "logo.png", (20, 20), image_format))
    assert error.key == "rules.logo_format"
    assert error.params["detected"] == detected


def test_png_named_jpg_accepted(tmp_path):
    path = make_image(tmp_path / "logo.jpg", (120, 60), "PNG")
    assert check_player_logo(path).format == "PNG"


def test_jpeg_named_png_accepted(tmp_path):
    path = make_image(tmp_path / "logo.png", (120, 60), "JPEG")
    assert check_player_logo(path).format == "JPEG"


def test_text_named_png_rejected(tmp_path):
    path = tmp_path / "logo.png"
    path.write_text("definitely not an image\n")
    error = rejection(path)
    assert error.key == "rules.logo_format"
    assert error.params["detected"] == "not an image"
    assert str(path) in error.render("en")


def test_empty_file_rejected(tmp_path):
    path = tmp_path / "logo.png"
    path.write_bytes(b"")
    error = rejection(path)
    assert error.key == "rules.logo_format"
    assert error.params["detected"] == "empty"


def test_truncated_png_rejected(tmp_path):
    whole = make_image(tmp_path / "whole.png", (100, 50), "PNG").read_bytes()
    path = tmp_path / "cut.png"
    path.write_bytes(whole[: len(whole) // 2])
    error = rejection(path)
    assert error.key == "rules.logo_corrupt"
    assert error.params["format"] == "PNG"


def test_missing_file_rejected(tmp_path):
    path = tmp_path / "absent.png"
    error = rejection(path)
    assert error.key == "rules.logo_not_found"
    assert str(path) in error.render("en")


def test_directory_rejected(tmp_path):
    assert rejection(tmp_path).key == "rules.logo_not_a_file"


def test_unreadable_file_rejected(tmp_path, monkeypatch):
    path = make_image(tmp_path / "locked.png", (20, 20), "PNG")

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    # The suite may run as root, which chmod cannot lock out, so the open itself fails.
    monkeypatch.setattr(Path, "open", refuse)
    error = rejection(path)
    assert error.key == "rules.logo_unreadable"
    assert "Permission denied" in error.render("en")


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="needs POSIX modes and a non-root user"
)
def test_unreadable_mode_rejected(tmp_path):
    path = make_image(tmp_path / "locked.png", (20, 20), "PNG")
    path.chmod(0)
    assert rejection(path).key == "rules.logo_unreadable"


@needs_fixtures
def test_field_named_in_message(tmp_path):
    path = tmp_path / "logo.txt"
    shutil.copy(LOGO_PNG, path)
    assert check_player_logo(path).format == "PNG"
    assert "--logo" in rejection(tmp_path / "nope.png", field="--logo").render("en")
