internal import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Markdown to HTML through the CommonMark reference library (libcmark).
///
/// This is the only file that imports the C module. Rendering is always safe: raw HTML in
/// the input is dropped and `javascript:` links are emptied, because prose comes from data.
enum CommonMark {
    /// Rendering options, a subset of libcmark's `CMARK_OPT_*` flags.
    struct Options: OptionSet, Sendable {
        let rawValue: Int32
        init(rawValue: Int32) { self.rawValue = rawValue }

        /// Straight quotes to curly quotes, `--` to dashes.
        static let smart = Options(rawValue: CMARK_OPT_SMART)
        /// Replace invalid UTF-8 with U+FFFD instead of passing it through.
        static let validateUTF8 = Options(rawValue: CMARK_OPT_VALIDATE_UTF8)
        /// Soft line breaks become `<br />`.
        static let hardBreaks = Options(rawValue: CMARK_OPT_HARDBREAKS)

        /// The options the publication uses.
        static let publication: Options = [.smart, .validateUTF8]
    }

    /// The libcmark version string, for provenance.
    static var version: String {
        String(cString: cmark_version_string())
    }

    /// Renders CommonMark `markdown` as an HTML fragment.
    static func html(_ markdown: String, options: Options = .publication) -> String {
        var source = markdown
        return source.withUTF8 { bytes -> String in
            guard let base = bytes.baseAddress else { return "" }
            let raw = base.withMemoryRebound(to: CChar.self, capacity: bytes.count) { $0 }
            guard let rendered = cmark_markdown_to_html(raw, bytes.count, options.rawValue) else { return "" }
            defer { free(rendered) }
            return String(cString: rendered)
        }
    }
}
