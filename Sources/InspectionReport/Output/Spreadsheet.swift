/// A workbook as data: named sheets of rows of cells, with no layout beyond a few styles.
/// ``OpenDocumentSpreadsheet`` writes it as an `.ods` file.
struct Spreadsheet: Sendable {
    /// How a cell looks. Every style is plain text on white; none carries meaning by colour.
    enum Style: Sendable, Hashable {
        case plain
        /// A sheet's title, in A1.
        case title
        /// A heading on the cover.
        case heading
        /// A cell of a table's header row.
        case columnHeader
        /// Long text, wrapped within its column.
        case wrapped
    }

    /// A cell: text or a number.
    struct Cell: Sendable {
        enum Value: Sendable, Hashable {
            /// Text, stored as a string (`[c]` included).
            case text(String)
            /// A number, stored as a number: its decimal text as `metrics.csv` writes it
            /// (`12`, `0.789063`, `-0.250000`), shown as written.
            case number(String)
        }

        var value: Value
        var style: Style
        /// The sheet a text cell links to (its cell A1), if any.
        var link: String?

        static func text(_ text: String, _ style: Style = .plain, link: String? = nil) -> Cell {
            Cell(value: .text(text), style: style, link: link)
        }

        static func number(_ text: String) -> Cell {
            Cell(value: .number(text), style: .plain, link: nil)
        }
    }

    /// A sheet: its rows from row 1, and where its one table's header row is.
    struct Sheet: Sendable {
        /// The sheet's name (its tab): short, unique, and free of `[]*?:/\'`.
        var name: String
        /// The rows from row 1 (A1 holds the sheet's title); no row is empty.
        var rows: [[Cell]]
        /// The index in `rows` of the table's header row (nil for a sheet that is not a table: the cover).
        var headerRow: Int?

        /// The title in A1.
        var title: String {
            if case .text(let title)? = rows.first?.first?.value { return title }
            return name
        }
    }

    /// The document's title (its properties).
    var title: String
    /// The document's language, as a BCP 47 tag.
    var language = "en-GB"
    /// The date of the document (its properties, and every file's date in the ZIP container).
    var date: Day
    /// The program that wrote it.
    var generator: String
    /// A protective marking printed in the header and footer of every page (restricted
    /// outputs), or nil.
    var marking: String?
    var sheets: [Sheet]
}
