//! Panics inside third-party decoders, turned into errors that name the
//! object. The Parquet and Arrow decoders assert and index on what a file
//! says about itself; on a corrupt file some of them panic instead of
//! returning an error. A scan must go on past such a file (recording it as
//! errored), not lose every other object's results.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};

thread_local! {
    /// How many [`catching_panics`] calls this thread is inside.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
}

/// Runs `f`; a panic inside it comes back as `Err` with its message. What
/// `f` was writing into may be left part-way: callers discard it (or keep
/// only what is complete), as for any read that fails midway.
pub(crate) fn catching_panics<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    DEPTH.with(|d| d.set(d.get() + 1));
    let result = panic::catch_unwind(AssertUnwindSafe(f));
    DEPTH.with(|d| d.set(d.get() - 1));
    result.map_err(|payload| {
        payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "a panic without a message".to_string())
    })
}

/// Whether the current thread is inside [`catching_panics`]: a panic hook
/// can keep quiet about a panic that becomes an object's error.
pub fn panic_is_contained() -> bool {
    DEPTH.with(|d| d.get() > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_becomes_its_message_and_the_depth_unwinds() {
        // (The test harness's hook prints the two panics; the hook is
        // process-wide, and swapping it would hide other tests' panics.)
        assert!(!panic_is_contained());
        let caught = catching_panics(|| -> u32 {
            assert!(panic_is_contained());
            panic!("page type {} is unknown", -26)
        });
        let caught_str = catching_panics(|| -> u32 { panic!("fixed") });
        assert_eq!(caught, Err("page type -26 is unknown".to_string()));
        assert_eq!(caught_str, Err("fixed".to_string()));
        assert!(!panic_is_contained());
        assert_eq!(catching_panics(|| 7), Ok(7));
    }
}
