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
        // Each format plugin is a library too, so a Swift program can convert with any of them.
        .library(name: "TextPlugin", targets: ["TextPlugin"]),
        .library(name: "HTMLPlugin", targets: ["HTMLPlugin"]),
        .library(name: "PDFPlugin", targets: ["PDFPlugin"]),
        .library(name: "DOCXPlugin", targets: ["DOCXPlugin"]),
        .library(name: "XLSXPlugin", targets: ["XLSXPlugin"]),
        .library(name: "PluginConformance", targets: ["PluginConformance"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // The archive: SQLite embedded (GRDB), PostgreSQL shared (postgres-nio), originals gzip'd.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/adam-fowler/compress-nio", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // `reportconv serve`: the archive's read-only web pages.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
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
        // poppler-glib and cairo: the types and constants only (Plugins/CPoppler/shim.h); the
        // libraries are opened when the first PDF is read (PDFPlugin/Loading/PopplerLibrary.swift).
        .systemLibrary(name: "CPoppler", path: "Plugins/CPoppler"),
        // Tesseract's C API (with Leptonica) reads scanned pages; Debian's chi-sim and eng data.
        // Its headers only, from /usr/include: the libraries are opened on first use
        // (Plugins/PDFPlugin/OCR/TesseractLibrary.swift), not linked.
        .systemLibrary(
            name: "CTesseract",
            path: "Plugins/CTesseract",
            providers: [.apt(["libtesseract-dev", "libleptonica-dev", "tesseract-ocr-chi-sim", "tesseract-ocr-eng"])]
        ),
        // zlib: the PDF plugin inflates content streams itself to cap a page's work before poppler runs it.
        .systemLibrary(name: "CZlibInflate", path: "Plugins/CZlibInflate", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "PDFPlugin", dependencies: ["ReportCore", "CPoppler", "CTesseract", "CZlibInflate"], path: "Plugins/PDFPlugin"),
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
        // Office Open XML: the ZIP package and its XML parts (ZIPFoundation, Foundation's XMLParser),
        // shared by the Word and Excel plugins. A support target, not a plugin.
        .target(
            name: "OfficeOpenXML",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Plugins/OfficeOpenXML"
        ),
        .target(name: "DOCXPlugin", dependencies: ["ReportCore", "OfficeOpenXML"], path: "Plugins/DOCXPlugin"),
        .target(name: "XLSXPlugin", dependencies: ["ReportCore", "OfficeOpenXML"], path: "Plugins/XLSXPlugin"),

        // Canonical JSON read back as an input (the report is already interpreted; see the plugin).
        .target(name: "ReportJSONPlugin", dependencies: ["ReportCore"], path: "Plugins/ReportJSONPlugin"),

        // MARK: The archive (`reportconv archive`): one store, two database backends.
        .target(
            name: "ReportArchive",
            dependencies: [
                "ReportCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Sources/ReportArchive"
        ),

        // MARK: `reportconv serve`: browse, search and compare the archive in a web page (Hummingbird).
        .target(
            name: "ReportServer",
            dependencies: [
                "ReportArchive", "ReportCore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            path: "Sources/ReportServer"
        ),

        .executableTarget(
            name: "reportconv",
            dependencies: [
                "ReportCore", "PDFPlugin", "HTMLPlugin", "DOCXPlugin", "XLSXPlugin", "TextPlugin", "ReportJSONPlugin",
                "ReportArchive", "ReportServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            path: "Sources/reportconv",
            // The release binary is linked at a fixed address, not position-independent: with the
            // Swift runtime and Foundation linked statically, a PIE start rewrites 146,000
            // relocations and copies every page they touch (760 page faults, most of
            // `reportconv --version`), in the parent and again in each worker. Linked here, it
            // starts in 4 ms instead of 7. The trade-off is that the executable's own code is not
            // placed at a random address (shared libraries such as poppler still are).
            // Nor does it export its 46,000 symbols: the Swift runtime's start-up looks its own
            // path up with `dladdr`, which walks the whole dynamic symbol table of the executable.
            // Nothing loads the executable's symbols by name (the C libraries opened with
            // `dlopen` do not call back into it); crash backtraces read the full symbol table.
            linkerSettings: [.unsafeFlags(["-Xclang-linker", "-no-pie", "-Xlinker", "--no-export-dynamic"],
                                          .when(platforms: [.linux], configuration: .release))]
        ),

        .target(name: "TestSupport", path: "Tests/TestSupport"),
        // The conformance kit: the checks every format plugin's tests run (see README, "Writing a format plugin").
        .target(name: "PluginConformance", dependencies: ["ReportCore", "ReportModel"], path: "Tests/PluginConformance"),
        .testTarget(name: "ReportModelTests", dependencies: ["ReportModel"], path: "Tests/ReportModelTests"),
        .testTarget(name: "ReportCoreTests", dependencies: ["ReportCore", "TestSupport"], path: "Tests/ReportCoreTests"),
        .testTarget(
            name: "TextPluginTests",
            dependencies: ["TextPlugin", "HTMLPlugin", "PDFPlugin", "PluginConformance", "TestSupport"],
            path: "Tests/TextPluginTests"
        ),
        .testTarget(
            name: "reportconvTests",
            dependencies: ["reportconv", "ReportCore", "ReportModel", "TestSupport", "PluginConformance",
                           "TextPlugin", "HTMLPlugin", "PDFPlugin", "DOCXPlugin", "XLSXPlugin"],
            path: "Tests/reportconvTests",
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "PDFPluginTests",
            dependencies: ["PDFPlugin", "TextPlugin", "ReportCore", "ReportModel", "PluginConformance", "TestSupport"],
            path: "Tests/PDFPluginTests"
        ),
        .testTarget(
            name: "ReportArchiveTests",
            dependencies: ["ReportArchive", "reportconv", "ReportCore", "TestSupport"],
            path: "Tests/ReportArchiveTests",
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "ReportServerTests",
            dependencies: ["ReportServer", "ReportArchive", "ReportCore", "ReportModel", "reportconv", "TestSupport"],
            path: "Tests/ReportServerTests"
        ),
        .testTarget(
            name: "HTMLPluginTests",
            dependencies: ["HTMLPlugin", "TextPlugin", "ReportCore", "ReportModel", "TestSupport", "PluginConformance"],
            path: "Tests/HTMLPluginTests",
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "DOCXPluginTests",
            dependencies: ["DOCXPlugin", "OfficeOpenXML", "HTMLPlugin", "TextPlugin", "ReportCore", "ReportModel", "TestSupport",
                           "PluginConformance"],
            path: "Tests/DOCXPluginTests"
        ),
        .testTarget(
            name: "XLSXPluginTests",
            dependencies: ["XLSXPlugin", "HTMLPlugin", "TextPlugin", "ReportCore", "ReportModel", "TestSupport", "PluginConformance"],
            path: "Tests/XLSXPluginTests"
        ),
    ]
)
