// swift-tools-version:6.1
import PackageDescription

/// Coverage-guided fuzzers (libFuzzer) for the IELE toolchain and engine, kept out of the product
/// and out of `swift test`. Each executable is one libFuzzer target: its `main.swift` hands its
/// test function to libFuzzer (`FuzzDriver`), so it must be built with `-sanitize=fuzzer`
/// (`scripts/fuzz` does that). See README.md.
let package = Package(
    name: "iele-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "iele-swift", path: ".."),
    ],
    targets: [
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "IeleVM", package: "iele-swift"),
                .product(name: "IeleBytecode", package: "iele-swift"),
            ]),
        .executableTarget(name: "fuzz-parser", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "fuzz-disassembler", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "fuzz-roundtrip", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "fuzz-interpreter", dependencies: ["FuzzSupport"]),
    ]
)
