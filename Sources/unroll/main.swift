import UnrollCLI

// Everything happens in UnrollCLI; this only wires the process to it.
let terminal = Terminal.standard()
Terminal.exit(Unroll.run(Array(CommandLine.arguments.dropFirst()), terminal: terminal))
