/// An area bodies belong to; NHS England's seven regions are built in and a site may add its own.
public struct Region: Hashable, Sendable {
    public var slug: String
    public var name: String
    public init(slug: String, name: String) { self.slug = slug; self.name = name }

    public static let builtIn: [Region] = [
        Region(slug: "east-of-england", name: "East of England"),
        Region(slug: "london", name: "London"),
        Region(slug: "midlands", name: "Midlands"),
        Region(slug: "north-east-and-yorkshire", name: "North East and Yorkshire"),
        Region(slug: "north-west", name: "North West"),
        Region(slug: "south-east", name: "South East"),
        Region(slug: "south-west", name: "South West"),
    ]
}
