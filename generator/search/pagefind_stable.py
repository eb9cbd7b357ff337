"""Same site, same search bundle: put Pagefind's filter indexes in a fixed order.

Pagefind 1.5.2 writes each filter's values, and the list of filters in its
metadata file, in hash-map order, which changes from run to run (upstream issue
Pagefind/pagefind#638: fragments and word indexes are stable, these are not).
So the bytes and the file names of filter/*.pf_filter, the .pf_meta file and
pagefind-entry.json differ between two builds of the same commit. This rewrites
those files sorted, under names derived from their content. The files are gzip
(mtime 0 here) of b"pagefind_dcd" + CBOR; the CBOR subset Pagefind uses is
unsigned integers, text, byte strings and arrays, which is all that is handled.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import struct
from pathlib import Path

SIGNATURE = b"pagefind_dcd"


class UnexpectedFormat(ValueError):
    """The bundle is not laid out as Pagefind 1.5 lays it out."""


def _head(major: int, value: int) -> bytes:
    if value < 24:
        return bytes([major << 5 | value])
    for info, fmt, limit in ((24, ">B", 1 << 8), (25, ">H", 1 << 16), (26, ">I", 1 << 32),
                             (27, ">Q", 1 << 64)):
        if value < limit:
            return bytes([major << 5 | info]) + struct.pack(fmt, value)
    raise UnexpectedFormat(f"integer too large for CBOR: {value}")


def encode(value) -> bytes:
    if isinstance(value, bool) or value is None:
        raise UnexpectedFormat(f"unexpected CBOR value {value!r}")
    if isinstance(value, int) and value >= 0:
        return _head(0, value)
    if isinstance(value, bytes):
        return _head(2, len(value)) + value
    if isinstance(value, str):
        data = value.encode("utf-8")
        return _head(3, len(data)) + data
    if isinstance(value, list):
        return _head(4, len(value)) + b"".join(encode(v) for v in value)
    raise UnexpectedFormat(f"unexpected CBOR value {value!r}")


def decode(data: bytes, at: int = 0):
    """One CBOR item from data[at:]; returns (value, index after it)."""
    major, info = data[at] >> 5, data[at] & 31
    at += 1
    if info < 24:
        arg = info
    elif 24 <= info <= 27:
        size = 1 << (info - 24)
        arg, at = int.from_bytes(data[at:at + size], "big"), at + size
    else:
        raise UnexpectedFormat(f"unsupported CBOR item (major {major}, info {info})")
    if major == 0:
        return arg, at
    if major in (2, 3):
        chunk = data[at:at + arg]
        return (bytes(chunk) if major == 2 else chunk.decode("utf-8")), at + arg
    if major == 4:
        items = []
        for _ in range(arg):
            item, at = decode(data, at)
            items.append(item)
        return items, at
    raise UnexpectedFormat(f"unsupported CBOR item (major {major})")


def read(path: Path):
    raw = gzip.decompress(path.read_bytes())
    if not raw.startswith(SIGNATURE):
        raise UnexpectedFormat(f"{path.name}: not a Pagefind index file")
    value, end = decode(raw, len(SIGNATURE))
    if end != len(raw) or encode(value) != raw[len(SIGNATURE):]:
        raise UnexpectedFormat(f"{path.name}: does not round-trip; Pagefind's format has changed")
    return value


def write(directory: Path, pattern: str, lang: str, value, digits: int) -> str:
    """Write value as directory/pattern.format(hash=...), the hash being lang plus
    digits of its content's SHA-256; return that hash, as Pagefind refers to it."""
    data = gzip.compress(SIGNATURE + encode(value), compresslevel=9, mtime=0)
    name = f"{lang}{hashlib.sha256(data).hexdigest()[:digits]}"
    (directory / pattern.format(hash=name)).write_bytes(data)
    return name


def stabilise(bundle: Path) -> None:
    """Rewrite the filter indexes, metadata and entry file of bundle in sorted order."""
    entry_path = bundle / "pagefind-entry.json"
    entry = json.loads(entry_path.read_text("utf-8"))
    for language in entry["languages"].values():
        meta_path = bundle / f"pagefind.{language['hash']}.pf_meta"
        meta = read(meta_path)
        if len(meta) < 4 or not all(isinstance(f, list) and len(f) == 2 for f in meta[3]):
            raise UnexpectedFormat(f"{meta_path.name}: unexpected metadata layout")
        lang = language["hash"].split("_", 1)[0] + "_"
        filters = []
        for name, chunk in sorted(meta[3]):
            chunk_path = bundle / "filter" / f"{chunk}.pf_filter"
            filter_name, values = read(chunk_path)
            chunk_path.unlink()
            filters.append([name, write(bundle / "filter", "{hash}.pf_filter", lang,
                                        [filter_name, sorted(values)], 7)])
        meta[3] = filters
        meta_path.unlink()
        language["hash"] = write(bundle, "pagefind.{hash}.pf_meta", lang, meta, 10)
    entry_path.write_text(json.dumps(entry, ensure_ascii=False, separators=(",", ":")), "utf-8")
