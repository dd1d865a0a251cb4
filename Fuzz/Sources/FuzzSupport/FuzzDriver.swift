#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// libFuzzer's entry point for a program that has its own `main` (LLVM's `FuzzerInterface.h`).
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// Starts libFuzzer on one target.
///
/// SwiftPM links an executable target's `main.swift` as the program's `main` (it renames the
/// entry point and points `main` at it), so a fuzzer cannot take libFuzzer's own `main`: each
/// target's `main.swift` calls this instead, and libFuzzer parses the command line as usual.
public enum FuzzDriver {
    /// Runs libFuzzer with the process's arguments on `test`, then exits with its status.
    public static func run(_ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        let status = LLVMFuzzerRunDriver(&argc, &argv, test)
        exit(status)
    }
}
