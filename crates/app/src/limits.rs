//! Throttles (GCRA, from `governor`). Sign-in: a few attempts a minute per client
//! address and per user name, so a password cannot be guessed quickly from one machine
//! or against one account from many (addresses are the TCP peer's: behind a proxy, put
//! the throttle in the proxy too). Guard checks: a staff member's checks of drafts and
//! case presentations, each of which asks the guard about the caseload (for a
//! presentation, the whole practice's), are limited per minute, so nobody can script
//! "is this person a client here?" at speed; every check is on the record anyway.
//!
//! Names are kept as 64-bit keyed hashes, not as text: whatever a stranger posts as a
//! user name costs the server the same few bytes (and the map is pruned when large).

use std::hash::BuildHasher;
use std::net::IpAddr;
use std::num::NonZeroU32;

use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

/// Per-address and per-name rate limiters.
#[derive(Debug)]
pub struct SignInLimits {
    by_address: DefaultKeyedRateLimiter<IpAddr>,
    by_name: DefaultKeyedRateLimiter<u64>,
    hasher: std::collections::hash_map::RandomState,
}

impl SignInLimits {
    /// Allows `per_minute` attempts a minute (at least one), in a burst or spread out.
    pub fn new(per_minute: u32) -> SignInLimits {
        let n = NonZeroU32::new(per_minute).unwrap_or(NonZeroU32::MIN);
        let quota = Quota::per_minute(n).allow_burst(n);
        SignInLimits {
            by_address: RateLimiter::keyed(quota),
            by_name: RateLimiter::keyed(quota),
            hasher: std::collections::hash_map::RandomState::new(),
        }
    }

    /// Whether one more attempt from `address` for `name` may go ahead (and counts it).
    pub fn allow(&self, address: IpAddr, name: &str) -> bool {
        let name = self.hasher.hash_one(name.trim().to_lowercase());
        // The address first: a blocked address adds nothing to the per-name map.
        if self.by_address.check_key(&address).is_err() {
            return false;
        }
        let name_ok = self.by_name.check_key(&name).is_ok();
        // Either map can grow on its own: many names from few addresses, or the reverse.
        if self.by_address.len() > 100_000 || self.by_name.len() > 100_000 {
            self.by_address.retain_recent();
            self.by_name.retain_recent();
        }
        name_ok
    }
}

/// Guard checks a staff member may run a minute (in a burst or spread out): far more
/// than anyone writing by hand, far fewer than a script.
pub const CHECKS_PER_MINUTE: u32 = 30;

/// Per-staff-member limit on guard checks.
#[derive(Debug)]
pub struct CheckLimits {
    by_user: DefaultKeyedRateLimiter<String>,
}

impl Default for CheckLimits {
    fn default() -> CheckLimits {
        let n = NonZeroU32::new(CHECKS_PER_MINUTE).unwrap_or(NonZeroU32::MIN);
        CheckLimits { by_user: RateLimiter::keyed(Quota::per_minute(n).allow_burst(n)) }
    }
}

impl CheckLimits {
    /// Whether one more check by `user` (a staff member's id) may go ahead (and counts it).
    pub fn allow(&self, user: &str) -> bool {
        self.by_user.check_key(&user.to_owned()).is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limit_holds_per_address_and_per_name() {
        let limits = SignInLimits::new(3);
        let (a, b) = (IpAddr::from([10, 0, 0, 1]), IpAddr::from([10, 0, 0, 2]));
        assert!((0..3).all(|_| limits.allow(a, "dana")));
        assert!(!limits.allow(a, "sam"), "the address is spent");
        assert_eq!(limits.by_name.len(), 1, "a blocked address adds no name");
        assert!(!limits.allow(b, "Dana "), "the name is spent, whatever its case");
        assert!(limits.allow(b, "rahel"));
    }

    #[test]
    fn checks_are_limited_per_staff_member() {
        let limits = CheckLimits::default();
        assert!((0..CHECKS_PER_MINUTE).all(|_| limits.allow("dana")));
        assert!(!limits.allow("dana"), "Dana's minute is spent");
        assert!(limits.allow("sam"), "Sam's is not");
    }
}
