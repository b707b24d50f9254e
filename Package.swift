// swift-tools-version:6.0
import PackageDescription

// UnrollVector alone is compiled for FMA and AVX2 (and optimised in debug builds too,
// so that its test of millions of values takes a second): glibc's tanh, four lanes at a
// time. UnrollKit calls it only after checking the processor (Activations.swift).
#if arch(x86_64)
  let vectorFlags: [SwiftSetting] = [.unsafeFlags(["-O", "-Xcc", "-mfma", "-Xcc", "-mavx2"])]
#else
  let vectorFlags: [SwiftSetting] = [.unsafeFlags(["-O"])]
#endif

let package = Package(
  name: "Unroll",
  products: [
    .executable(name: "unroll", targets: ["unroll"]),
    .library(name: "UnrollKit", targets: ["UnrollKit"]),
  ],
  targets: [
    // A Python and NumPy subset interpreter for learners' own code (`unroll check`).
    .target(name: "UnrollPython"),
    .target(name: "UnrollVector", swiftSettings: vectorFlags),
    .target(name: "UnrollKit", dependencies: ["UnrollPython", "UnrollVector"]),
    .target(name: "UnrollCLI", dependencies: ["UnrollKit", "UnrollPython"]),
    .executableTarget(name: "unroll", dependencies: ["UnrollCLI"]),
    // Benchmarks, run by scripts/bench.sh and scripts/bench-train.sh; not part of the tool.
    .executableTarget(name: "unroll-bench", dependencies: ["UnrollKit"]),
    // Times the REPL's commands on a large recording (scripts/bench-repl.sh); not shipped.
    .executableTarget(name: "unroll-repl-bench", dependencies: ["UnrollCLI", "UnrollKit"]),
    .testTarget(
      name: "UnrollKitTests", dependencies: ["UnrollKit", "UnrollVector"], exclude: ["Fixtures"]),
    .testTarget(name: "UnrollPythonTests", dependencies: ["UnrollPython"], exclude: ["Fixtures"]),
    .testTarget(
      name: "UnrollCLITests", dependencies: ["UnrollCLI", "UnrollKit"],
      exclude: ["Snapshots", "LessonFixtures"]),
  ]
)
