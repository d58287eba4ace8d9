//! A read-only multimap from well-mixed `u64` keys (hashes) to values, laid out for
//! look-ups: an open-addressed slot array over one flat value list. The keys are
//! hashes already, so they index the slots as they are, with no hashing on look-up.

/// Values by `u64` key: every value given for a key, in the order given.
#[derive(Debug)]
pub(crate) struct MultiMap<T> {
    /// (key, first value, count); key 0 marks an empty slot (key 0 is stored as 1).
    slots: Vec<(u64, u32, u32)>,
    values: Vec<T>,
    /// One bit per key hashed into eight times as many bits as there are keys: a key
    /// whose bit is clear is absent without touching `slots`, which for a large map
    /// lie far outside the processor's caches while this stays inside them.
    filter: Vec<u64>,
    /// How far a mixed key is shifted right to index `filter`'s bits.
    filter_shift: u32,
}

impl<T> Default for MultiMap<T> {
    fn default() -> Self {
        MultiMap { slots: Vec::new(), values: Vec::new(), filter: Vec::new(), filter_shift: 63 }
    }
}

impl<T> MultiMap<T> {
    /// Builds the map from (key, value) pairs; a key's values keep their given order.
    pub(crate) fn new(mut pairs: Vec<(u64, T)>) -> MultiMap<T> {
        for p in &mut pairs {
            p.0 = p.0.max(1);
        }
        pairs.sort_by_key(|p| p.0);
        let distinct = pairs.chunk_by(|a, b| a.0 == b.0).count();
        let size = (distinct * 2).next_power_of_two().max(16);
        let mut slots = vec![(0u64, 0u32, 0u32); size];
        let filter_bits = (distinct * 8).next_power_of_two().max(64);
        let filter_shift = 64 - filter_bits.trailing_zeros();
        let mut filter = vec![0u64; filter_bits / 64];
        let mut values = Vec::with_capacity(pairs.len());
        // Values go in key order, so a key's run starts where it does in `pairs`.
        let mut start = 0;
        while start < pairs.len() {
            let key = pairs[start].0;
            let end = start + pairs[start..].iter().take_while(|p| p.0 == key).count();
            let mut at = key as usize & (size - 1);
            while slots[at].0 != 0 {
                at = (at + 1) & (size - 1);
            }
            slots[at] = (key, start as u32, (end - start) as u32);
            let bit = filter_bit(key, filter_shift);
            filter[bit / 64] |= 1 << (bit % 64);
            start = end;
        }
        values.extend(pairs.into_iter().map(|p| p.1));
        MultiMap { slots, values, filter, filter_shift }
    }

    /// The values of `key`, empty if none.
    #[inline]
    pub(crate) fn get(&self, key: u64) -> &[T] {
        let (first, len) = self.find(key);
        &self.values[first..first + len]
    }

    /// The values of `key` and the place of the first in the map's whole list (a
    /// list kept beside it in the same order, see [`MultiMap::unzip`], holds theirs
    /// from there).
    #[inline]
    pub(crate) fn get_at(&self, key: u64) -> (usize, &[T]) {
        let (first, len) = self.find(key);
        (first, &self.values[first..first + len])
    }

    /// (first value, count) of `key`; (0, 0) if none.
    #[inline]
    fn find(&self, key: u64) -> (usize, usize) {
        if self.slots.is_empty() {
            return (0, 0);
        }
        let key = key.max(1);
        let bit = filter_bit(key, self.filter_shift);
        if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return (0, 0);
        }
        let mask = self.slots.len() - 1;
        let mut at = key as usize & mask;
        loop {
            let (k, first, len) = self.slots[at];
            if k == key {
                return (first as usize, len as usize);
            }
            if k == 0 {
                return (0, 0);
            }
            at = (at + 1) & mask;
        }
    }
}

impl<A, B> MultiMap<(A, B)> {
    /// The map of the values' first halves, and their second halves in one list in
    /// the same order: what a look-up reads every time kept dense, the rest beside it.
    pub(crate) fn unzip(self) -> (MultiMap<A>, Vec<B>) {
        let MultiMap { slots, values, filter, filter_shift } = self;
        let (values, rest): (Vec<A>, Vec<B>) = values.into_iter().unzip();
        (MultiMap { slots, values, filter, filter_shift }, rest)
    }
}

/// Whether a key may be in a set: one bit per key in eight times as many bits as there
/// are keys, [`MultiMap`]'s filter without the map. A key whose bit is clear is surely
/// absent; one whose bit is set may be present.
#[derive(Debug)]
pub(crate) struct KeyFilter {
    bits: Vec<u64>,
    shift: u32,
}

impl Default for KeyFilter {
    fn default() -> Self {
        KeyFilter { bits: Vec::new(), shift: 63 }
    }
}

impl KeyFilter {
    pub(crate) fn new(keys: &[u64]) -> KeyFilter {
        let size = (keys.len() * 8).next_power_of_two().max(64);
        let shift = 64 - size.trailing_zeros();
        let mut bits = vec![0u64; size / 64];
        for &key in keys {
            let bit = filter_bit(key, shift);
            bits[bit / 64] |= 1 << (bit % 64);
        }
        KeyFilter { bits, shift }
    }

    /// False only if `key` is surely not in the set.
    #[inline]
    pub(crate) fn may_contain(&self, key: u64) -> bool {
        if self.bits.is_empty() {
            return false;
        }
        let bit = filter_bit(key, self.shift);
        self.bits[bit / 64] & (1 << (bit % 64)) != 0
    }
}

/// A key's bit in the filter: the top bits of the key times an odd constant, which
/// depend on every bit of the key (the slots use its low bits).
#[inline]
fn filter_bit(key: u64, shift: u32) -> usize {
    (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> shift) as usize
}

#[cfg(test)]
mod tests {
    use super::MultiMap;

    #[test]
    fn values_by_key_in_given_order() {
        let m = MultiMap::new(vec![(5, 'a'), (0, 'z'), (5, 'b'), (1 << 40, 'c'), (21, 'd')]);
        assert_eq!(m.get(5), ['a', 'b']);
        assert_eq!(m.get(1 << 40), ['c']);
        assert_eq!(m.get(0), ['z']);
        assert!(m.get(6).is_empty());
        assert!(MultiMap::<u8>::default().get(5).is_empty());
        let (m, rest) = MultiMap::new(vec![(5, ('a', 1)), (7, ('c', 3)), (5, ('b', 2))]).unzip();
        let (at, values) = m.get_at(5);
        assert_eq!(values, ['a', 'b']);
        assert_eq!(rest[at..at + 2], [1, 2]);
    }

    #[test]
    fn a_key_filter_never_turns_a_key_away() {
        let keys: Vec<u64> = (0..1000u64).map(|k| k.wrapping_mul(0x9e37_79b9_7f4a_7c15)).collect();
        let filter = super::KeyFilter::new(&keys);
        assert!(keys.iter().all(|&k| filter.may_contain(k)));
        assert!(!super::KeyFilter::default().may_contain(5));
    }
}
