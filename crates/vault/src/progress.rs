//! Progress of the long operations (import, backup, restore), for a progress bar: the
//! number of rows once known, then each row done. The vault reports; the caller draws.

/// Receives the progress of a long operation. Shared with worker threads.
pub trait Progress: Send + Sync {
    /// The operation has `total` rows to go through.
    fn start(&self, total: u64);
    /// `n` more rows are done.
    fn advance(&self, n: u64);
}

/// Progress reported nowhere.
#[derive(Debug, Clone, Copy, Default)]
pub struct Quiet;

impl Progress for Quiet {
    fn start(&self, _: u64) {}
    fn advance(&self, _: u64) {}
}
