/// `data/metrics.csv-metadata.json`: W3C CSV on the Web metadata (a table group) describing
/// `metrics.csv`, `quality.csv` and `rejections.csv` (and, in a restricted output,
/// `open-overdue-cases.csv`): each column's name, datatype and meaning, and every metric and
/// breakdown as a SKOS concept in the notes of `metrics.csv`. Its name is the one a CSVW
/// processor looks for beside `metrics.csv` (`{+url}-metadata.json`).
enum CSVWMetadata {
    /// The path in the output.
    static let path = "data/metrics.csv-metadata.json"

    /// The metadata of a publication's open data, as bytes (deterministic: keys in a fixed order).
    static func bytes(_ publication: Publication) -> [UInt8] {
        Array(document(publication).text.utf8)
    }

    /// The metadata document.
    static func document(_ publication: Publication) -> JSONValue {
        let settings = publication.settings
        let meta = settings.publication
        var group: [(String, JSONValue)] = [
            ("@context", .string("http://www.w3.org/ns/csvw")),
            ("dc:title", .string(settings.title)),
            (
                "dc:description",
                .string(
                    """
                    The open data of the publication: every figure (metrics.csv), the data quality of its inputs (quality.csv) and every \
                    rejected input row (rejections.csv). The same figures are in the workbook inspection-report.ods; the data dictionary page \
                    (data-dictionary.html) describes them for people.
                    """
                )
            ),
            ("dc:issued", .string(publication.generatedOn.description)),
            ("dc:temporal", .string("\(settings.periodStart)/\(settings.periodEnd)")),
            ("dc:spatial", .string(publication.name(of: .national))),
            (
                "rdfs:comment",
                .string("Figures are the state known on the census date (as_of) \(settings.asOf). Status of the statistics: \(meta.status).")
            ),
        ]
        if let producer = meta.producer { group.append(("dc:publisher", .string(producer))) }
        if let contact = meta.contact { group.append(("dcat:contactPoint", .string(contact))) }
        if publication.audience.isMarked { group.append(("dc:accessRights", .string(publication.marking))) }
        var files = DataDictionary.published
        if publication.audience.isMarked { files.append(DataDictionary.openOverdueCases) }
        if publication.audience == .restricted, publication.table.suppression != nil { files.append(DataDictionary.suppression) }
        group.append(("tables", .array(files.map { table($0, notes: $0.name == DataDictionary.metrics.name ? vocabulary() : nil) })))
        return .object(group)
    }

    /// A table description.
    static func table(_ file: DataDictionary.File, notes: JSONValue?) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("url", .string(file.name)),
            ("dc:title", .string(file.title)),
            ("dc:description", .string(file.description)),
            (
                "tableSchema",
                .object([
                    ("columns", .array(file.columns.map(column))),
                    ("primaryKey", .array(file.primaryKey.map(JSONValue.string))),
                ])
            ),
        ]
        if let notes { members.append(("notes", notes)) }
        return .object(members)
    }

    /// A column description.
    static func column(_ column: DataDictionary.Column) -> JSONValue {
        let datatype: JSONValue =
            column.format.map { .object([("base", .string(column.datatype)), ("format", .string($0))]) }
            ?? .string(column.datatype)
        return .object([
            ("name", .string(column.name)),
            ("titles", .string(column.name)),
            ("dc:description", .string(column.description)),
            ("datatype", datatype),
            ("required", .bool(column.required)),
        ])
    }

    /// The metrics and the breakdowns, as two SKOS concept schemes.
    static func vocabulary() -> JSONValue {
        let metrics = Metric.allCases.map { metric -> JSONValue in
            .object([
                ("@type", .string("skos:Concept")),
                ("skos:notation", .string(metric.csvName)),
                ("skos:prefLabel", .string(metric.label)),
                ("skos:definition", .string(metric.definition)),
                ("schema:unitText", .string(metric.unit.label)),
                ("dc:format", .string(metric.unit.format)),
                ("rdfs:comment", .string("Breakdowns: " + metric.breakdownPatterns)),
            ])
        }
        let breakdowns = Breakdown.Dimension.allCases.map { dimension -> JSONValue in
            .object([
                ("@type", .string("skos:Concept")),
                ("skos:notation", .string(dimension.pattern)),
                ("skos:definition", .string(dimension.meaning)),
                ("rdfs:comment", .string("Values: " + dimension.values)),
            ])
        }
        return .array([
            .object([
                ("@type", .string("skos:ConceptScheme")),
                ("skos:prefLabel", .string("Metrics (the metric column)")),
                ("skos:hasTopConcept", .array(metrics)),
            ]),
            .object([
                ("@type", .string("skos:ConceptScheme")),
                ("skos:prefLabel", .string("Breakdowns (the breakdown column)")),
                ("skos:hasTopConcept", .array(breakdowns)),
            ]),
        ])
    }
}
