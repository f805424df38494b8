"""Ingest throughput end to end (pages/s into the store) and peak memory, by corpus size.

Run by hand:  .venv/bin/python bench/bench_ingest.py [--sizes 1000 5000 10000] [--workers 2]

For each size it writes a synthetic corpus (HTML pages of three templates, text dumps of four sites
with furniture, one JSON Lines file), then, each in a fresh process so that peak memory is its own:
- storytrace analyze into a new SQLite store, without the link stages (--no-link: ingest and
  extraction only) and with them (stories and actors, spaCy NER over every article);
- plain trafilatura.extract over the same HTML pages and texts (no store, no dumps logic): the peer.
It prints pages/s and peak resident memory (parent and, with --workers > 1, the largest worker).
Memory must stay flat as the corpus grows: storytrace streams the input and never holds a corpus.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = [
    "council",
    "ministry",
    "harbour",
    "bridge",
    "convoy",
    "village",
    "market",
    "school",
    "budget",
    "fuel",
    "water",
    "talks",
    "curfew",
    "spokesman",
    "governor",
    "residents",
    "committee",
    "statement",
    "report",
    "district",
    "border",
    "flooding",
    "drought",
    "election",
    "militia",
    "letter",
    "institute",
    "translation",
    "summary",
    "analysis",
    "claim",
    "denial",
    "raid",
    "province",
    "minister",
    "envoy",
    "agreement",
    "ceasefire",
    "protest",
    "strike",
    "court",
    "ruling",
    "appeal",
    "sanctions",
    "aid",
    "shipment",
]


def sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 28))]
    return " ".join(words).capitalize() + "."


def paragraph(rng: random.Random) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))


def html_page(rng: random.Random, n: int) -> str:
    template = n % 3
    title = sentence(rng)[:80]
    body = "".join(f"<p>{paragraph(rng)}</p>\n" for _ in range(rng.randint(5, 12)))
    nav = "".join(f'<li><a href="/s/{i}">{rng.choice(WORDS)}</a></li>' for i in range(20))
    related = "".join(f'<li><a href="/r/{i}">{sentence(rng)[:60]}</a></li>' for i in range(6))
    date = f"2020-{n % 12 + 1:02d}-{n % 28 + 1:02d}"
    if template == 0:
        return (
            f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="article:published_time" content="{date}T10:00:00Z">'
            f'<meta property="og:site_name" content="Outlet A"></head><body><ul>{nav}</ul>'
            f"<article><h1>{title}</h1>{body}</article><aside><ul>{related}</ul></aside>"
            "<footer>Copyright Outlet A</footer></body></html>"
        )
    if template == 1:
        return (
            f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<title>{title} | Outlet B</title><script type="application/ld+json">'
            f'{{"@type":"NewsArticle","datePublished":"{date}","headline":"{title}"}}</script>'
            f'</head><body><div id="menu">{nav}</div><div class="content"><h2>{title}</h2>'
            f'{body}</div><div class="comments"><p>{sentence(rng)}</p></div></body></html>'
        )
    return (
        f"<html><head><title>{title}</title></head><body><table><tr><td>{nav}</td><td>"
        f"<div class='post'><h3>{title}</h3><span class='date'>{date}</span>{body}</div>"
        f"</td></tr></table><div class='related'>{related}</div></body></html>"
    )


def text_dump(rng: random.Random, n: int) -> str:
    site = f"site{n % 4}"
    lines = [
        "Search for:",
        "Home | World | Business | Contact",
        sentence(rng)[:80],
        f"March {n % 28 + 1}, 2020",
        "",
    ]
    for _ in range(rng.randint(4, 9)):
        lines += [paragraph(rng), ""]
    lines += [
        "Share this:",
        "Facebook",
        "Twitter",
        f"Join our Telegram channel @{site}",
        "Related Posts",
        sentence(rng)[:70],
        sentence(rng)[:70],
        "Leave a Reply",
        f"Powered by WordPress | {site}.example",
    ]
    return "\n".join(lines)


def write_corpus(root: Path, size: int, seed: int = 1) -> Path:
    rng = random.Random(seed)
    html_count, dump_count = int(size * 0.7), int(size * 0.2)
    jsonl_count = size - html_count - dump_count
    for n in range(html_count):
        folder = root / "html" / f"{n // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{n:06d}.html").write_text(html_page(rng, n), "utf-8")
    for n in range(dump_count):
        folder = root / "dumps" / f"site{n % 4}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{n:06d}.txt").write_text(text_dump(rng, n), "utf-8")
    with (root / "wire.jsonl").open("w", encoding="utf-8") as handle:
        for n in range(jsonl_count):
            record = {
                "url": f"https://wire.example/{n}",
                "title": sentence(rng)[:80],
                "published": "2020-05-01",
                "outlet": "Wire",
                "text": "\n\n".join(paragraph(rng) for _ in range(5)),
            }
            handle.write(json.dumps(record) + "\n")
    return root


STORYTRACE_CHILD = """
import resource, sys, time
from storytrace.pipeline import AnalyzeOptions, analyze
from storytrace.store import Store
corpus, db, workers, link = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4] == "link"
start = time.perf_counter()
with Store(db) as store:
    summary = analyze([corpus], store, options=AnalyzeOptions(workers=workers, link=link))
