extension Catalogue {
  /// The messages in Chinese: usage errors, a weights file's problems, their phrases.
  static let chineseMessages: [String: String] = [
    "usage.unknownCommand":
      "未知命令 {name}",
    "usage.didYouMean":
      "；你是想输入 {suggestion} 吗？",
    "usage.seeCommands":
      "；运行 `unroll help` 查看所有命令",
    "usage.unknownFlag":
      "未知选项 {flag}",
    "usage.flagOfAnotherCommand":
      "{command} 没有选项 {flag}（它属于 `unroll {owner}`）",
    "usage.flagBeforeCommand":
      "{flag} 前面需要一个命令，例如 `unroll {owner} {flag} …`",
    "usage.missingValue":
      "{flag} 需要一个值（{valueName}）",
    "usage.unexpectedValue":
      "{flag} 不接受值",
    "usage.invalidValue":
      "{flag} 必须是 {expected}，而不是 {value}",
    "usage.unexpectedArgument":
      "{command} 不接受参数 {word}；运行 `unroll help {command}` 查看它的选项",
    "expect.integer":
      "{low} 到 {high} 之间的整数",
    "expect.number":
      "{low} 到 {high} 之间的数",
    "expect.above":
      "大于 {low} 的数",
    "expect.oneOf":
      "{list} 之一",
    "expect.or":
      "{first} 或 {last}",
    "weights.notJSON":
      "不是有效的 JSON：第 {line} 行第 {column} 列：{reason}",
    "weights.notAnObject":
      "权重文件是一个含有 \"model\" 和 \"params\" 的 JSON 对象，但这里是{found}",
    "weights.unknownKey":
      "未知的键 {keys}（权重文件的键是 {known}）",
    "weights.unknownKeys":
      "未知的键 {keys}（权重文件的键是 {known}）",
    "weights.unknownModel":
      "model 必须是 {names}，但这里是 {found}",
    "weights.modelDisagrees":
      "--model {flag} 与文件不一致，文件中是 {file}",
    "weights.missingParams.found":
      "\"params\" 必须是一个按名字存放矩阵的对象，但这里是{found}",
    "weights.missingParams.absent":
      "\"params\" 必须是一个按名字存放矩阵的对象，但文件中没有它",
    "weights.missingParameter":
      "缺少参数 {name}（{model} 的参数是 {names}）",
    "weights.unknownParameter":
      "未知参数 {names}（{model} 的参数是 {known}）",
    "weights.unknownParameters":
      "未知参数 {names}（{model} 的参数是 {known}）",
    "weights.notAMatrix":
      "{name} 必须是由行组成的列表，例如 [[0.1, 0.2]]（一列写作 [[0.1], [0.2]]），但这里是{found}",
    "weights.emptyMatrix":
      "{name} 是空的；它至少需要一行、每行至少一个数",
    "weights.raggedRow":
      "{name} 的第 {row} 行有 {found} 个元素，而第 0 行有 {expected} 个",
    "weights.notANumber":
      "{name}[{row}][{col}] 必须是数，但这里是{found}",
    "weights.nonFinite":
      "{name}[{row}][{col}] 不是有限的数",
    "weights.wrongShape":
      "{name} 的形状是 {found}，应为 {expected}",
    "weights.noInputColumns":
      "{name} 的形状是 {found}；门的权重是 (hidden, hidden + input)，所以需要多于 {hidden} 列",
    "weights.overLimit":
      "{what} {value}（来自 {source}）超过了上限 {limit}",
    "weights.xWidth.one":
      "x[{row}] 有 {found} 个元素，应为 {expected} 个（{source} 的输入尺寸）",
    "weights.xWidth.many":
      "x[{row}] 有 {found} 个元素，应为 {expected} 个（{source} 的输入尺寸）",
    "weights.badLabel":
      "y 必须是 0 或 1，但这里是 {found}",
    "weights.badLabels":
      "y 必须是 0 或 1，或者由 {expected} 个 0 或 1 组成的标签列表（每个时间步一个），但这里是 {found}",
    "weights.flagDisagrees":
      "{flag} {given} 与文件不一致：{source} 给出的是 {found}",
    "weights.unknownLayout":
      "layout 必须是 \"document\" 或 \"pytorch\"，但这里是 {found}",
    "weights.wrongLayoutKey.pytorch":
      "{key} 属于笔记的布局；\"layout\": \"pytorch\" 的文件存放的是 state_dict",
    "weights.wrongLayoutKey.document":
      "只有 \"layout\": \"pytorch\" 时才读取 {key}（这个文件的布局是 document）",
    "weights.missingStateDict.found":
      "\"state_dict\" 必须是一个按名字存放张量的对象，就像 model.state_dict() 那样，但这里是{found}",
    "weights.missingStateDict.absent":
      "\"state_dict\" 必须是一个按名字存放张量的对象，就像 model.state_dict() 那样，但文件中没有它",
    "weights.notAVector":
      "{key} 必须是由数组成的列表，例如 [0.1, 0.2]（PyTorch 中偏置是一维的），但这里是{found}",
    "weights.batchOfMany":
      "x 是一批 {count} 个序列；Unroll 只运行一个（请写 x[0].tolist()）",
    "weights.list.more":
      "{shown}，……（共 {count} 个）",
    "phrase.null":
      "null",
    "phrase.boolean":
      "布尔值",
    "phrase.number":
      "数",
    "phrase.string":
      "字符串",
    "phrase.list":
      "列表",
    "phrase.object":
      "对象",
    "phrase.hiddenSize":
      "隐藏尺寸",
    "phrase.inputSize":
      "输入尺寸",
    "phrase.steps":
      "时间步数",
    "repl.unknown":
      "未知命令 {word}。",
    "repl.didYouMean":
      "你是想输入 `{command}` 吗？",
    "repl.typeHelp":
      "输入 `help` 查看列表。",
  ]
}

