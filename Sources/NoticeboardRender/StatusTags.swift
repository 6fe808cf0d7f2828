import NoticeboardModel

/// The words and colours of statuses; each tag says its status in text.
enum StatusTags {
    static func meeting(_ status: Meeting.Status) -> TagView {
        switch status {
        case .held: return TagView(text: "Held", tone: "green")
        case .scheduled: return TagView(text: "Scheduled", tone: "blue")
        case .cancelled: return TagView(text: "Cancelled", tone: "grey")
        }
    }

    static func session(_ session: Meeting.Session) -> TagView {
        switch session {
        case .public: return TagView(text: "In public", tone: "green")
        case .partPrivate: return TagView(text: "Partly in private", tone: "yellow")
        case .private: return TagView(text: "In private", tone: "red")
        }
    }

    static func paper(_ status: Paper.Status) -> TagView {
        switch status {
        case .published: return TagView(text: "Published", tone: "green")
        case .withheld: return TagView(text: "Withheld", tone: "red")
        case .notPublished: return TagView(text: "Not published", tone: "red")
        }
    }
}
