extension Catalogue {
  /// The help texts in Chinese, keyed by the English with its lines joined.
  static let chineseHelp: [String: String] = [
    "USAGE":
      "用法",
    ": ":
      "：",
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
    "Runs lesson N (or the lesson named SLUG: `unroll lesson rnn-forward`) on the engine: every number it shows is computed as it runs. On a terminal it shows one step at a time, runs its commands and pauses: Enter goes on, a REPL command (print h_t, where, step) looks around from the lesson's position, :back shows the previous step, :quit (or Ctrl-D) saves and leaves. Exercises check your answer, give a hint after a wrong try and the answer after three.":
      "在引擎上运行第 N 课（或名为 SLUG 的那一课：`unroll lesson rnn-forward`）：课中显示的每个数字都是运行时算出来的。在终端上，它一次显示一步，运行其中的命令然后暂停：按 Enter 继续；输入 REPL 命令（print h_t、where、step）可以从课程当前的位置四处查看；:back 显示上一步；:quit（或 Ctrl-D）保存并退出。练习会检查你的答案，答错一次后给出提示，答错三次后给出答案。",
    "Progress is saved in $XDG_STATE_HOME/unroll/progress.json (by default ~/.local/state/unroll/); `unroll lesson N` resumes where you left off, and --restart starts over. Without a terminal (stdin or stdout not a TTY) the lesson runs straight through and shows the answers, as a transcript; it saves no progress.":
      "进度保存在 $XDG_STATE_HOME/unroll/progress.json 中（默认在 ~/.local/state/unroll/）；`unroll lesson N` 从你上次离开的地方继续，--restart 则从头开始。没有终端时（stdin 或 stdout 不是 TTY），课程一口气运行到底并显示答案，像一份记录；这时不保存进度。",
    "With --lang de, zh or ja (or a German, Chinese or Japanese locale) the lesson is the translation in lessons/de/ (zh/, ja/) and the runner speaks that language; a lesson not translated yet runs in English, with a line that says so. Answers may be typed as in that language: 0,25 with a decimal comma, full-width digits, positiv, 正, 負.":
      "使用 --lang de、zh 或 ja（或德文、中文、日文的 locale）时，课程是 lessons/de/（zh/、ja/）中的译本，运行器也说这种语言；尚未翻译的课用英文运行，并有一行说明。答案可以按该语言的习惯输入：带小数逗号的 0,25、全角数字、positiv、正、負。",
    "Lessons are read from the folder in UNROLL_LESSONS if set, else from the lessons/ folder of the repository this unroll was built from, else from ./lessons.":
      "课程从 UNROLL_LESSONS 指定的文件夹读取（如果设置了）；否则从构建这个 unroll 的代码仓库中的 lessons/ 文件夹读取；再否则从 ./lessons 读取。",
    "OPTIONS":
      "选项",
    "start from step 1, whatever was saved":
      "从第 1 步开始，不管之前保存了什么",
    "the lessons, with the ones finished marked":
      "列出所有课程，并标出已完成的",
    "Lists the lessons with their length and where you are in each (✓ done, or the step to resume at). With --check, runs every lesson straight through, as the tests do, and reports each block that does not parse, each command that fails and each exercise the engine cannot answer, as FILE:LINE; exits 1 if any lesson has a problem. A block that takes longer than --time-limit is a problem, and a gradient check or a training run in it stops there; so is a line of the lesson wider than the terminal (80 columns unless COLUMNS says).":
      "列出所有课程及其长度，以及你在每一课中的位置（✓ 已完成，或下次继续的步骤）。使用 --check 时，像测试那样把每一课一口气运行到底，并以 FILE:LINE 的形式报告每个无法解析的代码块、每个失败的命令和每个引擎无法回答的练习；只要有一课有问题，退出码就是 1。用时超过 --time-limit 的代码块也算问题，其中的梯度检验或训练会在那里停止；课程中比终端更宽的一行也算问题（除非 COLUMNS 另有规定，宽度为 80 列）。",
    "With --lang de, zh or ja the list shows the translated titles, and --check checks the translations: each has the English lesson's structure (header, steps, blocks, every command and answer) and runs; the glossary lessons/LANG/glossary.md has its table's shape. Lessons not translated yet are listed, and are not a problem.":
      "使用 --lang de、zh 或 ja 时，列表显示翻译后的标题，--check 则检查译本：每个译本都具有英文课程的结构（标题、步骤、代码块、每个命令和答案）并且能够运行；术语表 lessons/LANG/glossary.md 的表格格式正确。尚未翻译的课会被列出，但不算问题。",
    "run every lesson without a terminal and report problems":
      "不用终端运行每一课并报告问题",
    "with --check, the time one block may take, 1 to 3600 (default: 120)":
      "与 --check 一起用：一个代码块最多可用的时间，1 到 3600（默认：120）",
    "the course's terms in German, Chinese and Japanese":
      "课程术语的德文、中文和日文译名",
    "Shows the glossary of the language --lang (or the locale) names: for each term the English, the course's translation, the word the notes in that language use (Hidden State, 隐藏状态, 隠れ状態), and a remark, which says so where the notes' own translation is wrong. In English it shows the terms side by side in the three languages. With TERM, only the terms that contain it, in any column (`unroll glossary gate`, `unroll glossary 忘却`). The glossaries are Markdown files, lessons/de/glossary.md and so on, that the lessons link to.":
      "显示 --lang（或 locale）所指语言的术语表：每个术语列出英文、课程的译名、该语言的笔记所用的词（Hidden State、隐藏状态、隠れ状態），以及一条备注；笔记本身的译法有误时，备注会指出。在英文下，它把三种语言的术语并排显示。给出 TERM 时，只显示任何一列中包含它的术语（`unroll glossary gate`、`unroll glossary 忘却`）。术语表是 Markdown 文件，即 lessons/de/glossary.md 等，课程中有链接指向它们。",
    "step through the passes, one operation at a time":
      "逐步执行前向和反向传播，一次一个运算",
    "Records one forward and one backward pass and lets you walk through them the way pdb and gdb walk through a program: step (s) one operation, next (n) to the end of the timestep, back (rs) and prev (rn) the same backwards, continue (c) to a breakpoint, goto forward 3, print h_t, watch dh, diff (the notes' value beside the correct one), explain, norms dh (‖dh‖ at every timestep), clip 1 (what gradient clipping would do), export FILE.md. Type help at the prompt for every command. An empty line repeats the last command; quit (q) or end of input (Ctrl-D) leaves.":
      "记录一次前向传播和一次反向传播，让你像 pdb 和 gdb 调试程序那样逐步查看：step (s) 执行一个运算，next (n) 到本时间步结束，back (rs) 和 prev (rn) 是对应的后退，continue (c) 运行到断点，goto forward 3，print h_t，watch dh，diff（笔记的值与正确值并排），explain，norms dh（每个时间步的 ‖dh‖），clip 1（梯度裁剪会有什么效果），export FILE.md。在提示符下输入 help 可查看所有命令。空行重复上一条命令；quit (q) 或输入结束（Ctrl-D）退出。",
    "On a terminal the prompt edits the line (arrows, Home/End, Ctrl-A/E/K/U/W), Up and Down and Ctrl-R search the history ($XDG_STATE_HOME/unroll/history), Tab completes commands, names and settings, Ctrl-C drops the line and Ctrl-L clears the screen. Piped in, each command is written after the prompt, so the output reads as a transcript.":
      "在终端上可以编辑提示符后的这一行（方向键、Home/End、Ctrl-A/E/K/U/W），上下键和 Ctrl-R 搜索历史记录（$XDG_STATE_HOME/unroll/history），Tab 补全命令、名称和设置，Ctrl-C 丢弃这一行，Ctrl-L 清屏。通过管道输入时，每条命令都会写在提示符后面，所以输出读起来像一份记录。",
    "With --bptt verbatim the pass stops at the notes' first broken line, and stepping reaches it; `set bptt document` continues with the two repairs. Colour and heat strips appear only on a terminal.":
      "使用 --bptt verbatim 时，反向传播停在笔记的第一处错误代码行，逐步执行会到达那里；`set bptt document` 会带着两处修正继续。颜色和热力条只在终端上显示。",
    "With --backward FILE.py the session steps through your own file instead, run once as `unroll check FILE.py` runs it: step (a line, into calls), next (to the next iteration), back, prev, continue (to a breakpoint, the first departure or the end), break LINE|NAME, print and shape of any expression over your names as they stand, diff NAME (yours beside the correct value at this timestep), explain, list (your source, current line marked) and where (line, function, loop iteration, timestep).":
      "使用 --backward FILE.py 时，会话改为逐步执行你自己的文件，按 `unroll check FILE.py` 的方式运行一次：step（一行，会进入函数调用）、next（到下一次循环迭代）、back、prev、continue（到断点、第一处偏离或结尾）、break LINE|NAME、对你当前的名字组成的任意表达式 print 和 shape、diff NAME（你的值与本时间步的正确值并排）、explain、list（你的源代码，标出当前行）和 where（行、函数、循环迭代、时间步）。",
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
    "Runs the forward pass, the loss and the backward pass once, and lists every value the interpreter recorded: per phase and timestep, its name, shape, formula, NumPy line and value; then y_pred, p, loss and the gradients.":
      "运行一次前向传播、损失和反向传播，列出解释器记录的每个值：按阶段和时间步，给出名称、形状、公式、NumPy 代码行和值；然后是 y_pred、p、损失和梯度。",
    "The JSON holds model, bptt, seed, sizes, params, x, y, records (phase, t, name, formula, line, shape, value), y_pred, p, loss and grads. Numbers are written exactly (NaN and infinities as the strings \"nan\", \"inf\", \"-inf\"), and the file reads back with --weights. If the pass stops on an error, the records up to it are written, the error goes to stderr and the exit code is 1.":
      "JSON 包含 model、bptt、seed、sizes、params、x、y、records（phase、t、name、formula、line、shape、value）、y_pred、p、loss 和 grads。数字精确写出（NaN 和无穷大写作字符串 \"nan\"、\"inf\"、\"-inf\"），文件可以用 --weights 读回。如果传播因错误而停止，会写出到那里为止的记录，错误信息写到 stderr，退出码为 1。",
    "The Markdown (--format md -o FILE.md) renders on GitHub: a header with the command that reproduces it, the parameters, one table per timestep forward and backward, the gradients, and pictures written beside it as SVG files (FILE-gradient-norms.svg, FILE-h_t.svg, ...), all of them or none.":
      "Markdown（--format md -o FILE.md）可以在 GitHub 上显示：开头是能重现它的命令，然后是参数、前向和反向每个时间步一张表、梯度，以及作为 SVG 文件写在旁边的图片（FILE-gradient-norms.svg、FILE-h_t.svg……），要么全部写出，要么一个也不写。",
    "With -o, an existing file is replaced only with --force, and keeps its permissions; a device or a pipe (-o /dev/null) is written, not replaced.":
      "使用 -o 时，已存在的文件只有加上 --force 才会被替换，并保留其权限；设备或管道（-o /dev/null）会被写入，而不是替换。",
    "--layout pytorch shows the parameters and gradients as the PyTorch note's state_dict names them (rnn.weight_ih_l0, ..., fc.bias), and the JSON then reads back as a PyTorch-layout weights file. The default is the layout the weights came in. Either way the trace states the mapping when PyTorch's layout is involved; the recorded values are the notes'.":
      "--layout pytorch 按 PyTorch 笔记中 state_dict 的名字显示参数和梯度（rnn.weight_ih_l0、……、fc.bias），这样 JSON 就能作为 PyTorch 布局的权重文件读回。默认使用权重原来的布局。无论哪种，只要涉及 PyTorch 的布局，记录中都会说明对应关系；记录的值是笔记的那一套。",
    "text for people, json for programs, md for GitHub (default: text)":
      "text 给人看，json 给程序读，md 用于 GitHub\n（默认：text）",
    "write to FILE, not stdout: whole or not at all (a temporary file in its folder, then a rename)":
      "写入 FILE 而不是 stdout：要么完整写入，要么完全不写（先写入同一文件夹中的临时文件，再重命名）",
    "replace FILE (and its pictures) if it exists":
      "如果 FILE（及其图片）已存在，则替换",
    "parameters and gradients by the notes' names or PyTorch's state_dict (default: the file's)":
      "参数和梯度用笔记中的名字，或用 PyTorch 的 state_dict 名字（默认：与文件相同）",
    "run your own NumPy backward pass and find its first wrong line":
      "运行你自己写的 NumPy 反向传播，找出第一行出错的代码",
    "Runs FILE's forward(x) and backward(y_true) in Unroll's own Python and NumPy subset (no Python needed) on the weights and example the other commands use, and holds every assignment against the engine's correct pass.":
      "在 Unroll 自带的 Python 和 NumPy 子集中（不需要安装 Python），用其他命令所用的权重和样本运行 FILE 中的 forward(x) 和 backward(y_true)，并把每一次赋值与引擎的正确传播对照。",
    "The file: top-level `import numpy as np`, constants, def and class run; other top-level statements (data, training loop, prints) are skipped and listed. The global sequence_length is set to --steps. The class that defines backward is made without __init__; input_size, hidden_size, output_size and the parameters (rnn: Wxh Whh Why bh by; lstm: Wf Wi WC Wo bf bi bC bo Why by; gru: Wr Wz Wxn Whn br bz bxn bhn Why by) are set on it. forward gets x of shape (steps, input, 1), backward y_true of shape (1, 1). The gradients are the G of the updates `self.P -= learning_rate * G`, else the locals dP when backward returns, else a returned dict keyed P or dP. The model is --model, else the file's names (self.Wf: lstm, self.Wr: gru, else rnn).":
      "关于文件：顶层的 `import numpy as np`、常量、def 和 class 会执行；其他顶层语句（数据、训练循环、print）会被跳过并列出。全局变量 sequence_length 设为 --steps。定义 backward 的类在创建时不调用 __init__；input_size、hidden_size、output_size 和参数（rnn：Wxh Whh Why bh by；lstm：Wf Wi WC Wo bf bi bC bo Why by；gru：Wr Wz Wxn Whn br bz bxn bhn Why by）直接设置在它上面。forward 得到形状为 (steps, input, 1) 的 x，backward 得到形状为 (1, 1) 的 y_true。梯度取更新语句 `self.P -= learning_rate * G` 中的 G；没有的话，取 backward 返回时的局部变量 dP；再没有的话，取返回的以 P 或 dP 为键的 dict。模型由 --model 决定，否则由文件中的名字决定（self.Wf：lstm，self.Wr：gru，否则 rnn）。",
    "The verdict: per parameter rel_err = ||g - g*|| / max(||g||, ||g*||) (2-norm over all entries) and the cosine; correct when every rel_err is at most 1e-9. The first departure: the names the correct pass has (h/h_t, C_t, the gates, concat, y_pred, p; dy/dy_pred, dh, dh_raw, dh_next, dC, dC_next, do, di, df, dC_tilde/dC_tilda, dconcat, the GRU's dn dz dr dhn; dP as partial sums), case and underscores ignored (dhraw is dh_raw), are compared at the end of each loop iteration: on track when equal (same shape, max|a - b| <= 1e-9 max(|a|, |b|)) to the correct value of that quantity at any timestep, initial states included. t is the loop variable + 1, else the iteration (from T over reversed). Code before a loop is compared where the loop starts. dh and dh_next are one quantity, dC and dC_next two.":
      "结论：对每个参数计算 rel_err = ||g - g*|| / max(||g||, ||g*||)（对所有元素取 2-范数）和余弦；每个 rel_err 都不超过 1e-9 时判为正确。第一处偏离：正确传播中有的名字（h/h_t、C_t、各个门、concat、y_pred、p；dy/dy_pred、dh、dh_raw、dh_next、dC、dC_next、do、di、df、dC_tilde/dC_tilda、dconcat、GRU 的 dn dz dr dhn；作为部分和的 dP），不区分大小写、忽略下划线（dhraw 即 dh_raw），在每次循环迭代结束时比较：如果等于（形状相同，max|a - b| <= 1e-9 max(|a|, |b|)）该量在任一时间步（包括初始状态）的正确值，就算没有偏离。t 是循环变量 + 1，否则是迭代序号（reversed 时从 T 开始）。循环之前的代码在循环开始处比较。dh 和 dh_next 是同一个量，dC 和 dC_next 是两个。",
    "The file runs in float64 as the engine does, and its products add in the engine's order (W @ x and np.dot(W, x) as W · x, W.T @ d as Wᵀ · d), so the notes' RNN pass gives the engine's gradients to the last bit. A sum the file spells in another order (dC_next + dh * ...) differs in the last bits (about 1e-16); a pass that amplifies rounding (the LSTM with the LSTM note's unscaled weights over hundreds of steps) can grow that past 1e-9: use fewer steps then.":
      "文件和引擎一样用 float64 计算，乘积按引擎的顺序相加（W @ x 和 np.dot(W, x) 按 W · x，W.T @ d 按 Wᵀ · d），所以笔记的 RNN 传播得到的梯度与引擎分毫不差。文件若按其他顺序写求和（dC_next + dh * ...），最后几位会不同（约 1e-16）；放大舍入误差的传播（LSTM 用 LSTM 笔记中未缩放的权重跑几百个时间步）可能让差异超过 1e-9：这时请减少时间步数。",
    "Exit 0 when correct, 1 when incorrect or the file failed, 2 for usage errors. --new writes a template to start from; an existing file is replaced only with --force.":
      "正确时退出码为 0，不正确或文件运行失败时为 1，用法错误时为 2。--new 写出一个模板供你开始；已存在的文件只有加上 --force 才会被替换。",
    "text for people, json for programs (default: text)":
      "text 给人看，json 给程序读（默认：text）",
    "write a template for this cell to FILE.py":
      "把这种单元的模板写入 FILE.py",
    "with --new, replace FILE.py if it exists":
      "与 --new 一起用：如果 FILE.py 已存在，则替换",
    "the notes' backward() against the correct BPTT, number by number":
      "笔记的 backward() 与正确的 BPTT 逐个数字对比",
    "Runs one example forward, then three backward passes: the RNN note's backward() as written (it stops at its first line, with NumPy's message), the same with its two shape repairs (\"the notes' BPTT\"), and the correct BPTT. Prints, per parameter, both gradients' norms, the relative error ‖d − c‖/‖c‖, the cosine and the share of entries whose signs agree; per timestep, ‖dh‖ and ‖dh_raw‖ of both, with a sparkline of each over time; then an ablation: each of the three deviations fixed alone, and left alone.":
      "对一个样本做一次前向传播，然后做三次反向传播：照原样的 RNN 笔记的 backward()（在第一行就停止，并给出 NumPy 的错误信息），加上两处形状修正的同一个函数（“笔记的 BPTT”），以及正确的 BPTT。对每个参数，输出两种梯度的范数、相对误差 ‖d − c‖/‖c‖、余弦和符号一致的元素所占比例；对每个时间步，输出两者的 ‖dh‖ 和 ‖dh_raw‖，并各画一条随时间变化的迷你折线；最后是消融实验：三处偏差各自单独修正，以及各自单独保留。",
    "The RNN only: the notes give the LSTM no backward pass to compare, and have no GRU. --bptt is not used (compare runs all of them). --layout pytorch compares the gradients by the PyTorch note's state_dict names; rnn.bias_ih_l0 and rnn.bias_hh_l0 both carry bh's gradient.":
      "仅限 RNN：笔记没有给 LSTM 可供比较的反向传播，也没有 GRU。不使用 --bptt（compare 会运行所有版本）。--layout pytorch 按 PyTorch 笔记中 state_dict 的名字比较梯度；rnn.bias_ih_l0 和 rnn.bias_hh_l0 都带有 bh 的梯度。",
    "With --loss every-step every pass takes a loss at every step, and the notes' dh = np.dot(Why.T, dy) + dh_next is then the rule, not a deviation: the ablation has two rows, output-error and final-h. --tbptt K truncates both passes alike.":
      "使用 --loss every-step 时，每种传播在每个时间步都计算损失，这时笔记中的 dh = np.dot(Why.T, dy) + dh_next 就是正确的规则，不再是偏差：消融实验只有两行，output-error 和 final-h。--tbptt K 对两种传播做同样的截断。",
    "replace with --format md -o, FILE.md (and its chart) if it exists":
      "与 --format md -o 一起用：如果 FILE.md（及其图表）已存在，则替换",
    "the analytic gradients against finite differences":
      "用有限差分检验解析梯度",
    "Computes every parameter's gradient by the correct BPTT, or with --bptt document by the notes' backward() (the notes' BPTT), then each entry again from the loss alone, nudging the entry and re-running the forward pass: the five-point centred difference":
      "用正确的 BPTT 计算每个参数的梯度（使用 --bptt document 时用笔记的 backward()，即笔记的 BPTT），然后只根据损失再算一遍每个元素：稍微改动这个元素，重新运行前向传播，即五点中心差分",
    "An entry's relative error is |a − n| / max(|a|, |n|, 1e-06). A parameter passes when its largest is at most 1e-07; the exit code is 1 when any parameter fails.":
      "一个元素的相对误差是 |a − n| / max(|a|, |n|, 1e-06)。一个参数的最大相对误差不超过 1e-07 时即通过；只要有一个参数未通过，退出码就是 1。",
    "--bptt document shows the check failing on the notes' gradients: they are not the derivative of the loss, and the exit code is 1 for them too, as for any wrong gradient, so a script sees the failure. `unroll compare` measures how far off they are. --bptt verbatim is refused: it stops at its first line.":
      "--bptt document 展示检验在笔记的梯度上失败：它们不是损失的导数，退出码同样是 1，和任何错误的梯度一样，这样脚本能看到失败。`unroll compare` 衡量它们偏离了多少。--bptt verbatim 会被拒绝：它在第一行就停止了。",
    "--entries N checks N entries of each parameter drawn at random (from --seed), as CS231n's notes check a large network; --max-entries N checks N spread evenly. At sizes where checking every entry would take more than about half a minute, a random sample is the default, and a note says how many; the table's `checked` column says it per parameter. --entries all checks every one.":
      "--entries N 为每个参数随机抽取 N 个元素检验（由 --seed 决定），就像 CS231n 的讲义检验大型网络那样；--max-entries N 检验均匀分布的 N 个元素。如果在当前规模下检验全部元素要花大约半分钟以上，默认改为随机抽样，并有一条提示说明抽了多少；表格的 `checked` 列按参数给出这个数。--entries all 检验每一个元素。",
    "--layout pytorch checks the gradients by the PyTorch note's state_dict names: it nudges an entry of rnn.weight_ih_l0 ... fc.bias, maps the state_dict to the notes' parameters and runs the forward pass. rnn.bias_ih_l0 and rnn.bias_hh_l0 pass with the same gradient, the summed bias's.":
      "--layout pytorch 按 PyTorch 笔记中 state_dict 的名字检验梯度：它改动 rnn.weight_ih_l0 ... fc.bias 中的一个元素，把 state_dict 映射到笔记的参数上，再运行前向传播。rnn.bias_ih_l0 和 rnn.bias_hh_l0 以同一个梯度（相加后的偏置的梯度）通过。",
    "check N entries of each parameter drawn at random from --seed, 1 to 1000000, or all (default: all, or a sample where all would take long)":
      "每个参数随机抽取 N 个元素检验（由 --seed 决定），1 到 1000000，或 all（默认：all；若全部检验耗时太长，则抽样）",
    "check at most N entries of each parameter, spread evenly, 1 to 1000000 (default: every entry)":
      "每个参数最多检验 N 个元素，均匀分布，1 到 1000000（默认：每个元素）",
    "the notes' training loop, epoch by epoch":
      "笔记的训练循环，一轮接一轮",
    "The RNN note's loop: 1000 sequences drawn from --seed, labelled 1 when their sum is above 0, 10 epochs of per-sample SGD at lr 0.01, in order. Each epoch prints the notes' line, `Epoch [1/10], Avg Loss: 0.5747`, the loss taken as the notes take it (1e-8 inside each log, p before the update), and the share of samples classified right, beside the majority class's share: what a network that always answers the commoner label would score.":
      "RNN 笔记的训练循环：由 --seed 生成 1000 个序列，和大于 0 的标为 1，按顺序逐样本做 10 轮 SGD，学习率 0.01。每轮输出笔记的那一行 `Epoch [1/10], Avg Loss: 0.5747`，损失按笔记的方式计算（每个 log 里加 1e-8，p 取更新前的值），还有分类正确的样本比例，旁边是多数类的比例：一个总是回答较常见标签的网络能得到的分数。",
    "--bptt correct (default) trains with the correct gradients, --bptt document with the notes' backward() and its two shape repairs (verbatim cannot run). --compare trains both from the same start on the same data and prints them side by side, then trains the notes' pass three more times, each with one of its three deviations fixed and the other two kept (the ablation): one row per deviation, its loss curve and its last loss and accuracy, so you see which one wrecks training. --optimizer adam --batch 32 is the PyTorch note's set-up (Adam with PyTorch's defaults, gradients averaged over each batch, in order); --shuffle adds its DataLoader(shuffle=True): each epoch a Fisher-Yates pass (i from N−1 down to 1, j uniform in 0…i) over the last epoch's order, drawn from --seed's stream 3 (scripts/reference/objectives.py repeats it).":
      "--bptt correct（默认）用正确的梯度训练，--bptt document 用笔记的 backward() 加两处形状修正训练（verbatim 无法运行）。--compare 从同一起点、用同样的数据分别训练两者并并排显示，然后再把笔记的传播训练三次，每次只修正三处偏差中的一处、保留另外两处（消融实验）：每处偏差一行，给出其损失曲线以及最终的损失和准确率，让你看出是哪一处毁了训练。--optimizer adam --batch 32 是 PyTorch 笔记的设置（Adam 使用 PyTorch 的默认参数，梯度在每个批次上取平均，按顺序）；--shuffle 加上它的 DataLoader(shuffle=True)：每轮对上一轮的顺序做一次 Fisher-Yates 洗牌（i 从 N−1 递减到 1，j 在 0…i 中均匀选取），随机数取自 --seed 的第 3 个随机流（scripts/reference/objectives.py 重现了它）。",
    "--clip-norm MAX or --clip-value MAX clips each update's mean gradient (the run says how many updates it changed); --loss every-step and --tbptt K train that objective; --forget-bias B starts the LSTM's bf at B.":
      "--clip-norm MAX 或 --clip-value MAX 裁剪每次更新的平均梯度（运行结束时会说明改变了多少次更新）；--loss every-step 和 --tbptt K 按该目标训练；--forget-bias B 让 LSTM 的 bf 从 B 开始。",
    "--weights FILE gives the initial parameters (its x and y, if any, are not used: the data come from --seed or --data). --data FILE reads {\"x\": [N samples of steps × input], \"y\": [N labels, 0 or 1]}.":
      "--weights FILE 给出初始参数（其中的 x 和 y 即使有也不使用：数据来自 --seed 或 --data）。--data FILE 读取 {\"x\": [N 个 steps × input 的样本], \"y\": [N 个标签，0 或 1]}。",
    "--format json prints {\"bptt\", \"majority\": {\"label\", \"share\"}, \"epochs\": [{\"epoch\", \"loss\", \"accuracy\"}], \"params\": the final parameters as lists of rows}; with --compare, {\"majority\", \"runs\": [one such object per BPTT], \"ablation\": [{\"fixed\": \"output-error\", \"epochs\"} or {\"fixed\", \"stopped\"}]}. On a terminal, a run that lasts more than half a second shows its progress on stderr.":
      "--format json 输出 {\"bptt\", \"majority\": {\"label\", \"share\"}, \"epochs\": [{\"epoch\", \"loss\", \"accuracy\"}], \"params\": 以行列表表示的最终参数}；使用 --compare 时输出 {\"majority\", \"runs\": [每种 BPTT 一个这样的对象], \"ablation\": [{\"fixed\": \"output-error\", \"epochs\"} 或 {\"fixed\", \"stopped\"}]}。在终端上，运行超过半秒时会在 stderr 上显示进度。",
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
    "Reads a weights file (FILE; - reads stdin) and writes it in the layout --to names: document, the notes' params (Wxh Whh bh, or Wf ... bo over concat = [h; x], then Why by); pytorch, the PyTorch note's state_dict (rnn.weight_ih_l0, rnn.weight_hh_l0, rnn.bias_ih_l0, rnn.bias_hh_l0, fc.weight, fc.bias), as `unroll trace --weights` reads it. x and y are kept when the file has them; a trace JSON converts too, without its records.":
      "读取一个权重文件（FILE；- 表示读 stdin），按 --to 指定的布局写出：document 是笔记的 params（Wxh Whh bh，或作用于 concat = [h; x] 的 Wf ... bo，然后是 Why by）；pytorch 是 PyTorch 笔记的 state_dict（rnn.weight_ih_l0、rnn.weight_hh_l0、rnn.bias_ih_l0、rnn.bias_hh_l0、fc.weight、fc.bias），即 `unroll trace --weights` 读取的格式。文件中有 x 和 y 时会保留；记录的 JSON 也能转换，但不含其中的 records。",
    "PyTorch adds two biases (b_ih + b_hh) where the notes have one. To document, they are added. To pytorch, a sum cannot be split: all of it goes into bias_ih and bias_hh is zeros, which computes the same; the message on stderr says so. The file goes to stdout unless -o; an existing OUT is replaced only with --force.":
      "PyTorch 有两个偏置相加（b_ih + b_hh），而笔记只有一个。转为 document 时把两者相加。转为 pytorch 时，和无法拆分：全部放进 bias_ih，bias_hh 为零，计算结果相同；stderr 上的消息会说明这一点。除非使用 -o，文件写到 stdout；已存在的 OUT 只有加上 --force 才会被替换。",
    "the layout to write (required)":
      "要写出的布局（必需）",
    "write to OUT, not stdout: whole or not at all (a temporary file in its folder, then a rename)":
      "写入 OUT 而不是 stdout：要么完整写入，要么完全不写（先写入同一文件夹中的临时文件，再重命名）",
    "replace OUT if it exists":
      "如果 OUT 已存在，则替换",
    "the commands, or one command's flags":
      "所有命令，或某个命令的选项",
    "Without COMMAND, lists the commands; with it, prints that command's help, as `unroll COMMAND --help` does.":
      "不带 COMMAND 时列出所有命令；带上时显示该命令的帮助，与 `unroll COMMAND --help` 相同。",
    "this help; after a command, its help":
      "本帮助；放在命令后面时显示该命令的帮助",
    "print the version":
      "显示版本",
    "no colour even on a terminal (as NO_COLOR=1, TERM=dumb)":
      "即使在终端上也不用颜色（同 NO_COLOR=1、TERM=dumb）",
    "the language of help, errors, lessons, the glossary and explain (default: from LC_ALL, LC_MESSAGES or LANG; else en)":
      "帮助、错误信息、课程、术语表和 explain 的语言（默认：取自 LC_ALL、LC_MESSAGES 或 LANG；否则 en）",
    "Commands, short forms in parentheses. An empty line repeats the last step, next, back, prev or continue.":
      "命令，括号中是简写。空行会重复上一次的 step、next、back、prev 或 continue。",
    "Commands over your file, short forms in parentheses. An empty line repeats the last step, next, back, prev or continue.":
      "针对你的文件的命令，括号中是简写。空行会重复上一次的 step、next、back、prev 或 continue。",
    "Moving":
      "移动",
    "Breakpoints":
      "断点",
    "Looking":
      "查看",
    "Understanding":
      "理解",
    "Settings and session":
      "设置与会话",
    "`help COMMAND` explains one in full.":
      "`help 命令` 详细说明一个命令。",
    "run one operation (or N) and show it":
      "执行一个运算（或 N 个）并显示",
    "Moves to the next operation of the recording, or N operations on, and shows it: where it is, its formula, the shapes, the value, the NumPy line, what changed. Accumulations such as dWxh += … are operations too. Stops at the end.":
      "移到记录中的下一个运算（或往后 N 个运算）并显示它：它的位置、公式、形状、值、NumPy 代码行，以及有什么变化。像 dWxh += … 这样的累加也算运算。到结尾时停止。",
    "run to the end of this timestep (or N)":
      "运行到本时间步结束（或 N 个时间步）",
    "Moves to the last operation of the current timestep; from there, to the end of the next one. The output head and the loss count as one step each. With N, does it N times.":
      "移到当前时间步的最后一个运算；已经在那里时，移到下一个时间步的结尾。输出头和损失各算一步。给出 N 时重复 N 次。",
    "step back one operation (or N)":
      "后退一个运算（或 N 个）",
    "Moves to the previous operation, or N back. Nothing is recomputed: every value was recorded, so stepping back shows exactly what was there.":
      "移到上一个运算，或后退 N 个。不会重新计算：每个值都已记录，所以后退显示的正是当时的值。",
    "back to the end of the previous timestep":
      "回到上一个时间步的结尾",
    "Moves to the last operation of the previous timestep, where `next` would have stopped; `next` then `prev` comes back to the same place.":
      "移到上一个时间步的最后一个运算，也就是 `next` 会停下的地方；先 `next` 再 `prev` 会回到原处。",
    "run to a breakpoint or the end of the pass":
      "运行到断点或本次传播结束",
    "Runs forward until an operation with a breakpoint (see `break`), or else to the end of the pass: the forward pass ends at the loss, the backward pass at the last gradient. `step` and `next` do not stop at breakpoints; `continue` does.":
      "向前运行，直到遇到设有断点的运算（见 `break`），否则运行到本次传播结束：前向传播结束于损失，反向传播结束于最后一个梯度。`step` 和 `next` 不在断点处停下；`continue` 会。",
    "jump to forward, output or backward [at T]":
      "跳到 forward、output 或 backward [的第 T 步]",
    "Jumps to the first operation of a phase (forward, output, backward), at timestep T when given: `goto backward 3`. `goto 2` goes to t = 2 in the current phase; `goto start` and `goto end` to the first and the last stop.":
      "跳到某个阶段（forward、output、backward）的第一个运算，给出 T 时跳到时间步 T：`goto backward 3`。`goto 2` 跳到当前阶段的 t = 2；`goto start` 和 `goto end` 跳到第一个和最后一个停靠点。",
    "stop `continue` there; bare: list them":
      "让 `continue` 在那里停下；不带参数：列出断点",
    "`break dh_raw` stops at every dh_raw; `break t=3` at the start of timestep 3 in any phase; `break backward` where the backward pass begins. Accumulations have names too: `break dWhh`. A condition after `if` is tested there, with the values of that stop: `break dh if norm(dh) < 1e-3` stops at the first dh that small. With no argument, lists the breakpoints, their numbers and how many times `continue` stopped at each.":
      "`break dh_raw` 在每个 dh_raw 处停下；`break t=3` 在任一阶段的时间步 3 开始处停下；`break backward` 在反向传播开始处停下。累加也有名字：`break dWhh`。`if` 后面的条件在那里用该停靠点的值检验：`break dh if norm(dh) < 1e-3` 在第一个这么小的 dh 处停下。不带参数时，列出断点、它们的编号以及 `continue` 在每个断点停下的次数。",
    "delete breakpoint N (bare: all)":
      "删除断点 N（不带参数：全部）",
    "Deletes the breakpoint numbered N in `break`'s list; with no number, all.":
      "删除 `break` 列表中编号为 N 的断点；不给编号则全部删除。",
    "a value as of now, or an expression of them":
      "当前的某个值，或由这些值组成的表达式",
    "Shows a value with its shape as it stands at this point of the recording: a record (h_t, f_t, dh_raw: this timestep's when it has one, else the latest), a parameter (Wxh), a gradient summed so far (dWxh), the input x_t or the label y, the pre-activations inside tanh and σ (a_t for the RNN, zf_t zi_t zC_t zo_t for the LSTM, zr_t zz_t zn_t for the GRU), and the notes' names (hs, self.h, y_true, pred). `print h_t 2` (or h_t@2, h_t t=2) picks a timestep; t = 0 is the initial state. Anything else is a NumPy expression, run by the same Python subset as `unroll check`: `print h_t[0]`, `print Whh[2, 3]`, `print hs[:, 3]`, `print Whh @ h_t`, `print dh.T`, `print 1/(1+exp(-0.136))`; exp log tanh sigmoid sqrt abs sum norm need no np.":
      "显示记录中此刻的某个值及其形状：一条记录（h_t、f_t、dh_raw：本时间步有就取本时间步的，否则取最近的），一个参数（Wxh），到目前为止累加的梯度（dWxh），输入 x_t 或标签 y，tanh 和 σ 里面的预激活值（RNN 的 a_t，LSTM 的 zf_t zi_t zC_t zo_t，GRU 的 zr_t zz_t zn_t），以及笔记中的名字（hs、self.h、y_true、pred）。`print h_t 2`（或 h_t@2、h_t t=2）指定时间步；t = 0 是初始状态。其他内容都作为 NumPy 表达式，由 `unroll check` 所用的同一个 Python 子集运行：`print h_t[0]`、`print Whh[2, 3]`、`print hs[:, 3]`、`print Whh @ h_t`、`print dh.T`、`print 1/(1+exp(-0.136))`；exp log tanh sigmoid sqrt abs sum norm 不需要写 np。",
    "the shape of a value":
      "某个值的形状",
    "Shows the shape of any name `print` knows, and what the two numbers mean.":
      "显示 `print` 认识的任何名字的形状，以及两个数各表示什么。",
    "‖NAME‖ at every timestep, on a log scale":
      "每个时间步的 ‖NAME‖，对数刻度",
    "Shows the Euclidean norm of NAME at every timestep computed so far, in the order the pass computes them (the backward pass from t = T down), with a bar on a log scale, then how much it grew or shrank from the first to the last and per step on average: `norms dh` shows a gradient vanish or explode, `norms dC` the LSTM's cell state path, `norms h_t` the forward pass.":
      "按传播计算的顺序（反向传播从 t = T 往下）显示到目前为止每个时间步上 NAME 的欧几里得范数，配一条对数刻度的条形，然后显示从第一个到最后一个增长或缩小了多少，以及平均每步的变化：`norms dh` 显示梯度消失或爆炸，`norms dC` 显示 LSTM 细胞状态的路径，`norms h_t` 显示前向传播。",
    "what can be printed here, grouped":
      "此处可以打印的名字，分组列出",
    "Lists the names `print` finds a value for at this stop, grouped: the records of this step, the records of earlier steps, the parameters, the gradients as summed so far, the inputs, and the notes' own names for them (hs, self.h, y_true, pred). `info locals` does the same, as in gdb.":
      "分组列出 `print` 在这个停靠点能找到值的名字：本步的记录、前面各步的记录、参数、到目前为止累加的梯度、输入，以及笔记中对它们的叫法（hs、self.h、y_true、pred）。`info locals` 效果相同，就像在 gdb 中。",
    "this timestep's program, current line marked":
      "本时间步的程序，标出当前行",
    "Lists the operations of the current block (the forward step, the head, the backward step) with their formulas; `→` marks the current one, `*` a breakpoint.":
      "列出当前代码块（前向的一步、输出头、反向的一步）的运算及其公式；`→` 标出当前运算，`*` 标出断点。",
    "phase, timestep and operation we are at":
      "当前所在的阶段、时间步和运算",
    "Says the phase, the timestep, the operation and the stop number, and the run.":
      "给出阶段、时间步、运算、停靠点编号以及这次运行的设置。",
    "show NAME at every stop (bare: list them)":
      "在每个停靠点显示 NAME（不带参数：列出）",
    "Adds NAME, or an expression such as `watch norm(dh)`, to the values shown at every stop, once, with what changed since the last stop marked under it: how many entries, which, and the largest change. Bare `watch` lists them.":
      "把 NAME（或 `watch norm(dh)` 这样的表达式）加入在每个停靠点显示一次的值，并在下方标出自上一个停靠点以来的变化：变了几个元素、哪些元素，以及最大的变化。不带参数的 `watch` 列出它们。",
    "stop watching NAME":
      "不再监视 NAME",
    "Removes NAME from the watched values; `unwatch all` removes them all.":
      "把 NAME 从监视的值中移除；`unwatch all` 全部移除。",
    "what this operation (or NAME) computes, and why":
      "这个运算（或 NAME）计算什么，为什么",
    "A few sentences on the current operation in the notes' names: what it computes, why the rule is what it is, and, for the notes' passes, how their line differs from the correct rule. `explain do` explains the operation that computes do, `explain dWhh` the accumulation into dWhh.":
      "用笔记中的名字，几句话说明当前运算：它计算什么，规则为什么是这样；对于笔记的传播，还说明它的那一行与正确规则有何不同。`explain do` 说明计算 do 的运算，`explain dWhh` 说明累加到 dWhh 的运算。",
    "the notes' value against the correct one":
      "笔记的值与正确值对比",
    "Records the other backward pass (the notes' when this is the correct one, and the other way round) and shows NAME (default: the current operation) from both at this point, side by side with their difference. The notes have no LSTM backward pass and no GRU, so there is nothing to compare for those.":
      "记录另一种反向传播（当前是正确的就记录笔记的，反之亦然），并在此处并排显示两者的 NAME（默认：当前运算）及其差值。笔记没有 LSTM 的反向传播，也没有 GRU，所以这两种没有可比较的内容。",
    "what gradient clipping to norm MAX would do":
      "把梯度裁剪到范数 MAX 会有什么效果",
    "Shows every parameter's gradient norm as summed so far and their joint norm ‖all‖ = √(Σ ‖dW‖²), then what torch.nn.utils.clip_grad_norm_(params, MAX) would do: when ‖all‖ is above MAX, multiply every gradient by MAX / ‖all‖, so the step keeps its direction and has length MAX. The recording itself is not changed.":
      "显示到目前为止累加的每个参数梯度的范数，以及它们的总范数 ‖all‖ = √(Σ ‖dW‖²)，然后说明 torch.nn.utils.clip_grad_norm_(params, MAX) 会做什么：当 ‖all‖ 大于 MAX 时，把每个梯度乘以 MAX / ‖all‖，使这一步保持方向、长度为 MAX。记录本身不会改变。",
    "precision N, bptt MODE, width N, color, heat":
      "precision N、bptt MODE、width N、color、heat",
    "`set precision N` shows N digits after the point (0 … 12). `set bptt MODE` records the backward pass again with MODE (correct, and the notes' modes where the notes give them) and keeps the position. Also `set width N` (40 … 400), `set color on|off`, `set heat unicode|ascii|off`. Bare `set` shows every setting and its value.":
      "`set precision N` 显示小数点后 N 位（0 … 12）。`set bptt MODE` 用 MODE 重新记录反向传播（correct，以及笔记给出的那些模式）并保持当前位置。还有 `set width N`（40 … 400）、`set color on|off`、`set heat unicode|ascii|off`。不带参数的 `set` 显示每项设置及其值。",
    "write the whole trace as Markdown":
      "把整个记录写成 Markdown",
    "Writes every record (phase, t, name, formula, shape, value), each accumulation `dW += …` with the gradient summed so far, and the gradients to FILE.md as Markdown tables, this stop marked, and its pictures beside it: all of them or none. A file that exists is replaced only with `--force`, as `unroll trace -o` does.":
      "把每条记录（phase、t、name、formula、shape、value）、每次累加 `dW += …` 连同到那时为止的梯度和，以及各梯度，作为 Markdown 表格写入 FILE.md，标出当前停靠点，并在旁边写出图片：要么全部写出，要么一个也不写。已存在的文件只有加上 `--force` 才会被替换，与 `unroll trace -o` 相同。",
    "this list; `help CMD` for one in full":
      "本列表；`help CMD` 详细说明一个命令",
    "Lists the commands by group, one line each; `help step` explains one.":
      "按组列出命令，每个一行；`help step` 详细说明一个命令。",
    "leave (so does Ctrl-D)":
      "退出（Ctrl-D 也可以）",
    "Ends the session. End of input (Ctrl-D) does the same.":
      "结束会话。输入结束（Ctrl-D）效果相同。",
    "run one line (or N), into calls":
      "执行一行（或 N 行），会进入函数调用",
    "Runs the line about to run, or N lines, going into the functions it calls, and shows what the line assigned (each checked name on track or not) and the next line.":
      "执行即将运行的那一行（或 N 行），并进入它调用的函数；显示这一行赋了什么值（每个被检查的名字是否偏离）以及下一行。",
    "run to the next iteration (or N)":
      "运行到下一次迭代（或 N 次）",
    "Runs to the first line of the next iteration of the loop over the timesteps (the outermost loop), or out of it; outside a loop, to the next line of this function, over the calls it makes.":
      "运行到遍历时间步的循环（最外层循环）下一次迭代的第一行，或运行出循环；在循环外，则运行到本函数的下一行，不进入其中的函数调用。",
    "back one line (or N)":
      "后退一行（或 N 行）",
    "Moves back one line, or N. Nothing runs again: every value was recorded.":
      "后退一行，或 N 行。不会重新运行：每个值都已记录。",
    "back to the start of this iteration (or the previous)":
      "回到本次迭代的开头（或上一次的）",
    "Moves to the first line of this iteration; from there, to the first line of the previous one.":
      "移到本次迭代的第一行；已经在那里时，移到上一次迭代的第一行。",
    "run to a breakpoint, the first departure or the end":
      "运行到断点、第一处偏离或结尾",
    "Runs until a line with a breakpoint (see `break`), the line of the first departure from the correct pass (the one `unroll check` reports), or the end of the run (the failing line, when it failed).":
      "运行到设有断点的行（见 `break`）、第一处偏离正确传播的行（即 `unroll check` 报告的那一行），或运行结束（失败时为出错的那一行）。",
    "`break 34` stops at line 34, `break dh_raw` at every line that assigns dh_raw. With no argument, lists the breakpoints and their numbers.":
      "`break 34` 在第 34 行停下，`break dh_raw` 在每个给 dh_raw 赋值的行停下。不带参数时，列出断点及其编号。",
    "any of your names or expressions, as of now":
      "你的任何名字或表达式的当前值",
    "Evaluates a Python expression over your names as they stand before the current line runs: the function's locals, `self` and its attributes, the module's constants and `np`: `print dh`, `print self.hs[t]`, `print dh_raw.T @ dh_raw`.":
      "在当前行运行之前，对你的名字求一个 Python 表达式的值：函数的局部变量、`self` 及其属性、模块的常量和 `np`：`print dh`、`print self.hs[t]`、`print dh_raw.T @ dh_raw`。",
    "the shape of one of your values":
      "你的某个值的形状",
    "Evaluates EXPR as `print` does and shows only its type and shape.":
      "像 `print` 那样对 EXPR 求值，只显示其类型和形状。",
    "your source around the current line, marked":
      "当前行附近的源代码，带标记",
    "Shows your file around the current line; `→` marks the line about to run, `*` a line with a breakpoint, `!` the first departure's line.":
      "显示你的文件中当前行附近的内容；`→` 标出即将运行的行，`*` 标出设有断点的行，`!` 标出第一处偏离所在的行。",
    "line, function, loop iteration and timestep":
      "行、函数、循环迭代和时间步",
    "Says the line about to run, the function, each loop around it with its iteration and variable, the timestep it counts as, and the stop number.":
      "给出即将运行的行、所在函数、外面每一层循环及其迭代次数和变量、它对应的时间步，以及停靠点编号。",
    "your value against the correct one here":
      "你的值与此处的正确值对比",
    "Shows your NAME (default: what the last line assigned) beside the correct pass's value of what it stands for at this timestep, and their largest difference; says which correct value it equals when it is on track at another timestep. Names as `unroll check` compares them (dh, dh_raw, dh_next, h, C_t, f_t, dWxh…).":
      "把你的 NAME（默认：上一行赋值的名字）与正确传播中它在本时间步所对应的值并排显示，并给出最大差值；如果它在另一个时间步上没有偏离，说明它等于哪个正确值。名字按 `unroll check` 的比较方式（dh、dh_raw、dh_next、h、C_t、f_t、dWxh…）。",
    "the correct rule for what this line computes":
      "这一行所计算内容的正确规则",
    "The correct pass's formula and explanation for NAME (default: what the current line assigns), in the notes' names.":
      "正确传播中 NAME（默认：当前行赋值的名字）的公式和说明，使用笔记中的名字。",
  ]
}
