//! A read-only multimap from well-mixed `u64` keys (hashes) to values, laid out for
//! look-ups: an open-addressed slot array over one flat value list. The keys are
//! hashes already, so they index the slots as they are, with no hashing on look-up.

/// Values by `u64` key: every value given for a key, in the order given.
#[derive(Debug)]
pub(crate) struct MultiMap<T> {
    /// (key, first value, count); key 0 marks an empty slot (key 0 is stored as 1).
    slots: Vec<(u64, u32, u32)>,
    values: Vec<T>,
}

impl<T> Default for MultiMap<T> {
    fn default() -> Self {
        MultiMap { slots: Vec::new(), values: Vec::new() }
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
            start = end;
        }
        values.extend(pairs.into_iter().map(|p| p.1));
        MultiMap { slots, values }
    }

    /// The values of `key`, empty if none.
    #[inline]
    pub(crate) fn get(&self, key: u64) -> &[T] {
        if self.slots.is_empty() {
            return &[];
        }
        let key = key.max(1);
        let mask = self.slots.len() - 1;
        let mut at = key as usize & mask;
        loop {
            let (k, first, len) = self.slots[at];
            if k == key {
                return &self.values[first as usize..(first + len) as usize];
            }
            if k == 0 {
                return &[];
            }
            at = (at + 1) & mask;
        }
    }
}

impl MultiMap<()> {
    /// True if `key` was given: a multimap to nothing is a set of hashes.
    #[inline]
    pub(crate) fn contains(&self, key: u64) -> bool {
        !self.get(key).is_empty()
    }
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
    }
}
