import ClaimAudit
// STUB — replaced by the benchmark work.
print("benchmark not written yet")
