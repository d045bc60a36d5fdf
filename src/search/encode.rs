//! Compact text encodings for the index files: doc-id lists and facet columns as strings of
//! URL-safe characters, so that a shard is a plain JavaScript string the browser decodes in a
//! loop, with nothing to escape.

/// 64 symbols; the first 32 end a number, the last 32 carry 5 more bits of it.
pub const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Appends `n` in little-endian groups of 5 bits: every group but the last is written with
/// the high half of the alphabet. Numbers below 32 take one character.
pub fn push_varint(out: &mut String, mut n: u64) {
    loop {
        let low = (n & 31) as usize;
        n >>= 5;
        if n == 0 {
            out.push(ALPHABET[low] as char);
            return;
        }
        out.push(ALPHABET[low + 32] as char);
    }
}

/// A sorted list of postings (`doc << 1 | strong`) as gaps between doc ids, each gap shifted
/// left once with the strong bit below it.
pub fn postings(list: &[u32]) -> String {
    let mut out = String::with_capacity(list.len() + 4);
    let mut prev = 0u32;
    for &p in list {
        let doc = p >> 1;
        let gap = doc - prev;
        prev = doc;
        push_varint(&mut out, (u64::from(gap) << 1) | u64::from(p & 1));
    }
    out
}

/// A fixed-width column: each value in `width` characters of 6 bits, most significant first.
pub fn column(values: &[u32], width: usize) -> String {
    let mut out = String::with_capacity(values.len() * width);
    for &v in values {
        for i in (0..width).rev() {
            out.push(ALPHABET[((v >> (6 * i)) & 63) as usize] as char);
        }
    }
    out
}

/// Characters of a column value wide enough for `max`.
pub fn width_for(max: u32) -> usize {
    let mut w = 1;
    while u64::from(max) >= 1u64 << (6 * w) {
        w += 1;
    }
    w
}

/// FNV-1a, 64 bits: names a build's index folder after its content.
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    pub fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    pub fn hex(&self) -> String {
        format!("{:012x}", self.0 >> 16)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_varints(s: &str) -> Vec<u64> {
        let mut out = Vec::new();
        let (mut n, mut shift) = (0u64, 0);
        for c in s.bytes() {
            let v = ALPHABET.iter().position(|&a| a == c).unwrap() as u64;
            n |= (v & 31) << shift;
            shift += 5;
            if v < 32 {
                out.push(n);
                n = 0;
                shift = 0;
            }
        }
        out
    }

    #[test]
    fn varints_round_trip() {
        let values = [0, 1, 31, 32, 33, 1023, 1024, 99_999, u64::from(u32::MAX)];
        let mut s = String::new();
        for v in values {
            push_varint(&mut s, v);
        }
        assert_eq!(decode_varints(&s), values);
        let mut one = String::new();
        push_varint(&mut one, 31);
        assert_eq!(one.len(), 1);
    }

    #[test]
    fn postings_are_gaps_with_the_strong_bit() {
        // Docs 3 (strong), 4, 40 (strong).
        let s = postings(&[3 << 1 | 1, 4 << 1, 40 << 1 | 1]);
        assert_eq!(decode_varints(&s), [3 << 1 | 1, 1 << 1, 36 << 1 | 1]);
    }

    #[test]
    fn columns_have_fixed_width() {
        assert_eq!(width_for(0), 1);
        assert_eq!(width_for(63), 1);
        assert_eq!(width_for(64), 2);
        assert_eq!(width_for(4095), 2);
        assert_eq!(width_for(4096), 3);
        assert_eq!(column(&[0, 1, 64], 2), "AAABBA");
    }
}
