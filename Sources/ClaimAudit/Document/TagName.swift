/// A lowercased HTML element name packed into two words, so that looking up
/// an element's role costs a multiply and a compare or two instead of
/// building a `String` and hashing it. Names longer than 15 bytes (no known
/// element has one) all pack to `TagName.unknown`.
struct TagName: Hashable, Sendable {
    var lo: UInt64
    var hi: UInt64

    static let unknown = TagName(lo: 0, hi: 0)

    /// The name in `bytes[range]`, ASCII letters lowercased.
    @inline(__always)
    init(_ bytes: [UInt8], _ range: Range<Int>) {
        guard range.count <= 15, !range.isEmpty else { self = .unknown; return }
        var lo: UInt64 = 0, hi: UInt64 = 0
        var shift: UInt64 = 0
        for i in range {
            let b = UInt64(ByteClass.lower(bytes[i]))
            if shift < 64 { lo |= b << shift } else { hi |= b << (shift - 64) }
            shift += 8
        }
        self.lo = lo
        self.hi = hi
    }

    /// The packed form of an ASCII name already in lower case.
    init(_ name: String) {
        let bytes = Array(name.utf8)
        self.init(bytes, 0..<bytes.count)
    }

    init(lo: UInt64, hi: UInt64) {
        self.lo = lo
        self.hi = hi
    }

    /// The name's bytes (names hold no NUL byte).
    var bytes: [UInt8] {
        var out: [UInt8] = []
        for k in 0..<16 {
            let b = UInt8(truncatingIfNeeded: k < 8 ? lo >> (8 * UInt64(k)) : hi >> (8 * UInt64(k - 8)))
            if b == 0 { break }
            out.append(b)
        }
        return out
    }

    @inline(__always)
    var slot: Int { Int(truncatingIfNeeded: ((lo ^ (hi &* 0x2545_F491_4F6C_DD1D)) &* 0x9E37_79B9_7F4A_7C15) >> 57) }

    // Packed constants (computed properties: no lazy-global check on use).
    static var li: TagName { TagName(lo: 0x696c, hi: 0) }   // "li"
    static var td: TagName { TagName(lo: 0x6474, hi: 0) }   // "td"
    static var th: TagName { TagName(lo: 0x6874, hi: 0) }   // "th"
    static var tr: TagName { TagName(lo: 0x7274, hi: 0) }   // "tr"
    static var dt: TagName { TagName(lo: 0x7464, hi: 0) }   // "dt"
    static var dd: TagName { TagName(lo: 0x6464, hi: 0) }   // "dd"
    static var p: TagName { TagName(lo: 0x70, hi: 0) }   // "p"
    static var ul: TagName { TagName(lo: 0x6c75, hi: 0) }   // "ul"
    static var ol: TagName { TagName(lo: 0x6c6f, hi: 0) }   // "ol"
    static var menu: TagName { TagName(lo: 0x756e656d, hi: 0) }   // "menu"
    static var table: TagName { TagName(lo: 0x656c626174, hi: 0) }   // "table"
    static var thead: TagName { TagName(lo: 0x6461656874, hi: 0) }   // "thead"
    static var tbody: TagName { TagName(lo: 0x79646f6274, hi: 0) }   // "tbody"
    static var tfoot: TagName { TagName(lo: 0x746f6f6674, hi: 0) }   // "tfoot"
    static var dl: TagName { TagName(lo: 0x6c64, hi: 0) }   // "dl"
}

/// An open-addressed table from packed element names to HTML roles,
/// built once from `HTMLMasker.roles`.
struct TagRoleTable: Sendable {
    private var keys: [TagName]
    private var values: [HTMLMasker.Role?]

    init(_ roles: [String: HTMLMasker.Role]) {
        keys = Array(repeating: .unknown, count: 128)
        values = Array(repeating: nil, count: 128)
        for (name, role) in roles {
            let key = TagName(name)
            var s = key.slot
            while keys[s] != .unknown { s = (s + 1) & 127 }
            keys[s] = key
            values[s] = role
        }
    }

    /// The role of the element named `name`, if it has one.
    @inline(__always)
    subscript(name: TagName) -> HTMLMasker.Role? {
        guard name != .unknown else { return nil }
        var s = name.slot
        while true {
            let k = keys[s]
            if k == name { return values[s] }
            if k == .unknown { return nil }
            s = (s + 1) & 127
        }
    }
}
