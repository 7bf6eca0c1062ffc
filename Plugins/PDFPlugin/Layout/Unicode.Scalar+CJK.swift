extension Unicode.Scalar {
    /// Characters of scripts written without spaces between words: ideographs, kana, hangul,
    /// CJK punctuation and full-width forms. A space poppler puts next to one of these is not in
    /// the source.
    var isCJK: Bool {
        switch value {
        case 0x1100...0x11FF, 0x2E80...0x2FDF, 0x2FF0...0x303F, 0x3040...0x31FF, 0x3200...0x4DBF,
             0x4E00...0x9FFF, 0xA960...0xA97F, 0xAC00...0xD7FF, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFFEF, 0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }

    /// Ideographs proper (and radicals): one em wide in every CJK font.
    var isIdeograph: Bool {
        switch value {
        case 0x2E80...0x2FDF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3FFFF:
            return true
        default:
            return false
        }
    }

    /// Letters and digits of space-separated scripts: a space between two of these is real.
    var isWordCharacter: Bool {
        !isCJK && (properties.isAlphabetic || ("0"..."9").contains(self))
    }

    /// Sentence-final punctuation: a line ending in one of these may end its paragraph.
    var isSentenceFinal: Bool {
        "。．.!！?？;；:：…".unicodeScalars.contains(self)
    }
}
