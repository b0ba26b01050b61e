"""Turning a file's bytes into text: encodings, BOM, line endings. Never writes."""

from __future__ import annotations

from dataclasses import dataclass

from digest.findings import Finding, error, warning

MAX_BYTES = 1_000_000  # a news article is a few KB; a bigger file is a mistake or an attack


@dataclass(frozen=True)
class SourceText:
    path: str  # relative to the repository root
    text: str  # decoded, without BOM, with "\n" line endings


def decode(path: str, data: bytes) -> tuple[SourceText | None, list[Finding]]:
    """Decode UTF-8 (with or without BOM); fall back to Windows-1252 with a warning."""
    findings: list[Finding] = []
    if len(data) > MAX_BYTES:
        return None, [
            error(
                "E203",
                path,
                f"file is {len(data):,} bytes, over the {MAX_BYTES:,} limit",
                "split it into separate articles or remove embedded data",
            )
        ]
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            return None, [
                error(
                    "E204",
                    path,
                    "file is neither UTF-8 nor Windows-1252 text",
                    "save it as UTF-8 text",
                    line,
                )
            ]
        findings.append(
            warning(
                "E201",
                path,
                f"file is not UTF-8 (byte 0x{data[exc.start]:02x}); read as Windows-1252",
                "convert it: iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE.new && mv FILE.new FILE",
                line,
            )
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        return None, [
            error(
                "E205",
                path,
                "file contains a NUL byte: it is not a text file",
                "save the article as plain UTF-8 text",
                line,
            )
        ]
    if not text.strip():
        return None, [
            error(
                "E202",
                path,
                "file is empty",
                "write the date line and the article text, or delete the file",
            )
        ]
    return SourceText(path, text), findings
