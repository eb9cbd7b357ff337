"""A raw e-mail saved as text (its headers, a quoted-printable or base64 body): read as its
decoded message with the standard library; anything else that is text, by read_text.py."""
from __future__ import annotations

import email
import email.policy
import re
from dataclasses import replace

from .document import Block, Document
from .normalise import rejoin_wrapped_lines
from .read_html import read_html
from .read_text import blocks_of_lines, decode, read_text


def read_text_or_mail(data: bytes) -> Document:
    return mail_message(decode(data).replace("\r\n", "\n").replace("\r", "\n")) or read_text(data)


_MAIL_HEADER = re.compile(r"^(?:Received|Return-Path|From|To|Date|Subject|Message-ID|MIME-Version|"
                          r"Content-Type|X-[\w-]+):", re.I)


def mail_message(text: str) -> Document | None:
    """A raw e-mail saved as text (its headers, a quoted-printable or base64 body, perhaps
    both a plain and an HTML part): its sender, date and subject as a message's header
    lines, then its text, decoded; the HTML part read as a web page where it has no other."""
    head = text.split("\n\n", 1)[0].split("\n")
    if not head or not _MAIL_HEADER.match(head[0]) or \
            sum(1 for line in head if _MAIL_HEADER.match(line)) < 3 or "mime-version:" not in text[:5000].lower():
        return None
    message = email.message_from_string(text, policy=email.policy.default)
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        return None
    header = "\n".join(f"{label}: {message[name]}" for label, name in (("From", "from"), ("Sent", "date"),
                                                                       ("To", "to"), ("Subject", "subject"))
                       if message[name])
    body = part.get_content()
    if part.get_content_subtype() == "html":
        page = read_html(body.encode("utf-8"))
        return replace(page, blocks=[Block("paragraph", header, "line 1"), *page.blocks], format="text")
    lines = (header + "\n\n" + body.replace("\r\n", "\n")).split("\n")
    return Document(blocks=blocks_of_lines(rejoin_wrapped_lines(lines)), format="text")
