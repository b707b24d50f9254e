// swift-tools-version:6.0
import PackageDescription

// UnrollVector alone is compiled for FMA and AVX2 (and optimised in debug builds too,
// so that its test of millions of values takes a second): glibc's tanh, four lanes at a
// time. UnrollKit calls it only after checking the processor (Activations.swift).
//
// UnrollKernels holds the kernels and the training fast path's arithmetic, optimised in
// every configuration (a learner's `swift run` is a debug build); UnrollKernelsAVX2 is the
// same files (symbolic links, one source) built for AVX2 without FMA, so that its four
// running sums fill one register and no multiply is fused with an add. FastTraining calls
// it only after the processor check (CPUFeatures.hasAVX2).
let optimised: [SwiftSetting] = [.unsafeFlags(["-O"])]
#if arch(x86_64)
  let vectorFlags: [SwiftSetting] = [.unsafeFlags(["-O", "-Xcc", "-mfma", "-Xcc", "-mavx2"])]
  let avx2Flags: [SwiftSetting] = [.unsafeFlags(["-O", "-Xcc", "-mavx2"])]
#else
  let vectorFlags = optimised
  let avx2Flags = optimised
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
    .target(name: "UnrollKernels", dependencies: ["UnrollVector"], swiftSettings: optimised),
    .target(name: "UnrollKernelsAVX2", dependencies: ["UnrollVector"], swiftSettings: avx2Flags),
    .target(
      name: "UnrollKit",
      dependencies: ["UnrollPython", "UnrollVector", "UnrollKernels", "UnrollKernelsAVX2"]),
    .target(name: "UnrollCLI", dependencies: ["UnrollKit", "UnrollPython"]),
    .executableTarget(name: "unroll", dependencies: ["UnrollCLI"]),
    // Benchmarks, run by scripts/bench.sh and scripts/bench-train.sh; not part of the tool.
    .executableTarget(name: "unroll-bench", dependencies: ["UnrollKit"]),
    // Times the REPL's commands on a large recording (scripts/bench-repl.sh); not shipped.
    .executableTarget(name: "unroll-repl-bench", dependencies: ["UnrollCLI", "UnrollKit"]),
    .testTarget(
      name: "UnrollKitTests",
      dependencies: ["UnrollKit", "UnrollVector", "UnrollKernels", "UnrollKernelsAVX2"],
      exclude: ["Fixtures"]),
    .testTarget(name: "UnrollPythonTests", dependencies: ["UnrollPython"], exclude: ["Fixtures"]),
    .testTarget(
      name: "UnrollCLITests", dependencies: ["UnrollCLI", "UnrollKit"],
      exclude: ["Snapshots", "LessonFixtures"]),
  ]
)
