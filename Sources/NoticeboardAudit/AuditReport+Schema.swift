extension AuditReport {
    /// The JSON Schema (draft 2020-12) of `json()`, published beside it as `/data/findings.schema.json`.
    /// `$defs.record` is one finding, with its fields in the order of the CSV's columns.
    public static func jsonSchema(id: String?) -> String {
        let nullableText = #"{"type": ["string", "null"]}"#
        let idLine = id.map { "\n  \"$id\": \"\($0)\"," } ?? ""
        return #"""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",\#(idLine)
          "title": "Findings of the transparency audit",
          "description": "What the audit found missing, as of a date, and each body's openness score (0 to 100).",
          "type": "object",
          "required": ["as_of", "findings", "scores"],
          "additionalProperties": false,
          "properties": {
            "as_of": {"type": "string", "format": "date", "description": "The date the audit is computed as of."},
            "findings": {"type": "array", "items": {"$ref": "#/$defs/record"}},
            "scores": {"type": "object", "additionalProperties": {"type": "integer", "minimum": 0, "maximum": 100}}
          },
          "$defs": {
            "record": {
              "type": "object",
              "required": ["rule", "severity", "body", "meeting", "item", "paper", "message", "basis"],
              "additionalProperties": false,
              "properties": {
                "rule": {"type": "string", "description": "The rule's id, e.g. minutes-missing."},
                "severity": {"enum": ["error", "warning", "info"]},
                "body": {"type": "string", "description": "The body's slug."},
                "meeting": \#(nullableText),
                "item": \#(nullableText),
                "paper": \#(nullableText),
                "message": {"type": "string", "description": "One plain sentence for a reader."},
                "basis": {"type": "string", "description": "The duty or guidance the finding rests on, or that no duty is known."}
              }
            }
          }
        }

        """#
    }
}
