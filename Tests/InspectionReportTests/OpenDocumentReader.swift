import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads an `.ods` file for the tests without the tool's own code: the container with
/// ZIPFoundation's reader and the raw bytes of its first local header, `content.xml` with
/// Foundation's XML parser (libxml2), which fails on XML that is not well-formed.
struct OpenDocumentReader {
    /// A cell as the file stores it.
    struct Cell: Equatable {
        /// `office:value-type`: `float`, `string`, … (nil for an empty cell).
        var type: String?
        /// `office:value` (numbers).
        var value: String?
        /// The text of its paragraph, `<text:s>` read as the spaces it stands for.
        var text: String
        /// The target of a link in the cell.
        var link: String?
        /// `table:number-columns-spanned` or `number-rows-spanned` (a merged cell).
        var spanned: Bool
        /// `table:style-name`.
        var style: String? = nil
    }

    struct Sheet {
        var name: String
        var rows: [[Cell]]
        /// The indexes of the rows inside `table:table-header-rows`.
        var headerRows: [Int]

        /// The text of a row's cells.
        func texts(_ row: Int) -> [String] { rows[row].map(\.text) }
    }

    /// The archive's entries in order: path, contents and whether each is compressed.
    var entries: [(path: String, bytes: [UInt8], compressed: Bool)] = []
    var sheets: [Sheet] = []
    /// Every file's bytes by path.
    var files: [String: [UInt8]] = [:]

    static let officeNS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    static let tableNS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    static let textNS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    static let xlinkNS = "http://www.w3.org/1999/xlink"

    struct ReadError: Error, CustomStringConvertible {
        var description: String
    }

    init(_ bytes: [UInt8]) throws {
        let archive = try Archive(data: Data(bytes), accessMode: .read)
        for entry in archive {
            var contents = Data()
            _ = try archive.extract(entry, skipCRC32: false) { contents.append($0) }
            entries.append((entry.path, [UInt8](contents), entry.isCompressed))
            files[entry.path] = [UInt8](contents)
        }
        guard let content = files["content.xml"] else { throw ReadError(description: "no content.xml") }
        let document = try XMLDocument(data: Data(content), options: [.nodePreserveWhitespace])
        guard let root = document.rootElement() else { throw ReadError(description: "content.xml has no root") }
        for table in Self.descendants(of: root, named: "table", in: Self.tableNS) {
            var sheet = Sheet(name: Self.attribute(table, "name", Self.tableNS) ?? "", rows: [], headerRows: [])
            for child in table.children ?? [] {
                guard let element = child as? XMLElement else { continue }
                if element.localName == "table-header-rows" {
                    for row in Self.children(of: element, named: "table-row", in: Self.tableNS) {
                        sheet.headerRows.append(sheet.rows.count)
                        sheet.rows.append(Self.cells(of: row))
                    }
                } else if element.localName == "table-row" {
                    sheet.rows.append(Self.cells(of: element))
                } else if element.localName == "table-rows" || element.localName == "table-row-group" {
                    throw ReadError(description: "\(sheet.name): rows grouped in \(element.localName ?? "")")
                }
            }
            sheets.append(sheet)
        }
    }

    func sheet(_ name: String) -> Sheet? { sheets.first { $0.name == name } }

    static func cells(of row: XMLElement) -> [Cell] {
        children(of: row, named: "table-cell", in: tableNS).map { cell in
            let paragraphs = children(of: cell, named: "p", in: textNS)
            let link = paragraphs.flatMap { descendants(of: $0, named: "a", in: textNS) }.first.flatMap { attribute($0, "href", xlinkNS) }
            let spanned = attribute(cell, "number-columns-spanned", tableNS) != nil || attribute(cell, "number-rows-spanned", tableNS) != nil
            return Cell(
                type: attribute(cell, "value-type", officeNS), value: attribute(cell, "value", officeNS),
                text: paragraphs.map(text).joined(separator: "\n"), link: link, spanned: spanned, style: attribute(cell, "style-name", tableNS))
        }
    }

    /// A paragraph's text as ODF defines it: `<text:s text:c="n"/>` is n spaces.
    static func text(_ node: XMLNode) -> String {
        if node.kind == .text { return node.stringValue ?? "" }
        guard let element = node as? XMLElement else { return "" }
        if element.localName == "s", element.uri == textNS {
            return String(repeating: " ", count: Int(attribute(element, "c", textNS) ?? "1") ?? 1)
        }
        if element.localName == "line-break" { return "\n" }
        if element.localName == "tab" { return "\t" }
        return (element.children ?? []).map(text).joined()
    }

    static func attribute(_ element: XMLElement, _ name: String, _ uri: String) -> String? {
        element.attribute(forLocalName: name, uri: uri)?.stringValue
    }

    static func children(of element: XMLElement, named name: String, in uri: String) -> [XMLElement] {
        (element.children ?? []).compactMap { $0 as? XMLElement }.filter { $0.localName == name && $0.uri == uri }
    }

    static func descendants(of element: XMLElement, named name: String, in uri: String) -> [XMLElement] {
        var found: [XMLElement] = []
        for child in (element.children ?? []).compactMap({ $0 as? XMLElement }) {
            if child.localName == name && child.uri == uri { found.append(child) }
            found += descendants(of: child, named: name, in: uri)
        }
        return found
    }
}
