/// The `np.` functions of the subset; each follows NumPy 2 and throws its errors.
///
/// The functions live in files by concern: NumPy+Elementwise (ufuncs, `clip`),
/// NumPy+LinearAlgebra (`dot`, `matmul`, `outer`), NumPy+Reductions (`sum`, `mean`),
/// NumPy+Creation (`zeros`, `array`, the stacking functions).
public enum NumPy {}
