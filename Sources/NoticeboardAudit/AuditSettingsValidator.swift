import NoticeboardModel

/// Checks the `audit:` settings of `noticeboard.yml` against the registry: an unknown rule id (with the
/// closest one suggested) or a `days` threshold on a rule that has none is a `path:line:column` error.
public enum AuditSettingsValidator {
    /// One error for each wrong rule setting, sorted by rule id; empty when the settings are right.
    public static func diagnostics(for settings: SiteSettings, rules: [any AuditRule] = AuditRegistry.rules) -> [Diagnostic] {
        let ids = rules.map(\.id)
        return settings.auditRules.sorted { $0.key < $1.key }.compactMap { id, setting in
            guard let rule = rules.first(where: { $0.id == id }) else {
                return .error("unknown audit rule '\(id)'\(DidYouMean.hint(for: id, among: ids)) (expected \(ids.joined(separator: ", ")))",
                              at: setting.source)
            }
            if setting.days != nil, rule.defaultDays == nil {
                let withDays = rules.filter { $0.defaultDays != nil }.map(\.id)
                let hint = rule.thresholdElsewhere.map { "; \($0)" } ?? ""
                return .error("audit rule '\(id)' has no threshold in days (rules with one: \(withDays.joined(separator: ", ")))\(hint)",
                              at: setting.source)
            }
            return nil
        }
    }
}
