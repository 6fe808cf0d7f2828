#!/usr/bin/env python3
"""Generates a realistic Noticeboard site, and the same records as a Hugo site, deterministically.

    python3 bench/generate_site.py --documents 10000 --out /tmp/nb-10k [--hugo /tmp/hugo-10k] [--seed 1] [--pdf-share 0.3]
                                   [--vocabulary small|zipf]

Documents are bodies + meetings + papers (each is one page). Shape, from England's integrated care: systems of
several boards meeting monthly to quarterly over ten years; minutes of 3-15 KB and papers of 2-30 KB with
headings, lists and tables; a realistic share of gaps (late agendas, missing minutes, withheld papers, private
items, boards without a public member). The same seed and size always give the same bytes.

With `--pdf-share F`, about that share of papers is a real PDF (`<paper>.pdf`, text pages in Helvetica that
poppler reads, and its `<paper>.yml`) instead of Markdown, with the same text; the Hugo twin gets the PDF as a file
beside the paper's page, which holds only the title (Hugo does not read PDFs). Which papers are PDFs is drawn from a
random stream of its own, so the rest of the site is the same bytes as without it.

`--vocabulary` picks the words of the text. `small` (the default, and every benchmark before session 16) draws
evenly from about a hundred words of the field; `zipf` draws from 40,000 words by Zipf's law, as real English
does, which gives the search index tens of thousands of terms and millions of distinct word pairs. The shape and
sizes of the site are the same either way.
"""
import argparse
import itertools
import datetime
import os
import random
import re
import textwrap

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


def zipf_vocabulary(size=40000):
    """Words for `--vocabulary zipf`: the domain's words as the commonest, then made-up words of English-like
    syllables, with Zipf's law's weights (the k-th commonest word 1/k as often as the commonest), as real text has.
    Such text has tens of thousands of distinct words and millions of distinct word pairs at 10,000 documents, where
    the small vocabulary has about a hundred words and ten thousand pairs."""
    r = random.Random("zipf-vocabulary")
    onsets = "b c d f g h j k l m n p r s t v w y z br cr dr fr gr pl st tr ch sh th".split()
    vowels = "a e i o u ai ea ee oo ou".split()
    endings = ["", "", "n", "s", "t", "r", "ing", "ed", "ly", "tion"]
    words = list(dict.fromkeys(WORDS))
    seen = set(words)
    while len(words) < size:
        word = "".join(r.choice(onsets) + r.choice(vowels) for _ in range(r.choice([1, 2, 2, 3, 3, 4]))) + r.choice(endings)
        if word not in seen:
            seen.add(word)
            words.append(word)
    weights = list(itertools.accumulate(1 / rank for rank in range(1, len(words) + 1)))
    return words, weights


class Writer:
    def __init__(self, seed, vocabulary="small"):
        self.random = random.Random(seed)
        self.documents = 0
        self.zipf = zipf_vocabulary() if vocabulary == "zipf" else None

    def words(self, n):
        r = self.random
        if self.zipf:
            return " ".join(r.choices(self.zipf[0], cum_weights=self.zipf[1], k=n))
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


def pdf_lines(markdown):
    """The text a printed paper shows: Markdown's marks dropped, table rows as spaced cells, lines of 90 characters."""
    lines = []
    for line in markdown.splitlines():
        if re.fullmatch(r"\|?[-:| ]+\|?", line) and "-" in line:
            continue
        line = re.sub(r"^#+ |^- |\*\*", "", line)
        if line.startswith("|"):
            line = "   ".join(cell.strip() for cell in line.strip("|").split("|"))
        lines.extend(textwrap.wrap(line, 90) or [""])
    return lines


def pdf_document(title, lines, per_page=54):
    """A real PDF (1.4, a correct cross-reference table) whose pages hold these lines in Helvetica."""
    def escape(text):
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    objects = ["<< /Type /Catalog /Pages 2 0 R >>",
               "<< /Type /Pages /Kids [" + " ".join(f"{4 + 2 * i} 0 R" for i in range(len(pages))) + f"] /Count {len(pages)} >>",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    for i, page in enumerate(pages):
        stream = "BT /F1 10 Tf 60 750 Td 13 TL\n" + "".join(f"({escape(line)}) Tj T*\n" if line else "T*\n" for line in page) + "ET"
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * i} 0 R >>")
        objects.append(f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}\nendstream")
    objects.append(f"<< /Title ({escape(title)}) /Producer (Noticeboard benchmark) >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info {len(objects)} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def generate(documents, out, hugo, seed, pdf_share=0.0, vocabulary="small"):
    w = Writer(seed, vocabulary)
    r = w.random
    bodies_count = max(8, documents // 120)
    meetings_total = int(documents * 0.4)
    papers_total = documents - bodies_count - meetings_total
    start = datetime.date(2016, 1, 4)
    pdf_random = random.Random(f"pdf-{seed}")

    def write(root, path, text):
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb" if isinstance(text, bytes) else "w", **({} if isinstance(text, bytes) else {"encoding": "utf-8"})) as f:
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
                fields = f"title: {topic}\nitem: \"{item}\"\nstatus: {status}{extra}\npublished: {agenda.isoformat()}\n"
                if pdf_share and pdf_random.random() < pdf_share:
                    pdf = pdf_document(topic, pdf_lines(body))
                    write(out, f"content/meetings/{slug}/{folder}/{paper_slug}.pdf", pdf)
                    write(out, f"content/meetings/{slug}/{folder}/{paper_slug}.yml", fields)
                    if hugo:
                        write(hugo, f"content/bodies/{slug}/{folder}/{paper_slug}/index.md",
                              f"---\ntitle: \"{topic}\"\ndate: {agenda.isoformat()}\n---\n[The paper (PDF)]({paper_slug}.pdf)\n")
                        write(hugo, f"content/bodies/{slug}/{folder}/{paper_slug}/{paper_slug}.pdf", pdf)
                    continue
                write(out, f"content/meetings/{slug}/{folder}/{paper_slug}.md", f"---\n{fields}---\n{body}")
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
    parser.add_argument("--pdf-share", type=float, default=0.0, help="share of papers written as PDF (0 to 1)")
    parser.add_argument("--vocabulary", choices=["small", "zipf"], default="small",
                        help="the words of the text: about a hundred, evenly (small, the default), or 40,000 by Zipf's law")
    args = parser.parse_args()
    generate(args.documents, args.out, args.hugo, args.seed, args.pdf_share, args.vocabulary)