extension Catalogue {
  /// The conflicts without values in Chinese, keyed by their English.
  static let chineseConflicts: [String: String] = [
    "-o writes --format md (the document and its chart)":
      "-o 写出的是 --format md（文档及其图表）",
    "--clip-norm scales, --clip-value cuts entries: give one":
      "--clip-norm 按比例缩放，--clip-value 截断元素：只能选一个",
    "--bptt verbatim cannot train: the notes' backward() stops at its first line (see `unroll compare`); use --bptt document for its repaired form":
      "--bptt verbatim 无法训练：笔记的 backward() 在第一行就停止（见 `unroll compare`）；请用 --bptt document 训练它修正后的形式",
    "--compare trains with both BPTTs; leave out --bptt":
      "--compare 会用两种 BPTT 训练；请去掉 --bptt",
    "--samples draws data from --seed; --data reads it: give one":
      "--samples 由 --seed 生成数据，--data 从文件读取数据：只能选一个",
    "check needs a file: unroll check FILE.py, or unroll check --new rnn FILE.py":
      "check 需要一个文件：unroll check FILE.py，或 unroll check --new rnn FILE.py",
    "--bptt verbatim cannot be checked: the notes' backward() stops at its first line (see `unroll compare`); --bptt document checks its repaired form":
      "--bptt verbatim 无法检验：笔记的 backward() 在第一行就停止（见 `unroll compare`）；--bptt document 检验它修正后的形式",
    "--entries samples at random, --max-entries spreads: give one":
      "--entries 随机抽样，--max-entries 均匀分布：只能选一个",
    "--bptt verbatim stops at the note's first line whatever the objective: leave out --loss and --tbptt, or use --bptt document":
      "无论目标是什么，--bptt verbatim 都会停在笔记的第一行：请去掉 --loss 和 --tbptt，或改用 --bptt document",
  ]
}
