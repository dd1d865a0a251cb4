// swift-tools-version:6.1
import PackageDescription

/// The IELE virtual machine: toolchain, numerics, crypto, engine and CLI.
///
/// Targets follow the path of a contract (see Documentation/Architecture.md):
/// text → IeleSyntax → IeleCheck → IeleBytecode → IeleVM, with IeleNumerics and
/// IeleCrypto underneath and IeleCLI / `iele` on top.
let package = Package(
    name: "iele-swift",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "iele", targets: ["iele"]),
        .library(name: "IeleVM", targets: ["IeleVM"]),
        .library(name: "IeleBytecode", targets: ["IeleBytecode"]),
        // For measuring tools only: interposes malloc & co. in the executable that links it, to count
        // allocations (`iele bench`, the Benchmarks package).
        .library(name: "IeleMallocCounter", targets: ["CMallocCounter"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
    ],
    targets: [
        .systemLibrary(name: "CGMP", path: "Sources/CGMP", providers: [.apt(["libgmp-dev"])]),
        .systemLibrary(name: "COpenSSL", path: "Sources/COpenSSL", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CSecp256k1", path: "Sources/CSecp256k1", providers: [.apt(["libsecp256k1-dev"])]),

        .target(name: "IeleNumerics", dependencies: ["CGMP"]),
        .target(name: "IeleCrypto", dependencies: ["IeleNumerics", "COpenSSL", "CSecp256k1"]),
        .target(name: "IeleSyntax", dependencies: ["IeleNumerics"]),
        .target(name: "IeleCheck", dependencies: ["IeleSyntax"]),
        .target(name: "IeleBytecode", dependencies: ["IeleSyntax", "IeleNumerics"]),
        .target(name: "IeleVM", dependencies: ["IeleBytecode", "IeleCheck", "IeleCrypto", "IeleNumerics", "IeleSyntax"]),
        .target(name: "IeleTestHarness", dependencies: ["IeleVM", "IeleBytecode", "IeleSyntax", "IeleCrypto"]),
        // Counts heap allocations by interposing malloc (glibc has no malloc hooks since 2.34).
        .target(name: "CMallocCounter"),
        .target(
            name: "IeleCLI",
            dependencies: [
                "IeleNumerics", "IeleSyntax", "IeleCheck", "IeleBytecode", "IeleVM", "IeleTestHarness", "CMallocCounter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(name: "iele", dependencies: ["IeleCLI"]),
        // The conformance-corpus locator shared by the test targets; not part of any product.
        .target(name: "IeleTestSupport", dependencies: ["IeleNumerics"]),

        .testTarget(name: "IeleNumericsTests", dependencies: ["IeleNumerics"]),
        .testTarget(name: "IeleCryptoTests", dependencies: ["IeleCrypto"], resources: [.copy("Vectors")]),
        .testTarget(name: "IeleSyntaxTests", dependencies: ["IeleSyntax", "IeleTestSupport"]),
        .testTarget(name: "IeleCheckTests", dependencies: ["IeleCheck", "IeleSyntax", "IeleTestSupport"]),
        .testTarget(name: "IeleBytecodeTests", dependencies: ["IeleBytecode", "IeleNumerics", "IeleSyntax", "IeleTestSupport"]),
        .testTarget(name: "IeleVMTests", dependencies: ["IeleVM", "IeleBytecode", "IeleSyntax"]),
        .testTarget(name: "IeleTestHarnessTests", dependencies: ["IeleTestHarness"]),
        .testTarget(name: "IeleCLITests", dependencies: ["IeleCLI"]),
    ]
)
