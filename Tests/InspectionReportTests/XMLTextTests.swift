import Foundation
import Testing

@testable import InspectionReport

/// Text in the workbook's XML and in the JSON metadata: exact outputs.
@Suite("XML and JSON text")
struct XMLTextTests {
    static func paragraph(_ text: String) -> String {
        var out: [UInt8] = []
        XMLText.appendParagraphContent(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func markupCharactersBecomeEntities() {
        #expect(XMLText.escaped("<b>Tom & \"Jerry\"'s</b>") == "&lt;b&gt;Tom &amp; &quot;Jerry&quot;&apos;s&lt;/b&gt;")
        #expect(XMLText.escaped("]]>") == "]]&gt;")
        #expect(XMLText.escaped("Gämma ✓") == "Gämma ✓")
        #expect(XMLText.escaped("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d")
    }

    /// XML 1.0 cannot hold these at all; the input rules (docs/data-contract.md, "Text") keep them
    /// out of every text that reaches a cell.
    @Test func charactersXMLCannotHoldBecomeReplacementCharacters() {
        #expect(XMLText.escaped("a\u{0}b\u{1B}c\u{FFFE}d\u{FFFF}") == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}")
        #expect(XMLText.escaped("\u{FEFF}\u{FFFD}") == "\u{FEFF}\u{FFFD}", "other characters from U+F000 up stay as they are")
    }

    /// ODF collapses a run of spaces in a paragraph and drops leading ones (ODF 1.2, 6.1.2):
    /// every space that does not follow a visible character is a `<text:s/>`.
    @Test func spacesThatAParagraphWouldCollapseAreKept() {
        #expect(Self.paragraph("Alpha Police") == "Alpha Police")
        #expect(Self.paragraph("a  b") == "a <text:s/>b")
        #expect(Self.paragraph("a    b") == "a <text:s text:c=\"3\"/>b")
        #expect(Self.paragraph(" lead") == "<text:s/>lead")
        #expect(Self.paragraph("  two & <three>  ") == "<text:s text:c=\"2\"/>two &amp; &lt;three&gt; <text:s/>")
        #expect(Self.paragraph("tab\there") == "tab<text:tab/>here")
        #expect(Self.paragraph("one\r\ntwo\nthree") == "one<text:line-break/>two<text:line-break/>three")
        #expect(Self.paragraph("a \n b") == "a <text:line-break/><text:s/>b")
    }

    @Test func jsonKeepsTheOrderOfKeysAndEscapesStrings() {
        let value = JSONValue.object([
            ("z", .string("quote \" backslash \\ line\nend\u{1}")),
            ("a", .array([.integer(-3), .bool(true), .array([]), .object([])])),
            ("m", .string("£ ✓ \u{2028}")),
        ])
        #expect(
            value.text == """
                {
                  "z": "quote \\" backslash \\\\ line\\nend\\u0001",
                  "a": [
                    -3,
                    true,
                    [],
                    {}
                  ],
                  "m": "£ ✓ \\u2028"
                }

                """)
        let parsed = try? JSONSerialization.jsonObject(with: Data(value.text.utf8)) as? [String: Any]
        #expect(parsed?["z"] as? String == "quote \" backslash \\ line\nend\u{1}")
        #expect(parsed?["m"] as? String == "£ ✓ \u{2028}")
    }
}
