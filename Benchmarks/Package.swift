// swift-tools-version:6.1
import PackageDescription

/// Benchmarks of the IELE VM, kept out of the product and out of `swift test`.
///
/// `swift run -c release --package-path Benchmarks iele-benchmarks` runs every workload; see README.md.
/// The executable links the root package's malloc interposer (CMallocCounter) to count allocations.
let package = Package(
    name: "iele-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(name: "iele-swift", path: ".."),
    ],
    targets: [
        .executableTarget(
            name: "iele-benchmarks",
            dependencies: [
                .product(name: "IeleMallocCounter", package: "iele-swift"),
                .product(name: "IeleVM", package: "iele-swift"),
                .product(name: "IeleBytecode", package: "iele-swift"),
            ],
            path: "Sources/IeleBenchmarks"),
        // Peak resident memory per accounted word of one call (Benchmarks/memory.sh, Memory.md).
        .executableTarget(
            name: "iele-memory",
            dependencies: [
                .product(name: "IeleVM", package: "iele-swift"),
                .product(name: "IeleBytecode", package: "iele-swift"),
            ],
            path: "Sources/IeleMemory"),
    ]
)
