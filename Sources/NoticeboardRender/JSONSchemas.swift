/// JSON Schemas (draft 2020-12) of the data files that are not plain tables. The tables' schemas are made from
/// their columns (`OpenDataTable.schema`).
enum JSONSchemas {
    /// Popolo's dates: a year, a year and month, or a full date.
    static let popoloDate: JSONValue = ["type": "string", "pattern": "^[0-9]{4}(-[0-9]{2}){0,2}$"]

    /// `popolo.json`. Popolo's own schemas (draft 03) mark almost nothing required; this one requires what the
    /// Popolo specification's classes cannot do without (every object's `id`; a person's and an organization's
    /// `name`; a membership's `person_id` and `organization_id`; an event's `name` and `start_date`), with Popolo's
    /// date patterns, and leaves other properties open as Popolo does.
    static func popolo(id: String?) -> JSONValue {
        let link: JSONValue = [
            "type": "object", "required": ["url"],
            "properties": ["url": ["type": "string", "format": "uri"], "note": ["type": "string"]],
        ]
        let links: JSONValue = ["type": "array", "items": ["$ref": "#/$defs/link"]]
        func object(_ title: String, required: [String], _ properties: [String: JSONValue]) -> JSONValue {
            ["type": "object", "title": .string(title), "required": .array(required.map(JSONValue.string)), "properties": .object(properties)]
        }
        let text: JSONValue = ["type": "string"]
        let nonEmpty: JSONValue = ["type": "string", "minLength": 1]
        var schema: [String: JSONValue] = [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "Popolo",
            "description": "People, organisations, memberships, meetings and regions in Popolo JSON (https://www.popoloproject.com/specs/).",
            "type": "object",
            "required": ["persons", "organizations", "memberships", "events", "areas"],
            "properties": [
                "persons": ["type": "array", "items": ["$ref": "#/$defs/person"]],
                "organizations": ["type": "array", "items": ["$ref": "#/$defs/organization"]],
                "memberships": ["type": "array", "items": ["$ref": "#/$defs/membership"]],
                "events": ["type": "array", "items": ["$ref": "#/$defs/event"]],
                "areas": ["type": "array", "items": ["$ref": "#/$defs/area"]],
            ],
            "$defs": [
                "link": link,
                "person": object("Person", required: ["id", "name"], ["id": nonEmpty, "name": nonEmpty, "links": links, "sources": links]),
                "organization": object("Organization", required: ["id", "name"], [
                    "id": nonEmpty, "name": nonEmpty, "classification": text, "parent_id": text, "area_id": text,
                    "founding_date": popoloDate, "dissolution_date": popoloDate, "links": links, "sources": links,
                    "identifiers": ["type": "array", "items": [
                        "type": "object", "required": ["identifier"],
                        "properties": ["identifier": text, "scheme": text],
                    ]],
                ]),
                "membership": object("Membership", required: ["id", "person_id", "organization_id"], [
                    "id": nonEmpty, "person_id": nonEmpty, "organization_id": nonEmpty, "on_behalf_of_id": text,
                    "role": text, "label": text, "start_date": popoloDate, "end_date": popoloDate, "links": links, "sources": links,
                ]),
                "event": object("Event", required: ["id", "name", "start_date"], [
                    "id": nonEmpty, "name": nonEmpty, "classification": text, "location": text, "status": text,
                    "organization_id": text, "sources": links,
                    "start_date": ["type": "string", "pattern": "^[0-9]{4}((-[0-9]{2}){0,2}|(-[0-9]{2}){2}T[0-9]{2}(:[0-9]{2}){0,2}(Z|[+-][0-9]{2}(:[0-9]{2})?))$"],
                    "end_date": ["type": "string", "pattern": "^[0-9]{4}((-[0-9]{2}){0,2}|(-[0-9]{2}){2}T[0-9]{2}(:[0-9]{2}){0,2}(Z|[+-][0-9]{2}(:[0-9]{2})?))$"],
                ]),
                "area": object("Area", required: ["id", "name"], ["id": nonEmpty, "name": nonEmpty, "classification": text]),
            ],
        ]
        if let id { schema["$id"] = .string(id) }
        return .object(schema)
    }
}
