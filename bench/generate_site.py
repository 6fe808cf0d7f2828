#!/usr/bin/env python3
"""Generates a realistic Noticeboard site, and the same records as a Hugo site, deterministically.

    python3 bench/generate_site.py --documents 10000 --out /tmp/nb-10k [--hugo /tmp/hugo-10k] [--seed 1]

Documents are bodies + meetings + papers (each is one page). Shape, from England's integrated care: systems of
several boards meeting monthly to quarterly over ten years; minutes of 3-15 KB and papers of 2-30 KB with
headings, lists and tables; a realistic share of gaps (late agendas, missing minutes, withheld papers, private
items, boards without a public member). The same seed and size always give the same bytes.
"""
import argparse
import datetime
import os
import random

WORDS = ("board system care health provider commissioning integrated partnership community hospital primary network "
         "patients public services budget finance plan quality safety workforce procurement contract strategy winter "
         "pressures waiting elective urgent emergency mental social council healthwatch governance assurance risk "
         "report committee approve noted discussed resolved action deliver improve access population outcomes "
         "inequalities prevention digital estates capital revenue deficit surplus recovery transformation pathway "
         "discharge ambulance primary-care pharmacy dental maternity children young people carers voluntary sector "
         "engagement consultation accountability transparency published minutes agenda papers members chair "
         "northshire riverside fellborough westmere eastbrook medford kingsreach").split()
KINDS = [("integrated-care-board", "bimonthly"), ("integrated-care-partnership", "quarterly"),
         ("ics-partnership-board", "monthly"), ("health-and-wellbeing-board", "quarterly"), ("nhs-trust", "bimonthly"),
         ("primary-care-network", "quarterly"), ("regional-team", "quarterly"), ("clinical-commissioning-group", "monthly")]
REGIONS = ["east-of-england", "london", "midlands", "north-east-and-yorkshire", "north-west", "south-east", "south-west"]
REPRESENTS = ["nhs-commissioner", "nhs-provider", "primary-care", "local-authority", "social-care", "voluntary-sector",
              "patient-public", "healthwatch", "lay", "independent", "officer"]
PAPER_TOPICS = ["Financial plan", "Performance report", "Winter plan", "Quality and safety report", "Workforce plan",
                "Community services procurement", "Integrated care provider contract", "Primary care access",
                "Estates strategy", "Mental health transformation", "Healthwatch report", "Risk register",
                "Elective recovery", "Urgent and emergency care", "Digital strategy", "Joint forward plan"]
FIRST = "Alex Sam Jo Chris Pat Robin Morgan Jamie Lee Kim Ashley Taylor Jordan Casey Riley Avery Dana Eli Fay Gil".split()
LAST = "Smith Jones Patel Khan Brown Taylor Wilson Evans Thomas Roberts Walker Wright Hughes Green Hall Wood Clarke".split()


class Writer:
    def __init__(self, seed):
        self.random = random.Random(seed)
        self.documents = 0

    def words(self, n):
        r = self.random
        return " ".join(r.choice(WORDS) for _ in range(n))

    def sentence(self):
        s = self.words(self.random.randint(8, 22))
        return s[0].upper() + s[1:] + "."

    def paragraph(self):
        return " ".join(self.sentence() for _ in range(self.random.randint(3, 7)))

    def person(self):
        return f"{self.random.choice(FIRST)} {self.random.choice(LAST)}"

    def table(self):
        rows = ["| Measure | Plan | Actual | Variance |", "|---|--:|--:|--:|"]
        for _ in range(self.random.randint(3, 8)):
            plan = self.random.randint(100, 9000)
            actual = plan + self.random.randint(-500, 500)
            rows.append(f"| {self.words(3).capitalize()} | {plan} | {actual} | {actual - plan} |")
        return "\n".join(rows)

    def document(self, target_bytes, heading_level=2):
        """Markdown of about target_bytes: headings, paragraphs, lists and tables."""
        parts = []
        size = 0
        section = 1
        while size < target_bytes:
            block = [f"{'#' * heading_level} {section}. {self.words(self.random.randint(2, 5)).capitalize()}", self.paragraph()]
            roll = self.random.random()
            if roll < 0.3:
                block.append("\n".join(f"- {self.sentence()}" for _ in range(self.random.randint(2, 6))))
            elif roll < 0.45:
                block.append(self.table())
            block.append(f"**Resolved:** {self.sentence()}" if self.random.random() < 0.4 else self.paragraph())
            text = "\n\n".join(block)
            parts.append(text)
            size += len(text.encode())
            section += 1
        # A rare word in one document of every 2,500, for the search benchmark's "rare word" query (no random
        # numbers are drawn for it, so the rest of the site is as it was).
        self.documents += 1
        if self.documents % 2500 == 1300:
            parts.append("Tirzepatide prescribing was reviewed against the plan.")
        return "\n\n".join(parts) + "\n"


