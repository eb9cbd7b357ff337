"""Security headers: the Content-Security-Policy every page carries in a <meta>
tag (site_config/overrides/partials/ca-head-security.html), also written as a
_headers file for hosts that read one (Netlify, Cloudflare Pages), with the
parts a <meta> tag cannot carry."""
from __future__ import annotations

from types import MappingProxyType

from ...model.archive import Archive
from ..pages import GeneratedFile, file_kind

# No inline script, no eval, nothing from any other host. The plugin hands it to
# the theme's ca-head-security.html; tests/test_site_gates.py checks every page.
# (Pagefind's WebAssembly will need 'wasm-unsafe-eval' in script-src: not 'unsafe-eval'.)
# 'wasm-unsafe-eval' lets Pagefind's WebAssembly run; it does not allow eval() or new Function().
META_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'; form-action 'self'"
# frame-ancestors is ignored in a <meta> tag: only a header stops framing.
HEADER_CSP = META_CSP + "; frame-ancestors 'none'"

HEADERS = MappingProxyType({
    "Content-Security-Policy": HEADER_CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # a reader's visit is nobody else's business
    "X-Frame-Options": "DENY",  # for browsers without frame-ancestors
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "camera=(), geolocation=(), microphone=()",
})


@file_kind("security-headers")
def security_headers(archive: Archive) -> list[GeneratedFile]:
    lines = ["/*"] + [f"  {name}: {value}" for name, value in HEADERS.items()]
    return [GeneratedFile("_headers", "\n".join(lines) + "\n")]
