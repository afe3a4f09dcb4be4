/// Writes a ``Spreadsheet`` as an OpenDocument spreadsheet (`.ods`, ODF 1.2): a ZIP container
/// with `mimetype` first and stored, then `META-INF/manifest.xml`, `content.xml`,
/// `styles.xml` and `meta.xml`, deflated.
///
/// Text is stored as strings (`office:value-type="string"`), numbers as numbers
/// (`office:value-type="float"`, the value as the data writes it); each table's header row is
/// marked as one (`table:table-header-rows`, repeated on every printed page, and a database
/// range that contains a header); no cell is merged.
enum OpenDocumentSpreadsheet {
    static let mediaType = "application/vnd.oasis.opendocument.spreadsheet"

    /// The file's bytes.
    static func bytes(_ spreadsheet: Spreadsheet) throws(BuildError) -> [UInt8] {
        try ZipArchive.bytes(
            [
                ZipArchive.Entry(path: "mimetype", bytes: Array(mediaType.utf8), compressed: false),
                ZipArchive.Entry(path: "META-INF/manifest.xml", bytes: manifest),
                ZipArchive.Entry(path: "content.xml", bytes: content(spreadsheet)),
                ZipArchive.Entry(path: "styles.xml", bytes: styles(spreadsheet)),
                ZipArchive.Entry(path: "meta.xml", bytes: meta(spreadsheet)),
            ], modified: spreadsheet.date)
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    static let version = "1.2"
    static let namespaces = [
        ("office", "urn:oasis:names:tc:opendocument:xmlns:office:1.0"),
        ("style", "urn:oasis:names:tc:opendocument:xmlns:style:1.0"),
        ("text", "urn:oasis:names:tc:opendocument:xmlns:text:1.0"),
        ("table", "urn:oasis:names:tc:opendocument:xmlns:table:1.0"),
        ("fo", "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"),
        ("svg", "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"),
        ("xlink", "http://www.w3.org/1999/xlink"),
        ("meta", "urn:oasis:names:tc:opendocument:xmlns:meta:1.0"),
        ("dc", "http://purl.org/dc/elements/1.1/"),
        ("number", "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"),
    ]

    static func rootAttributes(_ prefixes: [String]) -> String {
        namespaces.filter { prefixes.contains($0.0) }.map { " xmlns:\($0.0)=\"\($0.1)\"" }.joined() + " office:version=\"\(version)\""
    }

    /// `META-INF/manifest.xml`.
    static let manifest: [UInt8] = Array(
        (declaration + """
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="\(version)">
             <manifest:file-entry manifest:full-path="/" manifest:version="\(version)" manifest:media-type="\(mediaType)"/>
             <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
             <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
             <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
            </manifest:manifest>

            """).utf8)

    /// `meta.xml`: title, language, date and generator.
    static func meta(_ spreadsheet: Spreadsheet) -> [UInt8] {
        var out = Array((declaration + "<office:document-meta" + rootAttributes(["office", "meta", "dc"]) + "><office:meta>").utf8)
        let date = spreadsheet.date.description + "T00:00:00"
        out.append(contentsOf: "<meta:generator>".utf8)
        XMLText.append(spreadsheet.generator, to: &out)
        out.append(contentsOf: "</meta:generator><dc:title>".utf8)
        XMLText.append(spreadsheet.title, to: &out)
        out.append(contentsOf: "</dc:title><dc:language>".utf8)
        XMLText.append(spreadsheet.language, to: &out)
        out.append(
            contentsOf:
                "</dc:language><meta:creation-date>\(date)</meta:creation-date><dc:date>\(date)</dc:date></office:meta></office:document-meta>\n".utf8
        )
        return out
    }

    /// `styles.xml`: the default cell style (Arial 11 pt, the document's language) and the page,
    /// whose header and footer carry the marking when there is one.
    static func styles(_ spreadsheet: Spreadsheet) -> [UInt8] {
        let language = spreadsheet.language.split(separator: "-")
        let country = language.count > 1 ? " fo:country=\"\(language[1])\"" : ""
        var out = Array(
            (declaration + "<office:document-styles" + rootAttributes(["office", "style", "text", "table", "fo", "svg"]) + ">"
                + """
                <office:font-face-decls><style:font-face style:name=\"Arial\" svg:font-family=\"Arial\" \
                style:font-family-generic=\"swiss\"/></office:font-face-decls>
                """
                    + """
                    <office:styles><style:default-style style:family=\"table-cell\"><style:text-properties style:font-name=\"Arial\" \
                    fo:font-size=\"11pt\" fo:language=\"\(language[0])\"\(country)/></style:default-style>
                    """
                + "<style:style style:name=\"Default\" style:family=\"table-cell\"/></office:styles>"
                    + """
                    <office:automatic-styles><style:page-layout style:name=\"pm1\"><style:page-layout-properties fo:page-width=\"29.7cm\" \
                    fo:page-height=\"21cm\" style:print-orientation=\"landscape\"/>
                    """
                + "<style:header-style><style:header-footer-properties fo:min-height=\"0.75cm\" fo:margin-bottom=\"0.25cm\"/></style:header-style>"
                + "<style:footer-style><style:header-footer-properties fo:min-height=\"0.75cm\" fo:margin-top=\"0.25cm\"/></style:footer-style>"
                + "</style:page-layout></office:automatic-styles>"
                + "<office:master-styles><style:master-page style:name=\"Default\" style:page-layout-name=\"pm1\">").utf8)
        if let marking = spreadsheet.marking {
            for part in ["header", "footer"] {
                out.append(contentsOf: "<style:\(part)><text:p>".utf8)
                XMLText.appendParagraphContent(marking, to: &out)
                out.append(contentsOf: "</text:p></style:\(part)>".utf8)
            }
        }
        out.append(contentsOf: "</style:master-page></office:master-styles></office:document-styles>\n".utf8)
        return out
    }

    /// The automatic cell styles, by ``Spreadsheet/Style``.
    static func styleName(_ style: Spreadsheet.Style) -> String? {
        switch style {
        case .plain: nil
        case .title: "ce-title"
        case .heading: "ce-heading"
        case .columnHeader: "ce-header"
        case .wrapped: "ce-wrapped"
        }
    }

    static let cellStyles =
        """
        <style:style style:name=\"ce-title\" style:family=\"table-cell\" style:parent-style-name=\"Default\"><style:text-properties \
        fo:font-size=\"14pt\" fo:font-weight=\"bold\"/></style:style>
        """
            + """
            <style:style style:name=\"ce-heading\" style:family=\"table-cell\" style:parent-style-name=\"Default\"><style:text-properties \
            fo:font-size=\"12pt\" fo:font-weight=\"bold\"/></style:style>
            """
            + """
            <style:style style:name=\"ce-header\" style:family=\"table-cell\" style:parent-style-name=\"Default\"><style:table-cell-properties \
            fo:wrap-option=\"wrap\" style:vertical-align=\"top\"/><style:text-properties fo:font-weight=\"bold\"/></style:style>
            """
            + """
            <style:style style:name=\"ce-wrapped\" style:family=\"table-cell\" style:parent-style-name=\"Default\"><style:table-cell-properties \
            fo:wrap-option=\"wrap\" style:vertical-align=\"top\"/></style:style>
            """
            + """
            <style:style style:name=\"ta1\" style:family=\"table\" style:master-page-name=\"Default\"><style:table-properties \
            table:display=\"true\" style:writing-mode=\"lr-tb\"/></style:style>
            """
            + """
            <style:style style:name=\"ro1\" style:family=\"table-row\"><style:table-row-properties \
            style:use-optimal-row-height=\"true\"/></style:style>
            """

    /// `content.xml`: every sheet.
    static func content(_ spreadsheet: Spreadsheet) -> [UInt8] {
        let widths = spreadsheet.sheets.map(columnWidths)
        var out: [UInt8] = []
        out.reserveCapacity(spreadsheet.sheets.reduce(0) { $0 + $1.rows.count } * 320 + 8_192)
        out.append(
            contentsOf: (declaration + "<office:document-content" + rootAttributes(["office", "style", "text", "table", "fo", "xlink", "number"])
                + ">").utf8)
        out.append(contentsOf: "<office:automatic-styles>".utf8)
        // A number with decimals is shown with all of them, trailing zeros included, as the
        // data writes it (`0.740410`, not a spreadsheet's general `0.74041`).
        for places in decimalPlaces(spreadsheet) {
            out.append(
                contentsOf: ("""
                <number:number-style style:name=\"N\(places)\"><number:number number:decimal-places=\"\(places)\" \
                number:min-integer-digits=\"1\"/></number:number-style>
                """
                    + """
                    <style:style style:name=\"ce-decimal\(places)\" style:family=\"table-cell\" style:parent-style-name=\"Default\" \
                    style:data-style-name=\"N\(places)\"/>
                    """)
                    .utf8)
        }
        // One column style per distinct width, named by its width in millimetres.
        for width in Set(widths.joined()).sorted() {
            out.append(
                contentsOf:
                    """
                    <style:style style:name=\"co\(width)\" style:family=\"table-column\"><style:table-column-properties \
                    style:column-width=\"\(width)mm\"/></style:style>
                    """
                    .utf8)
        }
        out.append(contentsOf: (cellStyles + "</office:automatic-styles><office:body><office:spreadsheet>").utf8)
        for (sheet, widths) in zip(spreadsheet.sheets, widths) {
            table(sheet, widths: widths, into: &out)
        }
        let ranges = spreadsheet.sheets.filter { $0.headerRow != nil && $0.rows.count > $0.headerRow! }
        if !ranges.isEmpty {
            out.append(contentsOf: "<table:database-ranges>".utf8)
            for sheet in ranges {
                let columns = sheet.rows[sheet.headerRow!...].map(\.count).max() ?? 1
                let range = "\(sheet.name).A\(sheet.headerRow! + 1):\(sheet.name).\(columnLetters(columns - 1))\(sheet.rows.count)"
                out.append(contentsOf: "<table:database-range table:name=\"\(sheet.name)_table\" table:target-range-address=\"".utf8)
                XMLText.append(range, to: &out)
                out.append(contentsOf: "\" table:contains-header=\"true\"/>".utf8)
            }
            out.append(contentsOf: "</table:database-ranges>".utf8)
        }
        out.append(contentsOf: "</office:spreadsheet></office:body></office:document-content>\n".utf8)
        return out
    }

    /// One sheet as a `table:table`.
    static func table(_ sheet: Spreadsheet.Sheet, widths: [Int], into out: inout [UInt8]) {
        out.append(contentsOf: "<table:table table:name=\"".utf8)
        XMLText.append(sheet.name, to: &out)
        out.append(contentsOf: "\" table:style-name=\"ta1\">".utf8)
        for width in widths {
            out.append(contentsOf: "<table:table-column table:style-name=\"co\(width)\" table:default-cell-style-name=\"Default\"/>".utf8)
        }
        for (i, row) in sheet.rows.enumerated() {
            let isHeader = i == sheet.headerRow
            if isHeader { out.append(contentsOf: "<table:table-header-rows>".utf8) }
            let wraps = row.contains { $0.style == .wrapped || $0.style == .columnHeader }
            out.append(contentsOf: (wraps ? "<table:table-row table:style-name=\"ro1\">" : "<table:table-row>").utf8)
            for cell in row { self.cell(cell, into: &out) }
            out.append(contentsOf: "</table:table-row>".utf8)
            if isHeader { out.append(contentsOf: "</table:table-header-rows>".utf8) }
        }
        out.append(contentsOf: "</table:table>".utf8)
    }

    static func cell(_ cell: Spreadsheet.Cell, into out: inout [UInt8]) {
        out.append(contentsOf: "<table:table-cell".utf8)
        if let style = styleName(cell.style) {
            out.append(contentsOf: " table:style-name=\"\(style)\"".utf8)
        }
        switch cell.value {
        case .number(let number):
            let places = decimals(number)
            if places > 0, styleName(cell.style) == nil { out.append(contentsOf: " table:style-name=\"ce-decimal\(places)\"".utf8) }
            out.append(contentsOf: " office:value-type=\"float\" office:value=\"".utf8)
            XMLText.append(number, to: &out)
            out.append(contentsOf: "\"><text:p>".utf8)
            XMLText.append(number, to: &out)
        case .text(let text):
            out.append(contentsOf: " office:value-type=\"string\"><text:p>".utf8)
            if let link = cell.link {
                out.append(contentsOf: "<text:a xlink:type=\"simple\" xlink:href=\"#".utf8)
                XMLText.append(link + ".A1", to: &out)
                out.append(contentsOf: "\">".utf8)
                XMLText.appendParagraphContent(text, to: &out)
                out.append(contentsOf: "</text:a>".utf8)
            } else {
                XMLText.appendParagraphContent(text, to: &out)
            }
        }
        out.append(contentsOf: "</text:p></table:table-cell>".utf8)
    }

    /// The digits after the decimal point of a number as written.
    static func decimals(_ number: String) -> Int {
        guard let dot = number.utf8.firstIndex(of: UInt8(ascii: ".")) else { return 0 }
        return number.utf8.distance(from: dot, to: number.utf8.endIndex) - 1
    }

    /// Every count of decimal places the numbers of the workbook are written with.
    static func decimalPlaces(_ spreadsheet: Spreadsheet) -> [Int] {
        var places = Set<Int>()
        for sheet in spreadsheet.sheets {
            for row in sheet.rows {
                for cell in row {
                    if case .number(let number) = cell.value { places.insert(decimals(number)) }
                }
            }
        }
        return places.filter { $0 > 0 }.sorted()
    }

    /// Each column's width in millimetres, from its longest text: wide enough to read a
    /// column without resizing it, with long text wrapped at 150 mm.
    static func columnWidths(_ sheet: Spreadsheet.Sheet) -> [Int] {
        var longest: [Int] = []
        for (i, row) in sheet.rows.enumerated() {
            for (c, cell) in row.enumerated() {
                // A1 (the title) and the lines above the table may run across empty cells.
                if sheet.headerRow.map({ i < $0 }) ?? (cell.style == .title) { continue }
                let length: Int
                switch cell.value {
                case .text(let text): length = text.utf8.count
                case .number(let number): length = number.utf8.count
                }
                if c >= longest.count { longest += [Int](repeating: 0, count: c + 1 - longest.count) }
                // A header wraps: it needs about the width of its longest word twice over.
                longest[c] = max(longest[c], cell.style == .columnHeader ? min(length, 24) : length)
            }
        }
        if longest.isEmpty { longest = [0] }
        return longest.map { min(150, max(25, $0 * 2 + 6)) }
    }

    /// `A`, `B`, … `Z`, `AA`, … for a column index from 0.
    static func columnLetters(_ index: Int) -> String {
        var n = index + 1
        var letters = ""
        while n > 0 {
            let r = (n - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + r))) + letters
            n = (n - 1) / 26
        }
        return letters
    }
}