def generate(documents, out, hugo, seed):
    w = Writer(seed)
    r = w.random
    bodies_count = max(8, documents // 120)
    meetings_total = int(documents * 0.4)
    papers_total = documents - bodies_count - meetings_total
    start = datetime.date(2016, 1, 4)

    def write(root, path, text):
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as f:
            f.write(text)

    write(out, "noticeboard.yml", "title: Benchmark Noticeboard\nbase_url: https://example.org/bench/\nas_of: 2026-11-01\n")
    if hugo:
        write(hugo, "hugo.toml", 'baseURL = "https://example.org/bench/"\ntitle = "Benchmark"\n'
              'disableKinds = ["taxonomy", "term", "RSS"]\n[markup.goldmark.renderer]\nunsafe = false\n')
        write_hugo_layouts(hugo, write)

    per_body_meetings = [meetings_total // bodies_count + (1 if i < meetings_total % bodies_count else 0) for i in range(bodies_count)]
    papers_left = papers_total
    meetings_left = meetings_total
    for b in range(bodies_count):
        kind, cadence = KINDS[b % len(KINDS)]
        slug = f"{kind.split('-')[0]}-{b:04d}"
        name = f"{r.choice(WORDS).capitalize()} {kind.replace('-', ' ').title()} {b}"
        region = REGIONS[b % len(REGIONS)]
        public_member = r.random() > 0.25
        members = []
        for m in range(r.randint(6, 14)):
            rep = r.choice(REPRESENTS) if (public_member or m > 0) else "nhs-provider"
            if not public_member and rep in ("patient-public", "healthwatch", "lay"):
                rep = "officer"
            members.append(f"  - name: {w.person()}\n    role: {w.words(2).title()}\n    represents: {rep}")
        description = w.document(r.randint(800, 2500))
        write(out, f"content/bodies/{slug}.md", f"---\nname: {name}\nkind: {kind}\nregion: {region}\ncadence: {cadence}\n"
              f"members:\n" + "\n".join(members) + f"\n---\n{description}")
        if hugo:
            write(hugo, f"content/bodies/{slug}/_index.md", f"---\ntitle: \"{name}\"\n---\n{description}")
        interval = {"monthly": 30, "bimonthly": 61, "quarterly": 91}[cadence]
        n_meetings = per_body_meetings[b]
        for i in range(n_meetings):
            meetings_left -= 1
            day = start + datetime.timedelta(days=(i * interval * 3650 // max(1, n_meetings * interval)) * 1 + r.randint(0, 3))
            if day > datetime.date(2026, 10, 1):
                day = datetime.date(2026, 10, 1) - datetime.timedelta(days=i % 400)
            folder = day.isoformat() + (f"-m{i}" if True else "")
            n_papers = min(papers_left, round(papers_left / max(1, meetings_left + 1)))
            papers_left -= n_papers
            items, paper_files = [], []
            for p in range(n_papers):
                topic = r.choice(PAPER_TOPICS)
                status = "withheld" if r.random() < 0.04 else ("not-published" if r.random() < 0.03 else "published")
                paper_slug = f"paper-{p + 1}"
                items.append(f"  - number: \"{p + 2}\"\n    title: {topic}\n    paper: {paper_slug}")
                body = w.document(r.randint(2000, 30000))
                paper_files.append((paper_slug, topic, status, p + 2, body))
            if r.random() < 0.05:
                items.append(f"  - number: \"{n_papers + 2}\"\n    title: Contract award\n    private: true"
                             + ("\n    exemption: commercial interests" if r.random() < 0.5 else ""))
            agenda = day - datetime.timedelta(days=r.choice([1, 3, 5, 7, 7, 7]))
            minutes_published = day + datetime.timedelta(days=r.choice([20, 30, 35, 50, 90]))
            missing_minutes = r.random() < 0.06
            minutes = "" if missing_minutes else w.document(r.randint(3000, 15000), heading_level=2)
            front = (f"---\ntitle: Board meeting\nstatus: held\nsession: {'private' if r.random() < 0.05 else 'public'}\n"
                     f"location: {w.words(3).title()}\nagenda_published: {agenda.isoformat()}\n"
                     + ("" if missing_minutes else f"minutes_published: {minutes_published.isoformat()}\n")
                     + "items:\n  - number: \"1\"\n    title: Welcome and apologies\n" + "\n".join(items) + "\n---\n")
            write(out, f"content/meetings/{slug}/{folder}/index.md", front + minutes)
            if hugo:
                write(hugo, f"content/bodies/{slug}/{folder}/_index.md",
                      f"---\ntitle: \"Board meeting {day.isoformat()}\"\ndate: {day.isoformat()}\n---\n{minutes}")
            for paper_slug, topic, status, item, body in paper_files:
                extra = "\nwithheld_reason: commercially sensitive" if status == "withheld" else ""
                write(out, f"content/meetings/{slug}/{folder}/{paper_slug}.md",
                      f"---\ntitle: {topic}\nitem: \"{item}\"\nstatus: {status}{extra}\npublished: {agenda.isoformat()}\n---\n{body}")
                if hugo:
                    write(hugo, f"content/bodies/{slug}/{folder}/{paper_slug}.md",
                          f"---\ntitle: \"{topic}\"\ndate: {agenda.isoformat()}\n---\n{body}")
    write(out, "content/pages/about.md", "---\ntitle: About\n---\nA generated benchmark site.\n")


def write_hugo_layouts(hugo, write):
    """Minimal templates doing what Noticeboard's pages do: a layout, lists of children, the content."""
    base = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} – {{ .Site.Title }}</title>'
            '<link rel="canonical" href="{{ .Permalink }}"></head><body><header><a href="{{ "" | relURL }}">{{ .Site.Title }}</a>'
            '</header><nav>{{ range .Ancestors.Reverse }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> › {{ end }}</nav>'
            '<main>{{ block "main" . }}{{ end }}</main></body></html>')
    write(hugo, "layouts/_default/baseof.html", base)
    write(hugo, "layouts/_default/list.html", '{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}<ul>{{ range .Pages }}'
          '<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2 January 2006" }}</li>{{ end }}</ul>{{ end }}')
    write(hugo, "layouts/_default/single.html", '{{ define "main" }}<h1>{{ .Title }}</h1>'
          '<p><a href="{{ .Parent.RelPermalink }}">{{ .Parent.Title }}</a></p>{{ .Content }}{{ end }}')
    write(hugo, "layouts/index.html", '{{ define "main" }}<h1>{{ .Site.Title }}</h1><ul>{{ range .Site.Sections }}'
          '<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}')


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--out", required=True)
    parser.add_argument("--hugo")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    generate(args.documents, args.out, args.hugo, args.seed)
