extension Catalogue {
  /// The runner's words in simplified Chinese.
  static let chinese: [String: String] = [
    "banner.title": "第 {n} 课 · {title}",
    "banner.about": "约 {minutes} 分钟 · {steps} 个步骤 · 模型 {options}",
    "step.heading": "步骤 {n}/{total}",
    "end.transcript": "第 {n} 课结束。",
    "end.done": "✓ 第 {n} 课完成。",
    "end.next": "下一课：`unroll lesson {next}`，{title}。",
    "end.all": "`unroll lessons` 列出所有课程。",
    "notice.revisit": "你已经学完这一课；下面从步骤 1 重新开始。",
    "notice.english": "第 {n} 课还没有中文版；下面是英文原版。",
    "pause.prompt": "第 {n} 课 · 步骤 {step}/{total}",
    "pause.finish": " · 按 Enter 结束",
    "pause.first":
      "按 Enter 继续。输入 REPL 命令（print h_t、where、step、help）可以从这里四处查看；"
      + ":back 回到上一步；:quit 保存并退出。",
    "pause.words":
      "暂停时：Enter（或 :next）继续，:back 回到上一步，:quit 保存并退出；其他输入都作为 REPL "
      + "命令执行（help 列出全部命令）。",
    "pause.own": "（课程从它自己的位置继续。）",
    "pause.firstStep": "这已经是第一步。",
    "resume": "从步骤 {step}/{total} 继续。`unroll lesson {n} --restart` 从头开始。",
    "leave.saved":
      "已保存在步骤 {step}/{total}。`unroll lesson {n}` 会从这里继续；加上 --restart 则从头开始。",
    "leave.unsaved":
      "你在步骤 {step}/{total} 离开，但没有保存成功（见上文），所以 `unroll lesson {n}` "
      + "会从之前保存的步骤开始（如果有的话）。",
    "exercise.label": "练习 ·",
    "exercise.answer": "答案：",
    "exercise.prompt": "答案",
    "exercise.words": "练习中：输入你的答案，或 :hint、:show、:back（上一步）、:quit。",
    "exercise.how":
      "输入你的答案；:hint 给出提示（再输入一次给下一条），:show 显示答案。也可以输入 REPL 命令。",
    "exercise.cannot": "（引擎在这里无法计算这道练习的答案，跳过。）",
    "exercise.empty": "请输入答案，或 :hint、:show。",
    "exercise.reveal": "答案是 {answer}。",
    "exercise.right": "✓ 正确：",
    "exercise.notQuite": "不太对。",
    "exercise.tryHint": "不太对。再试一次；:hint 给出提示（还剩 {left} 条）。",
    "exercise.tryShow": "不太对。再试一次，或用 :show 查看答案。",
    "exercise.noHints": "这道练习没有提示；:show 显示答案。",
    "exercise.noMoreHints": "没有更多提示了；:show 显示答案。",
    "hint.heading": "提示 {n}/{count}",
    "hint.idea": "思路",
    "hint.formula": "公式",
    "hint.numbers": "数值",
    "answer.shape": "形状是两个数：行数和列数，例如 (2, 3) 或 2x3。",
    "answer.shapeOne": "形状有两个数：行数和列数，例如 ({n}, 1)。",
    "answer.number": "请输入一个数，例如 -0.12、1e-3，或一个表达式：1/(1+exp(-0.136))。",
    "answer.sign": "请输入符号：+ 或 -，正 或 负。",
    "answer.vector": "请按顺序输入 {count} 个元素，例如 [0.12, -0.5, 1e-3]。",
    "answer.vectorCount": "你输入了 {typed}；答案有 {count} 个元素，按顺序输入。",
    "answer.numbers.one": "1 个数",
    "answer.numbers.many": "{n} 个数",
    "answer.choice": "请输入其中之一：{words}。",
    "answer.positive": "正",
    "answer.negative": "负",
    "answer.valueIs": "该值为 {value}",
    "lessons.minutes": "{n} 分钟",
    "lessons.done": "✓ 已完成",
    "lessons.step": "步骤 {step}/{total}",
    "lessons.none": "{folder} 中还没有课程。",
    "lessons.fromRepository": "仓库",
    "lessons.footer":
      "用 `unroll lesson N` 开始或继续一课。（课程来自 {folder}，通过{source}找到。）",
    "glossary.none": "还没有{language}术语表（{path}）；下面是英文的。",
    "glossary.noTerm": "术语表中没有 {term}。",
    "glossary.footer": "共 {count} 个术语，来自 {path}。`unroll glossary 术语` 列出包含该词的术语。",
    // The REPL's `explain`: the prefix of a deviation note, ending in a space.
    "repl.welcome":
      "一次前向传播和一次反向传播{objective}，已记录：{count} 个停靠点，覆盖 {overview}。"
      + "每个停靠点是一个刚刚执行完的操作。`s` 单步执行，`n` 运行到本时间步结束，`rs` 后退一步，"
      + "`explain` 解释原因，`help` 列出全部命令，`q` 退出。",
    "repl.stopsEarly": "这次记录提前结束：{name} 失败。单步走到那里即可看到原因。",
    "explain.differs": "笔记中这一行的不同之处：",
  ]
}
