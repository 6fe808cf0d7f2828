#!/usr/bin/env python3
"""Writes a deterministic Noticeboard site of about N documents (bodies + meetings + papers + pages) for benchmarks.

    python3 bench/generate_site.py OUT_DIR [--documents 10000] [--seed 1]

The same arguments always write the same bytes. Bodies get ~80 meetings each; each meeting one or two Markdown papers.
"""
import argparse
import os
import random

KINDS = ["integrated-care-board", "integrated-care-partnership", "ics-partnership-board", "health-and-wellbeing-board",
         "nhs-trust", "primary-care-network", "regional-team", "local-authority"]
REGIONS = ["east-of-england", "london", "midlands", "north-east-and-yorkshire", "north-west", "south-east", "south-west"]
REPRESENTS = ["nhs-commissioner", "nhs-provider", "primary-care", "local-authority", "social-care", "voluntary-sector",
              "patient-public", "healthwatch", "lay", "independent", "officer"]
WORDS = ("board approved plan budget procurement contract community services primary care hospital discharge "
         "waiting list elective recovery workforce estates digital population health inequalities prevention "
         "partnership finance deficit allocation quality safety governance assurance risk register audit committee "
         "patients public engagement consultation transformation integration mental health children adults social "
         "care urgent emergency ambulance performance target quarter annual report strategy delivery").split()
PLACES = ["Northshire", "Riverside", "Fellmoor", "Eastmarsh", "Highcombe", "Lowbridge", "Westholm", "Ashdale", "Brackenford",
          "Coldharbour", "Dunmere", "Elmstead", "Foxley", "Greyhaven", "Hartwell", "Ivybridge", "Kingsmoor"]


def sentence(rng, n=None):
    n = n or rng.randint(8, 22)
    words = [rng.choice(WORDS) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(3, 6)))


def minutes(rng, items):
    out = ["## Present", ", ".join(f"Member {rng.randint(1, 40)}" for _ in range(6)) + ".", ""]
    for number, title in items:
        out += [f"## {number}. {title}", paragraph(rng), ""]
        if rng.random() < 0.3:
            out += [f"- {sentence(rng, 8)}" for _ in range(3)] + [""]
    return "\n".join(out)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--documents", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    # documents ≈ bodies + meetings * 2.5 (index + 1.5 papers) + pages
    bodies = max(1, args.documents // 200)
    meetings_per_body = max(1, round((args.documents - bodies - 2) / bodies / 2.5))
    write(os.path.join(args.out, "noticeboard.yml"),
          "title: Benchmark Noticeboard\nbase_url: https://example.org/bench/\nlanguage: en-GB\nas_of: 2026-11-01\n")
    write(os.path.join(args.out, "content/pages/about.md"), "---\ntitle: About\n---\n" + paragraph(rng) + "\n")
    write(os.path.join(args.out, "content/pages/methodology.md"), "---\ntitle: Methodology\n---\n" + paragraph(rng) + "\n")
    count = 2
    for b in range(bodies):
        place = PLACES[b % len(PLACES)] + ("" if b < len(PLACES) else f" {b // len(PLACES) + 1}")
        kind = KINDS[b % len(KINDS)]
        slug = f"{place.lower().replace(' ', '-')}-{kind.split('-')[0]}-{b}"
        members = "\n".join(
            f"  - name: Person {b}-{m}\n    role: Member\n    represents: {rng.choice(REPRESENTS)}" for m in range(rng.randint(6, 14)))
        write(os.path.join(args.out, f"content/bodies/{slug}.md"),
              f"---\nname: {place} {kind.replace('-', ' ').title()} {b}\nkind: {kind}\nregion: {REGIONS[b % 7]}\n"
              f"cadence: monthly\nmembers:\n{members}\n---\n{paragraph(rng)}\n")
        count += 1
        for m in range(meetings_per_body):
            year = 2019 + m // 12
            month = m % 12 + 1
            day = rng.randint(1, 28)
            folder = f"{year:04d}-{month:02d}-{day:02d}"
            base = f"content/meetings/{slug}/{folder}"
            papers = rng.choice([1, 2])
            items = [("1", "Welcome and apologies"), ("2", "Minutes of the previous meeting")]
            item_lines = []
            for i, (number, title) in enumerate(items):
                item_lines.append(f'  - number: "{number}"\n    title: {title}')
            for p in range(papers):
                number = str(3 + p)
                title = sentence(rng, 5)[:-1]
                items.append((number, title))
                item_lines.append(f'  - number: "{number}"\n    title: {title}\n    paper: paper-{p + 1}')
                write(os.path.join(args.out, f"{base}/paper-{p + 1}.md"),
                      f'---\ntitle: {title}\nitem: "{number}"\nstatus: published\n---\n## Summary\n\n'
                      + "\n\n".join(paragraph(rng) for _ in range(rng.randint(2, 5))) + "\n")
                count += 1
            write(os.path.join(args.out, f"{base}/index.md"),
                  f"---\ntitle: Board meeting\nstatus: held\nsession: public\nagenda_published: {folder}\n"
                  f"minutes_published: {folder}\nitems:\n" + "\n".join(item_lines) + "\n---\n" + minutes(rng, items) + "\n")
            count += 1
    print(f"wrote {count} documents ({bodies} bodies, {bodies * meetings_per_body} meetings) into {args.out}")


if __name__ == "__main__":
    main()
