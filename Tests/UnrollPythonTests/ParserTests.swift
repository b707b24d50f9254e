import Testing

@testable import UnrollPython

/// An expression as a compact S-expression, so a test reads the tree's shape.
func sexpr(_ e: Expr) -> String {
  func all(_ items: [Expr]) -> String { items.map(sexpr).joined(separator: " ") }
  switch e.kind {
  case .name(let n): return n.id
  case .int(let v): return String(v)
  case .float(let v): return String(v)
  case .string(let s): return "'\(s)'"
  case .bool(let b): return b ? "True" : "False"
  case .none: return "None"
  case .ellipsis: return "..."
  case .formatted(let parts):
    return "(f "
      + parts.map { part -> String in
        switch part {
        case .literal(let s): return "'\(s)'"
        case .field(let e, let c, let spec):
          let specText = spec.map { p -> String in
            if case .literal(let s) = p { return s }
            return "{}"
          }.joined()
          return "{\(sexpr(e))\(c.map { "!\($0)" } ?? "")\(specText.isEmpty ? "" : ":" + specText)}"
        }
      }.joined(separator: " ") + ")"
  case .tuple(let items): return "(tuple \(all(items)))"
  case .list(let items): return "(list \(all(items)))"
  case .dict(let entries):
    return "(dict " + entries.map { "\(sexpr($0.key)):\(sexpr($0.value))" }.joined(separator: " ")
      + ")"
  case .listComprehension(let element, let clauses):
    return "(listcomp \(sexpr(element))"
      + clauses.map {
        " for \(sexpr($0.target)) in \(sexpr($0.iterable))"
          + $0.conditions.map { " if \(sexpr($0))" }.joined()
      }.joined() + ")"
  case .unary(let op, let x): return "(\(op.rawValue) \(sexpr(x)))"
  case .binary(let op, let a, let b): return "(\(op.rawValue) \(sexpr(a)) \(sexpr(b)))"
  case .and(let items): return "(and \(all(items)))"
  case .or(let items): return "(or \(all(items)))"
  case .not(let x): return "(not \(sexpr(x)))"
  case .compare(let left, let rest):
    return "(cmp \(sexpr(left))" + rest.map { " \($0.op.rawValue) \(sexpr($0.right))" }.joined()
      + ")"
  case .conditional(let t, let b, let o): return "(if \(sexpr(t)) \(sexpr(b)) \(sexpr(o)))"
  case .call(let f, let args, let keywords):
    return "(call \(sexpr(f))" + args.map { " " + sexpr($0) }.joined()
      + keywords.map { " \($0.name)=\(sexpr($0.value))" }.joined() + ")"
  case .attribute(let o, let n): return "(. \(sexpr(o)) \(n))"
  case .subscript(let o, let i): return "([] \(sexpr(o)) \(sexpr(i)))"
  case .slice(let a, let b, let c):
    return "(: \(a.map(sexpr) ?? "_") \(b.map(sexpr) ?? "_") \(c.map(sexpr) ?? "_"))"
  }
}

/// The tree of one expression statement.
func parseExpression(_ source: String) throws -> String {
  let module = try Parser.parse(source)
  guard case .expression(let e) = module.body.first?.kind else { return "not an expression" }
  return sexpr(e)
}

/// The error parsing `source` raises.
func parseError(_ source: String) -> PythonError? {
  do {
    _ = try Parser.parse(source)
    return nil
  } catch {
    return error
  }
}

@Suite struct ParserTests {
  @Test(arguments: [
    ("a + b * c", "(+ a (* b c))"),
    ("a - b - c", "(- (- a b) c)"),
    ("-a ** 2", "(- (** a 2))"),
    ("a ** -b ** c", "(** a (- (** b c)))"),
    ("2 ** 3 ** 2", "(** 2 (** 3 2))"),
    ("a @ b + c", "(+ (@ a b) c)"),
    ("x // 2 % 3", "(% (// x 2) 3)"),
    ("not a == b", "(not (cmp a == b))"),
    ("a or b and not c", "(or a (and b (not c)))"),
    ("a < b <= c", "(cmp a < b <= c)"),
    ("a not in b is not c", "(cmp a not in b is not c)"),
    ("x if c else y if d else z", "(if c x (if d y z))"),
    ("-1", "-1"),
    ("- x", "(- x)"),
    ("f(a, b=2)(c).d[e]", "([] (. (call (call f a b=2) c) d) e)"),
    ("np.dot(self.Whh.T, dh_raw)", "(call (. np dot) (. (. self Whh) T) dh_raw)"),
    ("hs[:, t+1]", "([] hs (tuple (: _ _ _) (+ t 1)))"),
    ("a[::-1, None, ...]", "([] a (tuple (: _ _ -1) None ...))"),
    ("a[-1:, 1:2:3]", "([] a (tuple (: -1 _ _) (: 1 2 3)))"),
    ("(1,)", "(tuple 1)"),
    ("()", "(tuple )"),
    ("(a)", "a"),
    ("[x * x for x in xs if x if y]", "(listcomp (* x x) for x in xs if x if y)"),
    ("[(i, j) for i in a for j in b]", "(listcomp (tuple i j) for i in a for j in b)"),
    ("sum(x for x in xs)", "(call sum (listcomp x for x in xs))"),
    ("{'a': 1, 2: b}", "(dict 'a':1 2:b)"),
    ("'a' 'b' \"c\"", "'abc'"),
    ("f'{x:.4f} and {n!r}'", "(f {x:.4f} ' and ' {n!r})"),
    ("f'{{lit}} {a[0]}'", "(f '{lit} ' {([] a 0)})"),
  ])
  func expressionsParseWithPythonsPrecedence(_ source: String, _ tree: String) throws {
    #expect(try parseExpression(source) == tree)
  }

