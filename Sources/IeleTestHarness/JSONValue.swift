/// Typed access to the untyped values `JSONSerialization` returns, failing with the JSON path.
enum JSONValue {
    static func object(_ value: Any?, at path: String) throws(TestLoadError) -> [String: Any] {
        guard let object = value as? [String: Any] else {
            throw TestLoadError(.wrongType(expected: "an object"), at: path)
        }
        return object
    }

    static func array(_ value: Any?, at path: String) throws(TestLoadError) -> [Any] {
        guard let array = value as? [Any] else { throw TestLoadError(.wrongType(expected: "an array"), at: path) }
        return array
    }

    static func string(_ value: Any?, at path: String) throws(TestLoadError) -> String {
        guard let string = value as? String else { throw TestLoadError(.wrongType(expected: "a string"), at: path) }
        return string
    }

    static func required(_ object: [String: Any], _ key: String, at path: String) throws(TestLoadError) -> Any {
        guard let value = object[key] else { throw TestLoadError(.missingKey(key), at: path) }
        return value
    }
}
