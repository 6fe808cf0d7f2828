#!/usr/bin/env python3
"""Writes a deterministic Noticeboard site folder of about N documents (bodies, meetings, papers, pages)
for benchmarks: realistic-looking minutes and board papers of integrated care bodies, generated from
phrase lists with a fixed seed, so every run writes the same bytes.

    python3 bench/generate-site.py OUT_DIR [--documents 10000] [--seed 7]

Each body has its meetings (monthly from 2019) and each meeting about 1.5 papers; a few rare words
(project code names, a drug name) appear in only a handful of documents, for rare-word queries.
"""
import argparse
import datetime
import os
import random

REGIONS = ["east-of-england", "london", "midlands", "north-east-and-yorkshire", "north-west", "south-east", "south-west"]
KINDS = [
    ("integrated-care-board", "ICB"), ("ics-partnership-board", "ICS Partnership Board"), ("nhs-trust", "NHS Foundation Trust"),
    ("health-and-wellbeing-board", "Health and Wellbeing Board"), ("integrated-care-partnership", "Integrated Care Partnership"),
    ("primary-care-network", "Primary Care Network"), ("regional-team", "Regional Team"),
]
PLACES = ["Northshire", "Southvale", "Eastmoor", "Westbridge", "Kingsford", "Ashdown", "Marlow Vale", "Redcliffe", "Hartley",
          "Elmswood", "Brackenfield", "Stonebury", "Oakhampton", "Fernleigh", "Coldwater", "Highcombe", "Lowther", "Millbrook",
          "Thornbury", "Wyeford", "Castleton", "Greenhithe", "Bramley", "Dunmore", "Harrowgate", "Pennington", "Rosedale",
          "Saltash", "Tewin", "Upminster Fields"]
FIRST = ["Aisha", "Ben", "Chloe", "David", "Emma", "Farah", "George", "Hannah", "Imran", "Julia", "Kwame", "Laura", "Mohammed",
         "Niamh", "Owen", "Priya", "Rachel", "Samuel", "Tomasz", "Uma", "Victoria", "William", "Yasmin", "Zoë", "Siân", "Ciarán"]
LAST = ["Ahmed", "Brown", "Clarke", "Davies", "Evans", "Fletcher", "Green", "Hughes", "Iqbal", "Jones", "Khan", "Lewis",
        "Morgan", "Nowak", "O'Brien", "Patel", "Quinn", "Roberts", "Singh", "Taylor", "Usman", "Walker", "Young", "Zhang", "Brontë"]
ROLES = ["Chair", "Chief Executive", "Chief Finance Officer", "Medical Director", "Chief Nurse", "Director of Strategy",
         "Non-executive Director", "Healthwatch representative", "Lay member", "Director of Public Health", "Council Leader"]
REPRESENTS = ["nhs-commissioner", "nhs-provider", "primary-care", "local-authority", "social-care", "voluntary-sector",
              "patient-public", "healthwatch", "lay", "independent", "officer"]
TOPICS = [
    "system financial plan", "urgent and emergency care", "hospital discharge", "workforce plan", "mental health services",
    "maternity services", "community services procurement", "primary care access", "digital transformation", "estates strategy",
    "elective recovery", "cancer waiting times", "children and young people", "winter resilience", "health inequalities",
    "learning disability and autism", "pharmacy commissioning", "dental services", "ambulance handovers", "virtual wards",
    "population health management", "quality and safety report", "board assurance framework", "risk register",
    "audit committee report", "public engagement", "green plan", "capital programme", "continuing healthcare",
    "specialised commissioning", "integrated neighbourhood teams", "end of life care", "stroke services reconfiguration",
]
CODENAMES = ["Kestrel", "Osprey", "Bittern", "Curlew", "Nightjar", "Avocet", "Dunlin", "Whimbrel", "Shrike", "Wryneck",
             "Goshawk", "Merlin", "Siskin", "Twite", "Linnet", "Firecrest", "Hobby", "Garganey", "Smew", "Scaup"]