  @Test func statementsOfEveryKind() throws {
    let module = try Parser.parse(
      """
      import numpy as np
      a = b = 1
      x, (y, z) = 1, (2, 3)
      self.W -= lr * dW
      class Net(Base):
          def f(self, x, k=2):
              for t in reversed(range(3)):
                  if t: continue
                  elif x: break
                  else: pass
              while x:
                  x -= 1
              return x, k
      assert a, 'm'
      """)
    let kinds = module.body.map { stmt -> String in
      switch stmt.kind {
      case .importModule(let module, let alias): return "import \(module) as \(alias.id)"
      case .assign(let targets, let value): return "assign \(targets.map(sexpr)) \(sexpr(value))"
      case .augmentedAssign(let target, let op, let value):
        return "aug \(sexpr(target)) \(op.rawValue)= \(sexpr(value))"
      case .classDef(let cls):
        return "class \(cls.name)(\(cls.base.map(sexpr) ?? "")) \(cls.body.count)"
      case .assert(let test, let message):
        return "assert \(sexpr(test)) \(message.map(sexpr) ?? "")"
      default: return "other"
      }
    }
    #expect(
      kinds == [
        "import numpy as np", "assign [\"a\", \"b\"] 1",
        "assign [\"(tuple x (tuple y z))\"] (tuple 1 (tuple 2 3))",
        "aug (. self W) -= (* lr dW)", "class Net(Base) 1", "assert a 'm'",
      ])
    guard case .classDef(let cls) = module.body[4].kind, case .function(let def) = cls.body[0].kind
    else {
      Issue.record("no method")
      return
    }
    #expect(def.parameters.map(\.name) == ["self", "x", "k"])
    #expect(def.parameters[2].defaultValue.map(sexpr) == "2")
    #expect(def.body.count == 3)
    guard case .forLoop(let target, let iterable, let body, _) = def.body[0].kind else {
      Issue.record("no for")
      return
    }
    #expect(sexpr(target) == "t")
    #expect(sexpr(iterable) == "(call reversed (call range 3))")
    guard case .ifElse(let branches, let orElse) = body[0].kind else {
      Issue.record("no if")
      return
    }
    #expect(branches.count == 2)
    #expect(orElse.count == 1)
    #expect(def.body[2].line == 13)
  }

  @Test func nodesKeepTheirSourceSpan() throws {
    let source = "self.hs[:, t+1] = self.h.flatten()\n"
    let module = try Parser.parse(source)
    guard case .assign(let targets, let value) = module.body.first?.kind else {
      Issue.record("no assignment")
      return
    }
    let scalars = Array(source.unicodeScalars)
    func text(_ e: Expr) -> String { String(String.UnicodeScalarView(scalars[e.start..<e.end])) }
    #expect(text(targets[0]) == "self.hs[:, t+1]")
    #expect(text(value) == "self.h.flatten()")
    #expect(value.column == 18)
  }

  @Test(arguments: [
    ("x = 1 +\n", "SyntaxError", "invalid syntax", 1, 8),
    ("if x\n    y = 1\n", "SyntaxError", "expected ':'", 1, 5),
    ("  x = 1\n", "IndentationError", "unexpected indent", 1, 2),
    (
      "for t in r:\nx = 1\n", "IndentationError",
      "expected an indented block after 'for' statement on line 1", 2, 1
    ),
    (
      "class A:\npass\n", "IndentationError",
      "expected an indented block after class definition on line 1", 2, 1
    ),
    (
      "f() = 3\n", "SyntaxError",
      "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1
    ),
    (
      "a, b += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1,
      1
    ),
    ("continue\n", "SyntaxError", "'continue' outside loop", 1, 1),
    (
      "def f(a=1, b):\n  pass\n", "SyntaxError", "non-default argument follows default argument", 1,
      12
    ),
    ("x = 1 if y\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 5),
    ("x.1 = 2\n", "SyntaxError", "invalid syntax", 1, 2),
  ])
  func errorsInCPythonsWords(
    _ source: String, _ kind: String, _ message: String, _ line: Int, _ column: Int
  ) {
    let error = parseError(source)
    #expect(error?.kind == kind)
    #expect(error?.message == message)
    #expect(error?.line == line)
    #expect(error?.column == column)
  }

  @Test func constructsOutsideTheSubsetAreNamed() {
    let error = parseError("x = 1\ny = [a for a in b]\nz = lambda q: q\n")
    #expect(error?.kind == "UnsupportedError")
    #expect(error?.line == 3)
    #expect(error?.message == "'lambda' is outside the Python subset unroll check interprets")
  }
}
