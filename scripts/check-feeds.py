#!/usr/bin/env python3
"""Checks a built Noticeboard site's feeds, calendars and open data with real parsers.

    python3 scripts/check-feeds.py SITE_DIR

- every .xml feed (feed.xml, bodies/*/feed.xml) parses with feedparser as Atom 1.0 with no bozo (no XML error),
  with an id, a title, an updated date and a link on every entry, and no entry id used twice;
- every .ics parses with icalendar, has CRLF line ends only, no line over 75 octets and no UTF-8 sequence split
  across a fold, and every event has a UID (never used twice in one calendar), a DTSTAMP, an all-day DTSTART
  and a STATUS;
- every JSON file under data/ is valid against the JSON Schema (draft 2020-12) beside it, ids are unique, and
  every reference between the files (body_id, meeting_id, paper_id, person_id) points at a record that exists;
- every CSV file under data/ parses as RFC 4180 with the JSON's fields as its header and one row per record,
  and no cell starts with = + - @ (the formula-injection guard);
- data/popolo.json has the fields the Popolo specification's classes need (written out below) and its ids
  and references hold together;
- the JSON-LD in every HTML page parses as JSON and cannot close its <script> element.

Prints one line per problem and a count of checks passed and failed; exits 1 if anything failed.
Needs the packages in scripts/requirements-checks.txt.
"""
import csv
import io
import json
import re
import sys
from pathlib import Path

import feedparser
import icalendar
from jsonschema import Draft202012Validator

failures = []
passes = 0


def fail(path, message):
    failures.append(f"{path}: {message}")


def ok():
    global passes
    passes += 1


def check_feed(path: Path, root: Path):
    data = path.read_bytes()
    feed = feedparser.parse(data)
    rel = path.relative_to(root)
    problems = []
    if feed.bozo:
        problems.append(f"not well-formed: {feed.bozo_exception}")
    if feed.version != "atom10":
        problems.append(f"not Atom 1.0 (feedparser says {feed.version!r})")
    for key in ("id", "title", "updated"):
        if not feed.feed.get(key):
            problems.append(f"the feed has no {key}")
    if not any(link.get("rel") == "self" for link in feed.feed.get("links", [])):
        problems.append("the feed has no rel=self link")
    ids = set()
    for entry in feed.entries:
        for key in ("id", "title", "updated", "link"):
            if not entry.get(key):
                problems.append(f"an entry has no {key}: {entry.get('id')}")
        if entry.get("id") in ids:
            problems.append(f"entry id {entry.get('id')} is used twice")
        ids.add(entry.get("id"))
        if not re.match(r"^(https?://|urn:uuid:|tag:)", entry.get("id", "")):
            problems.append(f"entry id {entry.get('id')!r} is not an absolute IRI")
        if entry.get("updated_parsed") is None:
            problems.append(f"entry {entry.get('id')} has an unreadable updated date")
    for problem in problems:
        fail(rel, problem)
    if not problems:
        ok()
    return len(feed.entries)


def check_calendar(path: Path, root: Path):
    rel = path.relative_to(root)
    data = path.read_bytes()
    problems = []
    if b"\n" in data.replace(b"\r\n", b"") or b"\r" in data.replace(b"\r\n", b""):
        problems.append("a line does not end in CRLF")
    if not data.endswith(b"\r\n"):
        problems.append("the file does not end in CRLF")
    for number, line in enumerate(data.split(b"\r\n"), 1):
        if len(line) > 75:
            problems.append(f"line {number} is {len(line)} octets (at most 75)")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line {number} is not whole UTF-8 (a fold split a character)")
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except Exception as error:  # noqa: BLE001 - any parse error is a failure
        fail(rel, f"icalendar cannot parse it: {error}")
        return 0
    for key in ("VERSION", "PRODID"):
        if key not in calendar:
            problems.append(f"the calendar has no {key}")
    if calendar.get("VERSION") != "2.0":
        problems.append("VERSION is not 2.0")
    events = calendar.walk("VEVENT")
    if not events:
        problems.append("the calendar has no event")
    uids = set()
    for event in events:
        uid = str(event.get("UID", ""))
        if not uid:
            problems.append("an event has no UID")
        if uid in uids:
            problems.append(f"UID {uid} is used twice")
        uids.add(uid)
        for key in ("DTSTAMP", "DTSTART", "SUMMARY", "STATUS"):
            if key not in event:
                problems.append(f"event {uid} has no {key}")
        start = event.get("DTSTART")
        if start is not None and start.params.get("VALUE") != "DATE":
            problems.append(f"event {uid} is not an all-day event (DTSTART;VALUE=DATE)")
        if str(event.get("STATUS", "")) not in ("CONFIRMED", "TENTATIVE", "CANCELLED"):
            problems.append(f"event {uid} has status {event.get('STATUS')!r}")
    for problem in problems:
        fail(rel, problem)
    if not problems:
        ok()
    return len(events)


