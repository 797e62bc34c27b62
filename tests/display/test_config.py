"""Display settings: defaults without a file, clear errors for bad values, readable colours."""

from __future__ import annotations

from pathlib import Path

import pytest

from display.config import MIN_CONTRAST, Colours, ConfigError, DisplayConfig, load_config
from display.contrast import contrast_ratio


def test_defaults_work_without_a_file() -> None:
    config = load_config(None)
    assert config == DisplayConfig()
    assert config.language == "de"
    assert config.sound.voice == "gmw/de"
    assert config.shows("A", "3")


def test_default_colours_meet_wcag_aa() -> None:
    for name, (fg, bg) in Colours().pairs().items():
        ratio = contrast_ratio(fg, bg)
        assert ratio >= MIN_CONTRAST, f"{name}: {fg} on {bg} is only {ratio:.2f}:1"
    # The main pairs are far above the minimum.
    assert contrast_ratio("#FFFFFF", "#0B1F3A") > 15
    assert contrast_ratio("#0B1F3A", "#FFD400") > 10


def test_contrast_ratio_matches_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)


def test_a_full_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "display.toml"
    path.write_text(
        '[display]\noffice_name = "Bürgerbüro Süd"\nlanguage = "en"\nrecent_count = 4\n'
        'services = ["A"]\ncounters = ["1", "3"]\nblink_seconds = 2.5\n'
        '[colours]\nbackground = "#000000"\ntext = "#ffffff"\n'
        '[sound]\nspeech = false\nrate = 170\nvolume = 0.8\nsecond_language = "en"\n',
        encoding="utf-8",
    )
    config = load_config(path)
    assert config.office_name == "Bürgerbüro Süd"
    assert config.recent_count == 4
    assert config.services == ("A",) and config.counters == ("1", "3")
    assert config.colours.text == "#FFFFFF"
    assert not config.sound.speech and config.sound.rate == 170
    assert config.shows("A", "3") and not config.shows("M", "3") and not config.shows("A", "2")
    assert config.shows("A", None)  # queues have no counter


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[display]\nrecent_count = 99\n", "display.recent_count must be a whole number"),
        ("[display]\nrecent_count = true\n", "display.recent_count must be a whole number"),
        ("[display]\nlanguage = \"fr\"\n", "display.language must be one of 'de', 'en'"),
        ("[display]\nservices = \"A\"\n", "display.services must be a list"),
        ("[display]\ncolour = 1\n", "unknown key 'colour' at [display]"),
        ("[colours]\ntext = \"white\"\n", "colours.text must be a colour"),
        ("[colours]\ntext = \"#1A1A1A\"\n", "contrast of 1.1:1"),
        ("[sound]\nvolume = 2\n", "sound.volume must be a number from 0 to 1"),
        ("[sound]\nspeech = \"yes\"\n", "sound.speech must be true or false"),
        ("display = 3\n", "[display] must be a table"),
        ("[display\n", "not valid TOML"),
    ],
)
def test_bad_values_are_named(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "display.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"display\.toml") as info:
        load_config(path)
    assert message in str(info.value)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read the file"):
        load_config(tmp_path / "nope.toml")
