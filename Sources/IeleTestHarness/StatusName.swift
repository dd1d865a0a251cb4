import IeleNumerics

/// Names of the exception statuses of iele.md ("Exceptional states"), for messages.
public enum StatusName {
    /// `FUNC_NOT_FOUND` … `CONTRACT_INVALID` for 1…9, `SUCCESS` for 0; nil for any other value
    /// (a `revert` value).
    public static func name(of status: IeleInt) -> String? {
        guard let code = status.asInt, code >= 0, code < names.count else { return nil }
        return names[code]
    }

    /// `4 USER_ERROR`, or just the number for a status with no name.
    public static func describe(_ status: IeleInt) -> String {
        name(of: status).map { "\(status) \($0)" } ?? "\(status)"
    }

    private static let names = [
        "SUCCESS", "FUNC_NOT_FOUND", "FUNC_WRONG_SIG", "CONTRACT_NOT_FOUND", "USER_ERROR", "OUT_OF_GAS",
        "ACCT_COLLISION", "OUT_OF_FUNDS", "CALL_STACK_OVERFLOW", "CONTRACT_INVALID",
    ]
}
