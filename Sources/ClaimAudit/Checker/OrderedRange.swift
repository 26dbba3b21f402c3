/// The closed interval between `a` and `b`, whichever is larger, and `0...0`
/// when either is not a number (an overflow times zero in a pathological
/// document): interval arithmetic never traps, and a NaN never confirms
/// anything.
@inline(__always) func orderedRange(_ a: Double, _ b: Double) -> ClosedRange<Double> {
    if a.isNaN || b.isNaN { return 0...0 }
    return a <= b ? a...b : b...a
}
