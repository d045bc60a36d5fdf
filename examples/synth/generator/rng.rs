//! A tiny seeded random source (SplitMix64) of our own, so that a seed gives the same
//! municipality byte for byte on every machine and with every version of the `rand` crate
//! (whose generators and range sampling are not promised to stay the same across releases).

pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5eed_5eed_5eed_5eed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// A number in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        debug_assert!(lo <= hi);
        lo + (self.next() % (hi - lo + 1) as u64) as usize
    }

    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    pub fn pick<'a, T>(&mut self, from: &'a [T]) -> &'a T {
        &from[self.range(0, from.len() - 1)]
    }

    /// One of a list of words.
    pub fn word(&mut self, from: &[&'static str]) -> &'static str {
        from[self.range(0, from.len() - 1)]
    }

    /// Up to `n` distinct elements of `from`, in the order of `from`.
    pub fn some<T: Clone>(&mut self, from: &[T], n: usize) -> Vec<T> {
        let n = n.min(from.len());
        let mut chosen: Vec<usize> = Vec::with_capacity(n);
        while chosen.len() < n {
            let i = self.range(0, from.len() - 1);
            if !chosen.contains(&i) {
                chosen.push(i);
            }
        }
        chosen.sort_unstable();
        chosen.into_iter().map(|i| from[i].clone()).collect()
    }
}
