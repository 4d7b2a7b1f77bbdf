"""Peak memory and time of parsing the largest files byline accepts, one fresh process each.

    .venv/bin/python bench/hostile_memory.py
"""

from __future__ import annotations

import subprocess
import sys

PROBE = r'''
import resource, sys, time
from byline.parse import MAX_BYTES, parse_bytes
from byline.parse.html.tree import MAX_TAGS
kind = sys.argv[1]
para = "The harbour authority said on Tuesday that the crane collapse had closed two berths while engineers inspected the quay wall. "
if kind == "html":  # as many paragraphs as fit under both the size and the tag limits
    p = f"<p>{para * 3}</p>"
    body = p * min(MAX_BYTES // len(p) - 100, MAX_TAGS // 2 - 100)
    data = f"<html><head><title>Crane</title></head><body><article><h1>Crane collapse</h1>{body}</article></body></html>"
elif kind == "dense-html":  # small elements, up to the tag limit
    cell = "<div class=c><span>word</span> <a href=/x>link</a></div>\n"
    body = "<p>" + "The harbour said. " * 50 + "</p>" + cell * (MAX_TAGS // 6 - 100)
    data = f"<html><head><title>Crane</title></head><body><article><h1>Crane collapse</h1>{body}</article></body></html>"
else:
    data = "Crane collapse at the harbour\n\nBy Jane Doe\n\n" + f"{para}\n\n" * (MAX_BYTES // (len(para) + 2) - 100)
data = data.encode()
start = time.perf_counter()
parse_bytes(data, "probe." + ("txt" if kind == "text" else "html"))
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print(f"{kind:10} {len(data) / 2**20:5.1f} MiB  peak RSS {peak:4d} MB  {time.perf_counter() - start:5.1f} s")
'''

if __name__ == "__main__":
    for kind in ("html", "dense-html", "text"):
        subprocess.run([sys.executable, "-c", PROBE, kind], check=True)
