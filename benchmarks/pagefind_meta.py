"""What Pagefind's metadata file (pagefind.<lang>_<hash>.pf_meta) is made of.

Every first query fetches it whole, so at archive scale it is the largest fixed
cost of search. It is gzip around 'pagefind_dcd' + CBOR: [version, pages
[[fragment hash, word count]...], index chunks [[from, to, hash]...], filters
[[name, hash]...], sorts [[name, [page order...]]...], meta fields]. This reads
it with a minimal CBOR decoder (no dependency) and prints each part's size, as
gzip would send it alone.
"""
from __future__ import annotations

import gzip
import zlib
from pathlib import Path

SIGNATURE = b"pagefind_dcd"
PARTS = ("version", "pages", "index chunks", "filters", "sorts", "meta fields")


def _head(data: bytes, i: int) -> tuple[int, int, int]:
    """(major type, value or length, next offset) of the CBOR item at i."""
    major, info = data[i] >> 5, data[i] & 31
    if info < 24:
        return major, info, i + 1
    size = {24: 1, 25: 2, 26: 4, 27: 8}[info]
    return major, int.from_bytes(data[i + 1:i + 1 + size], "big"), i + 1 + size


def _skip(data: bytes, i: int) -> int:
    """The offset after the CBOR item at i."""
    major, value, i = _head(data, i)
    if major in (2, 3):
        return i + value
    if major in (4, 5):
        for _ in range(value * (2 if major == 5 else 1)):
            i = _skip(data, i)
    return i


def meta_parts(bundle: Path) -> dict[str, tuple[int, int]]:
    """part -> (count of items, bytes gzipped on its own) of the bundle's metadata."""
    path = next(bundle.glob("pagefind.*.pf_meta"))
    data = gzip.decompress(path.read_bytes())
    if not data.startswith(SIGNATURE):
        raise ValueError(f"{path}: not a Pagefind metadata file")
    data = data[len(SIGNATURE):]
    _, count, i = _head(data, 0)
    out = {}
    for name in PARTS[:count]:
        end = _skip(data, i)
        out[name] = (_head(data, i)[1], len(zlib.compress(data[i:end], 9)))
        i = end
    return out


def describe(bundle: Path) -> str:
    path = next(bundle.glob("pagefind.*.pf_meta"))
    parts = meta_parts(bundle)
    return (f"Pagefind metadata {path.stat().st_size / 1024:,.1f} KB: " + ", ".join(
        f"{name} {count:,} ({size / 1024:,.1f} KB)" for name, (count, size) in parts.items()
        if name in ("pages", "index chunks", "sorts")))
