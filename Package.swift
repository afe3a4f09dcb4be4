// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "inspection-report",
    products: [
        .executable(name: "inspection-report", targets: ["inspection-report"]),
        .library(name: "InspectionReport", targets: ["InspectionReport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(
            name: "CCrypto",
            pkgConfig: "libcrypto",
            providers: [.apt(["libssl-dev"])]
        ),
        .systemLibrary(
            name: "CClp",
            pkgConfig: "clp",
            providers: [.apt(["coinor-libclp-dev"])]
        ),
        .target(name: "CSystemCalls"),
        .target(
            name: "InspectionReport",
            dependencies: [
                "CSystemCalls",
                "CCmark",
                "CCrypto",
                "CClp",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            // Optimised in debug builds too: the tests build publications (secondary
            // suppression solves thousands of linear programs), about three times faster so.
            swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]
        ),
        .executableTarget(
            name: "inspection-report",
            dependencies: [
                "InspectionReport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "InspectionReportTests",
            dependencies: ["InspectionReport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Golden"],
            resources: [.copy("Fixtures")]
        ),
    ]
)
