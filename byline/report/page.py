"""Render the static report page: one HTML file with its CSS, JS and data inline, so it works offline."""

from __future__ import annotations

import json
import re
from pathlib import Path

from byline.report.data import ReportData

ASSETS = Path(__file__).resolve().parent / "assets"
_SLOT = re.compile(r"/\*(CSS|JS|DATA)\*/")


def page_json(data: ReportData, db_name: str) -> str:
    payload = {
        "generated_at": data.generated_at.strftime("%Y-%m-%d %H:%M UTC"),
        "db_name": db_name,
        "summary": data.summary.records(),
        "articles_over_time": data.articles_over_time.records(),
        "wire_share": data.wire_share.records(),
        "top_stories": data.top_stories.records(),
        "quality_history": data.quality_history.records(),
        "article_index": data.article_index.records(),
    }
    # "<" escaped so no article text can close the script element it sits in.
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def render_page(data: ReportData, db_name: str) -> str:
    parts = {
        "CSS": (ASSETS / "report.css").read_text(encoding="utf-8"),
        "JS": (ASSETS / "report.js").read_text(encoding="utf-8"),
        "DATA": page_json(data, db_name),
    }
    template = (ASSETS / "template.html").read_text(encoding="utf-8")
    return _SLOT.sub(lambda m: parts[m.group(1)], template)  # one pass: inserted text is never rescanned


def write_page(html: str, path: Path) -> Path:
    """Write atomically, so a browser never sees half a page."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(path)
    return path
