internal import CCrypto

/// SHA-256 through OpenSSL's libcrypto (hardware-accelerated where the processor allows),
/// for the provenance of every input and for change detection.
enum Digest {
    /// The lowercase hex SHA-256 of `bytes`.
    static func sha256(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { sha256($0) }
    }

    /// The lowercase hex SHA-256 of `bytes`.
    static func sha256(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        var length: UInt32 = 0
        let ok = digest.withUnsafeMutableBufferPointer { output in
            EVP_Digest(UnsafeRawPointer(bytes.baseAddress), bytes.count, output.baseAddress, &length, EVP_sha256(), nil)
        }
        precondition(ok == 1 && length == 32, "libcrypto could not compute SHA-256")
        let hex = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(64)
        for b in digest {
            out.append(hex[Int(b >> 4)])
            out.append(hex[Int(b & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The SHA-256 of a string's UTF-8 bytes.
    static func sha256(_ text: String) -> String { sha256(Array(text.utf8)) }
}
