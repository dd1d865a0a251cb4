/// Why a reference JSON test file could not be turned into runnable tests, and where.
public struct TestLoadError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// The file could not be read.
        case unreadable(String)
        /// The file is not JSON, or its top level is not an object of tests.
        case notJSON(String)
        /// A required key is absent.
        case missingKey(String)
        /// A value has the wrong JSON type (expected the named one).
        case wrongType(expected: String)
        /// A string that should be (signed) hex or decimal is not.
        case badHex(String)
        /// The `network` names no known gas schedule.
        case unknownNetwork(String)
        /// A `code` path could not be read or assembled.
        case codeUnavailable(path: String, reason: String)
    }

    public var kind: Kind
    /// A JSON path such as `SUM.blocks[0].transactions[1].arguments[0]`.
    public var location: String
    /// The test file, when known.
    public var file: String?

    public init(_ kind: Kind, at location: String, file: String? = nil) {
        self.kind = kind
        self.location = location
        self.file = file
    }

    public var description: String {
        let place = (file.map { $0 + ": " } ?? "") + location
        switch kind {
        case .unreadable(let reason): return "\(place): cannot read file: \(reason)"
        case .notJSON(let reason): return "\(place): not a JSON test file: \(reason)"
        case .missingKey(let key): return "\(place): missing key \"\(key)\""
        case .wrongType(let expected): return "\(place): expected \(expected)"
        case .badHex(let text): return "\(place): not a number: \"\(text)\""
        case .unknownNetwork(let name): return "\(place): unknown network \"\(name)\""
        case .codeUnavailable(let path, let reason): return "\(place): code \"\(path)\" unavailable: \(reason)"
        }
    }
}