elapsed = time.perf_counter() - start
me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(summary.read, summary.stored, summary.failures, elapsed, me, kids)
"""

TRAFILATURA_CHILD = """
import json, resource, sys, time
from pathlib import Path
import trafilatura
corpus = Path(sys.argv[1])
start = time.perf_counter()
done = 0
for path in sorted(corpus.rglob("*.html")):
    trafilatura.extract(path.read_text("utf-8"), with_metadata=True)
    done += 1
for path in sorted(corpus.rglob("*.txt")):
    path.read_text("utf-8").split("\\n")
    done += 1
for line in (corpus / "wire.jsonl").open(encoding="utf-8"):
    json.loads(line)
    done += 1
elapsed = time.perf_counter() - start
print(done, done, 0, elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, 0)
"""


def run_child(code: str, *args: str) -> list[float]:
    output = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    return [float(x) for x in output.stdout.split()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--modes",
        nargs="+",
        default=["no-link", "link"],
        choices=["no-link", "link"],
        help="storytrace runs to time: without the link stages, with them, or both",
    )
    parser.add_argument("--no-peer", action="store_true", help="skip the trafilatura run")
    args = parser.parse_args()
    print(f"{'pages':>7} {'tool':<28} {'pages/s':>9} {'peak MB':>8} {'worker MB':>9} {'stored':>7}")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as folder:
            corpus = write_corpus(Path(folder) / "corpus", size)
            for mode in args.modes:
                db = str(Path(folder) / f"bench-{mode}.db")
                read, stored, _failed, elapsed, me, kids = run_child(
                    STORYTRACE_CHILD, str(corpus), db, str(args.workers), mode
                )
                label = f"storytrace w={args.workers} {mode}"
                print(
                    f"{size:>7} {label:<28} {read / elapsed:>9.1f} {me / 1024:>8.0f} "
                    f"{kids / 1024:>9.0f} {int(stored):>7}"
                )
            if args.no_peer:
                continue
            read, _, _, elapsed, me, _ = run_child(TRAFILATURA_CHILD, str(corpus))
            print(
                f"{size:>7} {'trafilatura.extract only':<28} {read / elapsed:>9.1f} "
                f"{me / 1024:>8.0f} {'-':>9} {'-':>7}"
            )
    print(
        f"(this script's own peak: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}"
        " MB; "
        f"started {time.strftime('%Y-%m-%d %H:%M')})"
    )


if __name__ == "__main__":
    main()
