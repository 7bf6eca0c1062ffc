// swift-tools-version: 6.0
import PackageDescription

// The canonical model has no dependencies; core depends on it; each format plugin depends on
// core; the executable is the composition root that lists the built-in plugins.
let package = Package(
    name: "reportconv",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "reportconv", targets: ["reportconv"]),
        .library(name: "ReportModel", targets: ["ReportModel"]),
        .library(name: "ReportCore", targets: ["ReportCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(name: "ReportModel", path: "Sources/ReportModel"),
        .target(
            name: "ReportCore",
            dependencies: ["ReportModel", .product(name: "Crypto", package: "swift-crypto")],
            path: "Sources/ReportCore"
        ),

        // MARK: Format plugins: regular targets under Plugins/ (not SwiftPM "package plugins").
        .target(name: "TextPlugin", dependencies: ["ReportCore"], path: "Plugins/TextPlugin"),
        .systemLibrary(
            name: "CPoppler",
            path: "Plugins/CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        // zlib: the PDF plugin inflates content streams itself to cap a page's work before poppler runs it.
        .systemLibrary(name: "CZlib", path: "Plugins/CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "PDFPlugin", dependencies: ["ReportCore", "CPoppler", "CZlib"], path: "Plugins/PDFPlugin"),
        // libxml2's HTML parser (tag soup); Debian's build links ICU, see Plugins/CLibXML2/shim.h.
        .systemLibrary(
            name: "CLibXML2",
            path: "Plugins/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "HTMLPlugin",
            dependencies: ["ReportCore", "CLibXML2"],
            path: "Plugins/HTMLPlugin",
            swiftSettings: [.enableUpcomingFeature("InternalImportsByDefault")]
        ),

        .executableTarget(
            name: "reportconv",
            dependencies: [
                "ReportCore", "PDFPlugin", "HTMLPlugin", "TextPlugin",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/reportconv"
        ),

        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "ReportModelTests", dependencies: ["ReportModel"], path: "Tests/ReportModelTests"),
        .testTarget(name: "ReportCoreTests", dependencies: ["ReportCore", "TestSupport"], path: "Tests/ReportCoreTests"),
        .testTarget(name: "TextPluginTests", dependencies: ["TextPlugin"], path: "Tests/TextPluginTests"),
        .testTarget(
            name: "reportconvTests",
            dependencies: ["reportconv", "ReportCore", "TestSupport"],
            path: "Tests/reportconvTests",
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "PDFPluginTests",
            dependencies: ["PDFPlugin", "TextPlugin", "ReportCore", "ReportModel"],
            path: "Tests/PDFPluginTests"
        ),
        .testTarget(
            name: "HTMLPluginTests",
            dependencies: ["HTMLPlugin", "TextPlugin", "ReportCore", "ReportModel", "TestSupport"],
            path: "Tests/HTMLPluginTests",
            exclude: ["Golden"]
        ),
    ]
)
