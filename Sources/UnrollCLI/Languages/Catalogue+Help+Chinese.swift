extension Catalogue {
  /// The help texts in Chinese, keyed by the English with its lines joined.
  static let chineseHelp: [String: String] = [
    "USAGE":
      "用法",
    "COMMANDS":
      "命令",
    "FLAGS FOR EVERY COMMAND":
      "所有命令通用的选项",
    "Run `unroll help COMMAND` for a command's flags.":
      "运行 `unroll help 命令` 查看某个命令的选项。",
    "Every command also takes -h/--help, --version and --no-color.":
      "每个命令还接受 -h/--help、--version 和 --no-color。",
    "[model options]":
      "[模型选项]",
    "[options]":
      "[选项]",
    "watch an RNN, an LSTM and a GRU compute, one operation at a time.":
      "一次一个运算，看 RNN、LSTM 和 GRU 如何计算。",
    "Unroll runs the forward and backward passes of the vanilla RNN of the RNN note (\"Einfache RNN-Implementierung von Grund auf\", also in Chinese and Japanese), the LSTM of the LSTM note (\"NumPy LSTM-Implementierung von Grund auf\") and PyTorch's GRU in an interpreter that records every intermediate value with its formula, its shape and its line of NumPy.":
      "Unroll 在一个解释器中运行 RNN 笔记（“从零实现简单循环神经网络”，另有德文版和日文版）中的基础 RNN、LSTM 笔记（德文 “NumPy LSTM-Implementierung von Grund auf”）中的 LSTM 以及 PyTorch 的 GRU 的前向传播和反向传播；解释器记录每一个中间值，连同它的公式、形状和对应的 NumPy 代码行。",
    "New here? Start with the first lesson:":
      "第一次使用？从第一课开始：",
    "Commands:":
      "命令：",
    "Then explore on your own:":
      "然后自己探索：",
    "step through the RNN's passes, like pdb":
      "逐步执行 RNN 的前向和反向传播，就像 pdb",
    "the notes' backward() as written: where it breaks":
      "照原样运行笔记的 backward()：看它在哪里出错",
    "every value of the RNN's passes, seed 0":
      "RNN 前向和反向传播的每个值，种子 0",
    "the same for the LSTM":
      "LSTM 的同样内容",
    "a GRU step by step: r_t, z_t, n_t, h_t":
      "逐步执行 GRU：r_t、z_t、n_t、h_t",
    "the whole trace as JSON, readable by --weights":
      "以 JSON 输出完整记录，可用 --weights 读回",
    "the notes' backward() against the correct BPTT":
      "笔记的 backward() 与正确的 BPTT 对比",
    "the notes' loop with both BPTTs, side by side":
      "笔记的训练循环，两种 BPTT 并排",
    "the gradients against finite differences":
      "用有限差分检验梯度",
    "every flag of a command":
      "一个命令的所有选项",
    "a lesson of the course, one step at a time":
      "课程中的一课，一次一步",
    "OPTIONS":
      "选项",
    "start from step 1, whatever was saved":
      "从第 1 步开始，不管之前保存了什么",
    "the lessons, with the ones finished marked":
      "列出所有课程，并标出已完成的",
    "run every lesson without a terminal and report problems":
      "不用终端运行每一课并报告问题",
    "with --check, the time one block may take, 1 to 3600 (default: 120)":
      "与 --check 一起用：一个代码块最多可用的时间，1 到 3600（默认：120）",
    "the course's terms in German, Chinese and Japanese":
      "课程术语的德文、中文和日文译名",
    "step through the passes, one operation at a time":
      "逐步执行前向和反向传播，一次一个运算",
    "MODEL OPTIONS":
      "模型选项",
    "the RNN note's RNN, the LSTM note's LSTM, or PyTorch's GRU, which the notes lack (default: rnn)":
      "RNN 笔记中的 RNN、LSTM 笔记中的 LSTM，或笔记中没有的 PyTorch 的 GRU（默认：rnn）",
    "features of x_t, 1 to 256 (default: rnn 1, lstm/gru 3)":
      "x_t 的特征数，1 到 256（默认：rnn 1，lstm/gru 3）",
    "hidden units, 1 to 512 (default: rnn 32, lstm/gru 5)":
      "隐藏单元数，1 到 512（默认：rnn 32，lstm/gru 5）",
    "timesteps T, 1 to 2000 (default: rnn 10, lstm/gru 4)":
      "时间步数 T，1 到 2000（默认：rnn 10，lstm/gru 4）",
    "draws what is not given: weights, x and y (default: 0)":
      "随机生成未给出的内容：权重、x 和 y（默认：0）",
    "parameters, and x and y if present, from a JSON file such as `unroll trace --format json` writes (- reads stdin); the sizes come from its shapes":
      "从 JSON 文件读取参数（以及文件中的 x 和 y），格式同 `unroll trace --format json` 的输出（- 表示读 stdin）；尺寸由其中矩阵的形状决定",
    "the backward pass: correct (default); document, the notes' backward() with its two shape repairs (\"the notes' BPTT\" in every output); verbatim, as the notes write it (it stops at its first line). document and verbatim exist for the RNN only":
      "反向传播：correct（默认）；document，笔记的 backward() 加上两处形状修正（各输出中称为“笔记的 BPTT”）；verbatim，完全照笔记原样（在第一行就出错停止）。document 和 verbatim 只适用于 RNN",
    "last (default): one label, the loss on h_T, as the notes; every-step: a head and a BCE term at every step, summed, as min-char-rnn (step t labelled x_1 + … + x_t > 0; a file's y may list one per step)":
      "last（默认）：一个标签，损失只取 h_T，同笔记；every-step：每个时间步都有输出头和一项 BCE 损失，求和，同 min-char-rnn（第 t 步的标签为 x_1 + … + x_t > 0；文件中的 y 可以每步给一个）",
    "truncated BPTT: chunks of K steps counted from the last; no gradient flows from a chunk to the one before (PyTorch's detach every K steps), so each loss term reaches back at most K steps, its own included (default: full BPTT; K >= steps is full)":
      "截断 BPTT：从最后一步起每 K 个时间步为一段；梯度不从一段流向前一段（相当于 PyTorch 每 K 步 detach 一次），因此每项损失最多向回传 K 个时间步，包括它自己那一步（默认：完整 BPTT；K >= steps 即完整）",
    "the LSTM's initial bf, every entry B (default: 0, the notes'; 1 to 3 keeps f_t near 1, so C_t carries far)":
      "LSTM 的初始 bf，每个元素都为 B（默认：0，同笔记；1 到 3 让 f_t 接近 1，使 C_t 能传得更远）",
    "step through your own NumPy forward and backward pass (as unroll check runs it)":
      "逐步执行你自己写的 NumPy 前向和反向传播（按 unroll check 的方式运行）",
    "every value of one forward and backward pass, with its formula":
      "一次前向和反向传播中的每个值，连同其公式",
    "text for people, json for programs, md for GitHub (default: text)":
      "text 给人看，json 给程序读，md 用于 GitHub（默认：text）",
    "write to FILE, not stdout: whole or not at all (a temporary file in its folder, then a rename)":
      "写入 FILE 而不是 stdout：要么完整写入，要么完全不写（先写入同一文件夹中的临时文件，再重命名）",
    "replace FILE (and its pictures) if it exists":
      "如果 FILE（及其图片）已存在，则替换",
    "parameters and gradients by the notes' names or PyTorch's state_dict (default: the file's)":
      "参数和梯度用笔记中的名字，或用 PyTorch 的 state_dict 名字（默认：与文件相同）",
    "run your own NumPy backward pass and find its first wrong line":
      "运行你自己写的 NumPy 反向传播，找出第一行出错的代码",
    "text for people, json for programs (default: text)":
      "text 给人看，json 给程序读（默认：text）",
    "write a template for this cell to FILE.py":
      "把这种单元的模板写入 FILE.py",
    "with --new, replace FILE.py if it exists":
      "与 --new 一起用：如果 FILE.py 已存在，则替换",
    "the notes' backward() against the correct BPTT, number by number":
      "笔记的 backward() 与正确的 BPTT 逐个数字对比",
    "replace with --format md -o, FILE.md (and its chart) if it exists":
      "与 --format md -o 一起用：如果 FILE.md（及其图表）已存在，则替换",
    "the analytic gradients against finite differences":
      "用有限差分检验解析梯度",
    "check N entries of each parameter drawn at random from --seed, 1 to 1000000, or all (default: all, or a sample where all would take long)":
      "每个参数随机抽取 N 个元素检验（由 --seed 决定），1 到 1000000，或 all（默认：all；若全部检验耗时太长，则抽样）",
    "check at most N entries of each parameter, spread evenly, 1 to 1000000 (default: every entry)":
      "每个参数最多检验 N 个元素，均匀分布，1 到 1000000（默认：每个元素）",
    "the notes' training loop, epoch by epoch":
      "笔记的训练循环，一轮接一轮",
    "sequences drawn from --seed, 1 to 100000 (default: 1000)":
      "由 --seed 生成的序列数，1 到 100000（默认：1000）",
    "train on the samples in FILE instead":
      "改用 FILE 中的样本训练",
    "1 to 10000 (default: 10)":
      "1 到 10000（默认：10）",
    "the learning rate, above 0 (default: 0.01)":
      "学习率，大于 0（默认：0.01）",
    "the update rule (default: sgd)":
      "更新规则（默认：sgd）",
    "samples per update, 1 to 100000 (default: 1)":
      "每次更新用的样本数，1 到 100000（默认：1）",
    "scale each update's gradient, all parameters together, by min(1, MAX/‖g‖), as d2l's grad_clipping (PyTorch's clip_grad_norm_ divides by ‖g‖ + 1e-6)":
      "把每次更新的梯度（所有参数合在一起）乘以 min(1, MAX/‖g‖)，同 d2l 的 grad_clipping（PyTorch 的 clip_grad_norm_ 除以 ‖g‖ + 1e-6）",
    "put every entry of each update's gradient into [−MAX, MAX], as min-char-rnn's np.clip (±5)":
      "把每次更新的梯度的每个元素限制在 [−MAX, MAX] 内，同 min-char-rnn 的 np.clip（±5）",
    "a new order every epoch, from --seed: a Fisher-Yates pass over the last epoch's order (stream 3 of the seed)":
      "每轮换一个顺序，由 --seed 决定：对上一轮的顺序做一次 Fisher-Yates 洗牌（种子的第 3 个随机流）",
    "train with the notes' and the correct BPTT from the same start, then the notes' with each deviation alone fixed":
      "从同一起点分别用笔记的 BPTT 和正确的 BPTT 训练，再用笔记的 BPTT 各只修正一处偏差训练",
    "write the loss and accuracy curves to DIR/loss.svg and DIR/accuracy.svg (DIR is created)":
      "把损失和准确率曲线写入 DIR/loss.svg 和 DIR/accuracy.svg（会创建 DIR）",
    "replace DIR/loss.svg and DIR/accuracy.svg if they exist":
      "如果 DIR/loss.svg 和 DIR/accuracy.svg 已存在，则替换",
    "a weights file in the notes' layout or as PyTorch's state_dict":
      "把权重文件转换为笔记的布局或 PyTorch 的 state_dict",
    "the layout to write (required)":
      "要写出的布局（必需）",
    "write to OUT, not stdout: whole or not at all (a temporary file in its folder, then a rename)":
      "写入 OUT 而不是 stdout：要么完整写入，要么完全不写（先写入同一文件夹中的临时文件，再重命名）",
    "replace OUT if it exists":
      "如果 OUT 已存在，则替换",
    "the commands, or one command's flags":
      "所有命令，或某个命令的选项",
    "this help; after a command, its help":
      "本帮助；放在命令后面时显示该命令的帮助",
    "print the version":
      "显示版本",
    "no colour even on a terminal (as NO_COLOR=1, TERM=dumb)":
      "即使在终端上也不用颜色（同 NO_COLOR=1、TERM=dumb）",
    "the language of lessons, the glossary and explain (default: from LC_ALL, LC_MESSAGES or LANG; else en)":
      "课程、术语表和 explain 的语言（默认：取自 LC_ALL、LC_MESSAGES 或 LANG；否则 en）",
  ]
}
