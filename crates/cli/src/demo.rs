//! `sanctum demo` (filled in below).
use anyhow::Result;
pub(crate) fn run(_args: &crate::DemoArgs) -> Result<bool> {
    anyhow::bail!("not yet")
}