# What the Popolo specification's classes need (popoloproject.com/specs), written out here: each object's id and
# name (a membership's person and organization), and the references between them.
POPOLO_REQUIRED = {
    "persons": ["id", "name"],
    "organizations": ["id", "name"],
    "memberships": ["person_id", "organization_id"],
    "events": ["id", "name", "start_date"],
    "areas": ["id", "name"],
}
POPOLO_DATE = re.compile(r"^[0-9]{4}(-[0-9]{2}){0,2}$")
POPOLO_DATETIME = re.compile(r"^[0-9]{4}((-[0-9]{2}){0,2}|(-[0-9]{2}){2}T[0-9]{2}(:[0-9]{2}){0,2}(Z|[+-][0-9]{2}(:[0-9]{2})?))$")


def check_popolo(path: Path, root: Path):
    rel = path.relative_to(root)
    document = json.loads(path.read_text(encoding="utf-8"))
    problems = []
    ids = {}
    for collection, required in POPOLO_REQUIRED.items():
        items = document.get(collection)
        if not isinstance(items, list):
            problems.append(f"'{collection}' is not a list")
            continue
        ids[collection] = set()
        for item in items:
            for key in required:
                if not isinstance(item.get(key), str) or not item.get(key):
                    problems.append(f"a {collection[:-1]} has no {key}: {item}")
            if "id" in item:
                if item["id"] in ids[collection]:
                    problems.append(f"{collection} id {item['id']} is used twice")
                ids[collection].add(item["id"])
            for key in ("founding_date", "dissolution_date", "start_date", "end_date", "birth_date", "death_date"):
                if key in item:
                    pattern = POPOLO_DATETIME if collection == "events" else POPOLO_DATE
                    if not pattern.match(str(item[key])):
                        problems.append(f"{collection} {item.get('id')}: {key} {item[key]!r} is not a Popolo date")
            for key in ("links", "sources"):
                for link in item.get(key, []):
                    if not link.get("url"):
                        problems.append(f"{collection} {item.get('id')}: a {key[:-1]} has no url")
    references = [
        ("memberships", "person_id", "persons"),
        ("memberships", "organization_id", "organizations"),
        ("memberships", "on_behalf_of_id", "organizations"),
        ("organizations", "parent_id", "organizations"),
        ("organizations", "area_id", "areas"),
        ("events", "organization_id", "organizations"),
    ]
    for collection, key, target in references:
        for item in document.get(collection, []):
            if key in item and item[key] not in ids.get(target, set()):
                problems.append(f"{collection} {item.get('id')}: {key} {item[key]!r} is not in {target}")
    for problem in problems:
        fail(rel, problem)
    if not problems:
        ok()


def check_data(root: Path):
    data = root / "data"
    if not data.is_dir():
        fail("data", "there is no data/ folder")
        return
    records = {}
    for path in sorted(data.glob("*.json")):
        if path.name.endswith(".schema.json"):
            continue
        rel = path.relative_to(root)
        schema_path = path.with_name(path.stem + ".schema.json")
        if not schema_path.exists():
            fail(rel, f"has no schema {schema_path.name}")
            continue
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
            schema = json.loads(schema_path.read_text(encoding="utf-8"))
        except ValueError as error:
            fail(rel, f"is not JSON: {error}")
            continue
        try:
            Draft202012Validator.check_schema(schema)
        except Exception as error:  # noqa: BLE001
            fail(schema_path.relative_to(root), f"is not a valid draft 2020-12 schema: {error}")
            continue
        if schema.get("$schema") != "https://json-schema.org/draft/2020-12/schema":
            fail(schema_path.relative_to(root), "does not declare draft 2020-12")
        validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
        for error in errors[:10]:
            fail(rel, f"schema: {'/'.join(map(str, error.path))}: {error.message}")
        if not errors:
            ok()
        if path.name == "popolo.json":
            check_popolo(path, root)
            continue
        # The audit's findings.json is the shape `noticeboard audit --format json` prints: its rows are "findings".
        rows = document.get("records", document.get("findings", []))
        records[path.stem] = rows
        ids = [row["id"] for row in rows if "id" in row]
        if len(ids) != len(set(ids)):
            fail(rel, "an id is used twice")
        check_csv(path.with_suffix(".csv"), root, rows, schema)
    check_references(records, root)


