// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets over reportconv's decoders and interpreter. Built only by `scripts/fuzz.sh`
// with `-sanitize=fuzzer,address` (libFuzzer supplies `main`), never by the main build.
// `Sources/*` are symbolic links to the real modules, so the fuzzers run the shipped code; the
// links are needed because a package may not name folders outside its own root.
let package = Package(
    name: "reportconv-fuzz",
    dependencies: [
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .target(name: "ReportModel", path: "Sources/ReportModel"),
        .target(name: "ReportCore", dependencies: ["ReportModel", .product(name: "Crypto", package: "swift-crypto")],
                path: "Sources/ReportCore"),
        .target(name: "TextPlugin", dependencies: ["ReportCore"], path: "Sources/TextPlugin"),
        .systemLibrary(name: "CPoppler", path: "Sources/CPoppler"),
        .systemLibrary(name: "CZlibInflate", path: "Sources/CZlibInflate", pkgConfig: "zlib"),
        .systemLibrary(name: "CTesseract", path: "Sources/CTesseract"),   // headers only: opened with dlopen
        .target(name: "PDFPlugin", dependencies: ["ReportCore", "CPoppler", "CZlibInflate", "CTesseract"],
                path: "Sources/PDFPlugin"),
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0"),
        .target(name: "HTMLPlugin", dependencies: ["ReportCore", "CLibXML2"], path: "Sources/HTMLPlugin",
                swiftSettings: [.enableUpcomingFeature("InternalImportsByDefault")]),
        .target(name: "FuzzDriver", dependencies: ["ReportCore"], path: "Targets/FuzzDriver"),
        .executableTarget(name: "FuzzText", dependencies: ["TextPlugin", "FuzzDriver"], path: "Targets/FuzzText"),
        .executableTarget(name: "FuzzHTML", dependencies: ["HTMLPlugin", "FuzzDriver"], path: "Targets/FuzzHTML"),
        .executableTarget(name: "FuzzPDFLayout", dependencies: ["PDFPlugin", "FuzzDriver"], path: "Targets/FuzzPDFLayout"),
        .executableTarget(name: "FuzzPDFInspection", dependencies: ["PDFPlugin", "FuzzDriver"], path: "Targets/FuzzPDFInspection"),
        .executableTarget(name: "FuzzInterpreter", dependencies: ["ReportCore", "FuzzDriver"], path: "Targets/FuzzInterpreter"),
    ]
)
