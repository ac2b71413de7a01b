"""Reading sign-in sheets back: accuracy over ≥ 2,000 boxes, and time per photographed page.

Targets: at least 99.5 % of boxes decided right (ticked, empty or unclear as drawn),
no empty box read as ticked, and a page from photo file to decisions in ≤ 1 s
(median). The photos are the tests' synthetic ones (tests/paper_photos.py: real
sheets of a 100-person event in English, Bengali and both, A4 and Letter, marked
as people mark paper and photographed by OpenCV — turned up to ±8°, perspective,
uneven light, blur, noise, JPEG). Fixed seeds. Each figure is printed beside its
limit, with the share of the limit it uses (``figures.py``: ≤ 1.00 is within).

Run: ``PYTHONPATH=. python bench/bench_paper.py [--boxes N]``
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import Figure, report  # noqa: E402
from paper_event import make_event  # noqa: E402
from paper_photos import EXPECTED, photos  # noqa: E402

from wltdesk import printing  # noqa: E402
from wltdesk.paper.images import load_pictures  # noqa: E402
from wltdesk.paper.reading import read_picture  # noqa: E402
from wltdesk.printing import PrintOptions  # noqa: E402
from wltdesk.store import open_store  # noqa: E402

TARGET_ACCURACY = 0.995
TARGET_SECONDS = 1.0
PRINTS = [("en", "a4"), ("bn", "a4"), ("en+bn", "letter")]


def sheets(folder: Path) -> list[bytes]:
    store = open_store(folder / "bench.sqlite")
    event = make_event(store, count=100)
    made = [
        printing.render(
            store, event.event_id, "signin",
            PrintOptions(paper=paper, session_id=event.sessions[0], language=language),
        )
        for language, paper in PRINTS
    ]
    store.close()
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--boxes", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        pdfs = sheets(folder)
        right = total = empty_ticked = pages = 0
        seconds: list[float] = []
        confusion: Counter[tuple[str, str]] = Counter()
        seed = 0
        while total < args.boxes:
            pdf = pdfs[seed % len(pdfs)]
            for photo in photos(pdf, seed=1000 + seed):
                file = folder / f"photo-{seed}.jpg"
                file.write_bytes(photo.jpeg)
                start = time.perf_counter()
                read = [page for picture in load_pictures(file) for page in read_picture(picture)]
                seconds.append(time.perf_counter() - start)
                pages += 1
                for box, mark in zip(read[0].boxes, photo.marks, strict=True):
                    total += 1
                    wanted = EXPECTED[mark]
                    right += box.state == wanted
                    empty_ticked += wanted == "empty" and box.state == "ticked"
                    if box.state != wanted:
                        confusion[(mark, box.state)] += 1
            seed += 1
    accuracy = right / total
    median = statistics.median(seconds)
    wrong = ", ".join(f"{m} → {s}: {n}" for (m, s), n in confusion.most_common())
    report(
        [
            Figure(
                "boxes decided right, share",
                accuracy,
                TARGET_ACCURACY,
                ">=",
                f"{right:,} of {total:,} boxes ({accuracy:.2%}) on {pages} photographed pages"
                + (f"; wrong: {wrong}" if wrong else ""),
            ),
            Figure(
                "empty boxes read as ticked",
                empty_ticked,
                0,
                "<=",
                f"of {total:,} boxes",
            ),
            Figure(
                "photo → decisions per page, median s",
                median,
                TARGET_SECONDS,
                "<=",
                f"worst {max(seconds):.3f} s over {pages} pages",
            ),
        ]
    )


if __name__ == "__main__":
    main()
