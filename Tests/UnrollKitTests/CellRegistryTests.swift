import Testing

@testable import UnrollKit

/// Every cell is reached through the registry, and what it declares holds together.
@Suite struct CellRegistryTests {
  @Test func namesParseBackToTheirCells() throws {
    let names = ModelKind.allCases.map(\.rawValue)
    #expect(Array(names.prefix(3)) == ["rnn", "lstm", "gru"])  // help lists them first
    #expect(Set(names).count == names.count)
    for kind in ModelKind.allCases {
      #expect(ModelKind(rawValue: kind.rawValue) == kind)
      #expect(kind.cell === Cell.named(kind.rawValue))
    }
    #expect(ModelKind(rawValue: "lsmt") == nil)
  }

  @Test(arguments: ModelKind.allCases)
  func aCellsDeclarationsFitItsPrograms(_ kind: ModelKind) throws {
    let cell = kind.cell
    let model = Model(kind, sizes: cell.defaults)
    let names = model.parameterNames
    #expect(Set(names).count == names.count)
    if let signature = cell.signature { #expect(names.contains(signature)) }
    #expect(names.contains(cell.sizeWeights.recurrent))
    #expect(names.contains(cell.sizeWeights.input))
    let forward = model.forward
    for name in cell.heatMaps { #expect(forward.operation(named: name) != nil, "\(name)") }
    for (_, name) in cell.aliases {
      #expect(
        forward.operation(named: name) != nil || model.backward.operation(named: name) != nil)
    }
    // Every parameter has a gradient accumulation in the correct backward pass.
    for name in names { #expect(model.backward.operation(named: "d" + name) != nil, "\(name)") }
    if let gates = cell.pytorchGates {
      #expect(PyTorchLayout.gateCount(kind) == gates.count)
      #expect(PyTorchLayout.kind(stackedRows: gates.count * 4, hidden: 4) == kind)
    }
  }

  @Test func theNotesBackwardIsTheRNNsAlone() throws {
    for kind in ModelKind.allCases {
      let model = Model(kind, sizes: Sizes(input: 1, hidden: 2, steps: 2))
      if let why = kind.notesGiveNoBackward {
        #expect(why.hasPrefix("the notes"))
        #expect(throws: EngineError.noBackwardInNotes(model: kind, bptt: .document)) {
          try model.backward(.document)
        }
      } else {
        #expect(try model.backward(.document).name != model.backward.name)
      }
    }
  }
}
