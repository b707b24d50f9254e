#if arch(x86_64) && canImport(Glibc)
  import Glibc

  /// glibc's `tanh` four lanes at a time, equal to it bit for bit on a processor with FMA
  /// and AVX2, where glibc's own is fdlibm's s_tanh.c over `__expm1_fma`.
  ///
  /// This module alone is compiled for FMA and AVX2 (Package.swift), so nothing here may
  /// run before `Activation.vectorTanhIsExact` has checked the processor and compared
  /// this function with glibc's on values that take every branch (UnrollKit,
  /// Activations.swift). Every operation below is one of `__expm1_fma`'s, in its order,
  /// with a fused multiply-add exactly where GCC fused one when it built that variant of
  /// glibc 2.36 (read from its disassembly), and no other: Swift never contracts a
  /// multiply and an add by itself. The constants are fdlibm's, by their bits. Lanes
  /// outside 2⁻⁵⁵ ≤ |x| < 22 (zero, tiny, saturated, NaN, infinite) are handed to the
  /// scalar `tanh`. `VectorTanhTests` compares it with Foundation's `tanh` on millions
  /// of values.
  public enum VectorTanh {
    /// `y[i] = tanh(x[i])` for i < n; `y` may be `x`.
    public static func tanh(_ n: Int, _ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>)
    {
      var i = 0
      while i + 4 <= n {
        let v = UnsafeRawPointer(x + i).loadUnaligned(as: V.self)
        UnsafeMutableRawPointer(y + i).storeBytes(of: tanh(v), as: V.self)
        i += 4
      }
      while i < n {
        y[i] = Glibc.tanh(x[i])
        i += 1
      }
    }

    static let ln2Hi = Double(bitPattern: 0x3fe6_2e42_fee0_0000)
    static let ln2Lo = Double(bitPattern: 0x3dea_39ef_3579_3c76)
    static let invLn2 = Double(bitPattern: 0x3ff7_1547_652b_82fe)
    static let q1 = Double(bitPattern: 0xbfa1_1111_1111_10f4)
    static let q2 = Double(bitPattern: 0x3f5a_01a0_19fe_5585)
    static let q3 = Double(bitPattern: 0xbf14_ce19_9eaa_dbb7)
    static let q4 = Double(bitPattern: 0x3ed0_cfca_86e6_5239)
    static let q5 = Double(bitPattern: 0xbe8a_fdb7_6e09_c32d)

    typealias V = SIMD4<Double>
    typealias I = SIMD4<Int64>
    typealias U = SIMD4<UInt64>

    @inline(__always) static func bits(_ v: V) -> U { unsafeBitCast(v, to: U.self) }
    @inline(__always) static func double(_ u: U) -> V { unsafeBitCast(u, to: V.self) }

    /// tanh of each lane: s_tanh.c.
    @inline(__always)
    static func tanh(_ x: V) -> V {
      let one = V(repeating: 1)
      let two = V(repeating: 2)
      let ax = double(bits(x) & U(repeating: 0x7fff_ffff_ffff_ffff))
      let ix = bits(ax) &>> 32  // the high word of |x|
      let regular = (ix .>= U(repeating: 0x3c80_0000)) .& (ix .< U(repeating: 0x4036_0000))
      let big = ix .>= U(repeating: 0x3ff0_0000)  // |x| ≥ 1: expm1(2|x|), else expm1(-2|x|)
      var arg = (ax + ax).replacing(with: V(repeating: -2) * ax, where: .!big)
      arg.replace(with: 2, where: .!regular)  // any value of the range: the lane is redone below
      let t = expm1(arg)
      let zBig = one - two / (t + two)
      let zSmall = -t / (t + two)
      var z = zSmall.replacing(with: zBig, where: big)
      z = double(bits(z) | (bits(x) & U(repeating: 0x8000_0000_0000_0000)))  // the sign of x
      if all(regular) { return z }
      for lane in 0..<4 where !regular[lane] { z[lane] = Glibc.tanh(x[lane]) }
      return z
    }

    /// `__expm1_fma` of each lane, for the lanes tanh gives it: -2 < x ≤ -2⁻⁵⁴ or 2 ≤ x < 44.
    @inline(__always)
    static func expm1(_ x: V) -> V {
      let one = V(repeating: 1)
      let negative = x .< 0
      let hx = (bits(x) &>> 32) & U(repeating: 0x7fff_ffff)
      // Argument reduction: x = k·ln2 + r, r = hi - lo, and c the error of that subtraction.
      let half = V(repeating: 0.5).replacing(with: -0.5, where: negative)
      // k = (int)(invln2·x ± 0.5), truncated; ±1 just past 0.5·ln2, 0 below it.
      var tk = (V(repeating: invLn2) * x + half).rounded(.towardZero)
      tk.replace(with: 1, where: (hx .< U(repeating: 0x3ff0_a2b2)) .& .!negative)
      tk.replace(with: -1, where: (hx .< U(repeating: 0x3ff0_a2b2)) .& negative)
      tk.replace(with: 0, where: hx .<= U(repeating: 0x3fd6_2e42))
      // The integer k from its Double (|k| < 2⁵¹): through the bits of k + 1.5·2⁵².
      let magic = V(repeating: 0x1.8p52)
      let k = unsafeBitCast(bits(tk + magic) &- bits(magic), to: I.self)
      let hiF = fma(-tk, V(repeating: ln2Hi), x)
      let lo = tk * V(repeating: ln2Lo)
      let r = hiF - lo
      let c = (hiF - r) - lo
      // The rational approximation on the primary range.
      let hfx = V(repeating: 0.5) * r
      let hxs = r * hfx
      let r1Part = fma(hxs, V(repeating: q1), one)
      let r2 = fma(hxs, V(repeating: q3), V(repeating: q2))
      let r3 = fma(hxs, V(repeating: q5), V(repeating: q4))
      let h2 = hxs * hxs
      let h4 = h2 * h2
      let r1 = fma(h4, r3, fma(h2, r2, r1Part))
      let tt = fma(-r1, hfx, V(repeating: 3))
      let e = hxs * ((r1 - tt) / fma(-r, tt, V(repeating: 6)))
      // k = 0: no reduction.
      var result = r - fma(r, e, -hxs)
      if all(k .== 0) { return result }
      let e2 = fma(r, e - c, -c) - hxs
      let exponent = U(truncatingIfNeeded: k &<< 52)
      // k = -1 and k = 1.
      let minusOne = fma(V(repeating: 0.5), r - e2, V(repeating: -0.5))
      let plusOneLow = V(repeating: -2) * (e2 - (r + 0.5))
      let plusOneHigh = fma(r - e2, V(repeating: 2), one)
      let plusOne = plusOneHigh.replacing(with: plusOneLow, where: r .< -0.25)
      // k ≤ -2 or k > 56: y = 1 - (e - r) scaled by 2^k, less 1.
      let far = double(bits(one - (e2 - r)) &+ exponent) - one
      // 2 ≤ k ≤ 19: y = (1 - 2^-k) - (e - r) scaled by 2^k.
      let shifted = U(repeating: 0x20_0000) &>> U(truncatingIfNeeded: k & I(repeating: 31))
      let oneLess = double((U(repeating: 0x3ff0_0000) &- shifted) &<< 32)
      let near = double(bits(oneLess - (e2 - r)) &+ exponent)
      // 20 ≤ k ≤ 56: y = (r - (e + 2^-k) + 1) scaled by 2^k.
      let tinyBits = U(truncatingIfNeeded: (I(repeating: 0x3ff) &- k) & I(repeating: 0x7ff))
      let tiny = double(tinyBits &<< 52)
      let mid = double(bits((r - (e2 + tiny)) + one) &+ exponent)
      result.replace(with: minusOne, where: k .== -1)
      result.replace(with: plusOne, where: k .== 1)
      result.replace(with: far, where: (k .<= -2) .| (k .> 56))
      result.replace(with: near, where: (k .>= 2) .& (k .<= 19))
      result.replace(with: mid, where: (k .>= 20) .& (k .<= 56))
      return result
    }

    /// `a·b + c` rounded once, lane by lane.
    @inline(__always)
    static func fma(_ a: V, _ b: V, _ c: V) -> V { c.addingProduct(a, b) }
  }
#else
  import Foundation

  /// glibc's x86-64 `tanh` has no vector twin here: `Activation` never calls this.
  public enum VectorTanh {
    /// `y[i] = tanh(x[i])`, one call at a time.
    public static func tanh(_ n: Int, _ x: UnsafePointer<Double>, _ y: UnsafeMutablePointer<Double>)
    {
      for i in 0..<n { y[i] = Foundation.tanh(x[i]) }
    }
  }
#endif