SENTENCES = [
    "The {role} presented the report on {topic} and answered questions from members.",
    "Members discussed {topic} and noted the risks set out in the paper.",
    "The board approved the recommendations on {topic}, subject to the comments recorded.",
    "The committee noted a forecast deficit of £{money} million against the {topic} budget.",
    "{name} asked how {topic} would affect patients in {place}; the {role} agreed to reply in writing.",
    "Performance against the four-hour standard was {pct}% in {month}, below the national ambition.",
    "The board received the update on {topic} and asked for a further report in {month}.",
    "A question from the public about {topic} in {place} was answered by the {role}.",
    "Waiting lists for {topic} stood at {count} people, a change of {pct}% since the last meeting.",
    "The {role} reported that staff vacancies had fallen to {pct}% and agency spending by £{money} million.",
    "The contract for {topic} would be awarded through a procurement under the Provider Selection Regime.",
    "Members agreed that the {topic} programme be taken forward jointly with {place} Council.",
    "The paper set out options for {topic}; the board preferred option {option} on grounds of value for money.",
    "It was noted that the equality impact assessment for {topic} had been published on the website.",
    "The chair thanked {name} for the presentation on {topic}.",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def sentence(rng, extra_names):
    template = rng.choice(SENTENCES)
    return template.format(
        role=rng.choice(ROLES), topic=rng.choice(TOPICS), money=rng.randint(1, 90), pct=rng.randint(2, 98),
        month=rng.choice(MONTHS), name=rng.choice(extra_names), place=rng.choice(PLACES), count=rng.randint(100, 40000),
        option=rng.choice("ABC"))


def paragraph(rng, names, sentences):
    return " ".join(sentence(rng, names) for _ in range(sentences))


def yaml_text(value):
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def generate(out, documents, seed):
    rng = random.Random(seed)
    meetings_per_body = 67
    papers_per_meeting = 1.47
    body_count = max(1, round(documents / (1 + meetings_per_body * (1 + papers_per_meeting))))
    write(os.path.join(out, "noticeboard.yml"), "title: Benchmark Noticeboard\nbase_url: https://example.org/bench/\nas_of: 2026-06-01\n")
    write(os.path.join(out, "content/pages/about.md"), "---\ntitle: About this site\n---\nA generated site for benchmarks.\n")
    write(os.path.join(out, "content/pages/methodology.md"),
          "---\ntitle: Methodology\n---\nHow the openness score is computed, and the sources of each expectation.\n")
    written = 2
    for b in range(body_count):
        kind, suffix = KINDS[b % len(KINDS)]
        place = PLACES[b % len(PLACES)] + ("" if b < len(PLACES) else f" {b // len(PLACES) + 1}")
        slug = (place.lower().replace(" ", "-") + "-" + kind.split("-")[0] + f"-{b}").replace("'", "")
        names = [f"{rng.choice(FIRST)} {rng.choice(LAST)}" for _ in range(rng.randint(6, 12))]
        members = "".join(
            f"  - name: {yaml_text(n)}\n    role: {rng.choice(ROLES)}\n    represents: {rng.choice(REPRESENTS)}\n" for n in names)
        write(os.path.join(out, f"content/bodies/{slug}.md"),
              f"---\nname: {place} {suffix}\nkind: {kind}\nregion: {REGIONS[b % len(REGIONS)]}\ncadence: monthly\n"
              f"members:\n{members}---\n{paragraph(rng, names, 4)}\n")
        written += 1
        day = datetime.date(2019, 1, 10) + datetime.timedelta(days=b % 20)
        for m in range(meetings_per_body if b < body_count - 1 else 10 ** 6):
            if written >= documents:
                return written
            date = day + datetime.timedelta(days=30 * m)
            folder = os.path.join(out, f"content/meetings/{slug}/{date.isoformat()}")
            topics = rng.sample(TOPICS, rng.randint(4, 8))
            paper_count = min(len(topics), int(papers_per_meeting + rng.random()), documents - written - 1)
            items = ""
            minutes = ""
            for i, topic in enumerate(topics, start=1):
                title = topic[0].upper() + topic[1:]
                paper = f"paper-{i}" if i <= paper_count else None
                items += f"  - number: \"{i}\"\n    title: {yaml_text(title)}\n" + (f"    paper: {paper}\n" if paper else "")
                minutes += f"## {i}. {title}\n\n{paragraph(rng, names, rng.randint(3, 7))}\n\n"
            if written % 997 == 0:
                codename = CODENAMES[(written // 997) % len(CODENAMES)]
                minutes += f"The board noted progress on Project {codename}, the joint programme with {rng.choice(PLACES)}.\n"
            attendees = ", ".join(f"{{name: {yaml_text(n)}}}" for n in names[:5])
            write(os.path.join(folder, "index.md"),
                  f"---\ntitle: Board meeting in public\nstatus: held\nsession: public\nlocation: {place} Civic Centre\n"
                  f"agenda_published: {(date - datetime.timedelta(days=7)).isoformat()}\n"
                  f"minutes_published: {(date + datetime.timedelta(days=30)).isoformat()}\n"
                  f"attendees: [{attendees}]\nitems:\n{items}---\n{minutes}")
            written += 1
            for i in range(1, paper_count + 1):
                topic = topics[i - 1]
                body_text = "\n\n".join(f"## {heading}\n\n{paragraph(rng, names, rng.randint(3, 6))}"
                                        for heading in ["Purpose", "Background", "Options", "Recommendation"])
                if written in (1500, 4501, 7502):
                    body_text += "\n\nThe formulary now lists tirzepatide for weight management in specialist services.\n"
                write(os.path.join(folder, f"paper-{i}.md"),
                      f"---\ntitle: {yaml_text(topic[0].upper() + topic[1:] + ' – ' + MONTHS[date.month - 1] + ' ' + str(date.year))}\n"
                      f"item: \"{i}\"\nauthor: {rng.choice(ROLES)}\npublished: {(date - datetime.timedelta(days=7)).isoformat()}\n"
                      f"status: published\n---\n{body_text}\n")
                written += 1
    return written


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--documents", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    count = generate(args.out, args.documents, args.seed)
    print(f"wrote {count} documents into {args.out}")


if __name__ == "__main__":
    main()
