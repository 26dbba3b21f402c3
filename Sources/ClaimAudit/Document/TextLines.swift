/// The lines of a text, split on the UTF-8 line feed with a trailing carriage
/// return dropped, so files saved with Windows line ends (`\r\n`) read the
/// same as others.
///
/// Splitting a `String` on the `Character` `"\n"` does not do this: `"\r\n"`
/// is a single `Character` (one grapheme cluster), so such a file would come
/// back as one line.
enum TextLines {
    /// Every line, empty ones included (line `i` of the result is line `i + 1` of the text).
    static func split<S: StringProtocol>(_ text: S) -> [String] {
        text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
            String(decoding: line.last == 0x0D ? line.dropLast() : line[...], as: UTF8.self)
        }
    }
}