def check_csv(path: Path, root: Path, rows, schema):
    rel = path.relative_to(root)
    if not path.exists():
        fail(rel, "is missing")
        return
    data = path.read_bytes()
    problems = []
    if data.startswith(b"\xef\xbb\xbf"):
        problems.append("starts with a byte-order mark")
    text = data.decode("utf-8")
    # Every record ends in CRLF; a bare LF may only appear inside a quoted field.
    if not text.endswith("\r\n"):
        problems.append("does not end in CRLF")
    table = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    header = table[0] if table else []
    fields = list(schema["$defs"]["record"]["required"])
    if header != fields:
        problems.append(f"header {header} is not the JSON fields {fields}")
    if len(table) - 1 != len(rows):
        problems.append(f"{len(table) - 1} rows for {len(rows)} JSON records")
    for number, row in enumerate(table[1:], 2):
        if len(row) != len(header):
            problems.append(f"row {number} has {len(row)} fields, not {len(header)}")
        for cell in row:
            if cell[:1] in ("=", "+", "-", "@", "\t", "\r"):
                problems.append(f"row {number}: cell {cell[:20]!r} could run as a formula")
    for problem in problems:
        fail(rel, problem)
    if not problems:
        ok()


def check_references(records, root):
    ids = {name: {row["id"] for row in rows if "id" in row} for name, rows in records.items()}
    people = set()
    popolo = root / "data" / "popolo.json"
    if popolo.exists():
        people = {person["id"] for person in json.loads(popolo.read_text(encoding="utf-8")).get("persons", [])}
    targets = {"body_id": "bodies", "parent_id": "bodies", "meeting_id": "meetings", "paper_id": "papers"}
    problems = []
    for name, rows in records.items():
        for row in rows:
            for key, target in targets.items():
                if row.get(key) is not None and target in ids and row[key] not in ids[target]:
                    problems.append(f"data/{name}.json: {row.get('id', row)}: {key} {row[key]!r} is not in {target}")
            if row.get("person_id") is not None and popolo.exists() and row["person_id"] not in people:
                problems.append(f"data/{name}.json: {row.get('id', row)}: person_id {row['person_id']!r} is not in popolo.json")
    for problem in problems:
        fail("data", problem)
    if not problems:
        ok()


LD_SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def check_json_ld(root: Path):
    count = 0
    for path in sorted(root.rglob("*.html")):
        html = path.read_text(encoding="utf-8")
        for block in LD_SCRIPT.findall(html):
            count += 1
            rel = path.relative_to(root)
            if "<" in block or ">" in block or "&" in block:
                fail(rel, "the JSON-LD holds a raw < > or &")
            try:
                value = json.loads(block)
            except ValueError as error:
                fail(rel, f"the JSON-LD is not JSON: {error}")
                continue
            if value.get("@context") != "https://schema.org" or "@type" not in value:
                fail(rel, "the JSON-LD has no schema.org @context and @type")
                continue
            ok()
    return count


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    root = Path(sys.argv[1])
    feeds = sorted(p for p in root.rglob("*.xml") if p.name != "sitemap.xml")
    entries = sum(check_feed(p, root) for p in feeds)
    calendars = sorted(root.rglob("*.ics"))
    events = sum(check_calendar(p, root) for p in calendars)
    check_data(root)
    blocks = check_json_ld(root)
    print(f"checked {len(feeds)} feeds ({entries} entries), {len(calendars)} calendars ({events} events), "
          f"the data files under data/, and {blocks} JSON-LD blocks")
    for failure in failures:
        print(f"FAIL {failure}")
    print(f"feeds, calendars and data: {passes} checks passed, {len(failures)} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
