//! Memory maps that survive their file being truncated under them.
//!
//! Reading a page of a file mapping that lies past the end of the file
//! (because another process truncated it while we scan) raises `SIGBUS`,
//! whose default action kills the whole process: one log rotated at the
//! wrong moment would end a scan of a whole data lake. Files are still
//! mapped (no copy, chunks scanned in parallel straight from the page
//! cache), but every mapping being scanned is registered here first.
//!
//! A `SIGBUS` handler looks up the faulting address: inside a registered
//! mapping, it maps a zero-filled anonymous page over the faulting page
//! (`MAP_FIXED`) and records the fault, then returns; the faulting read runs
//! again and sees zeros, which hold no findings. The object is reported
//! `partial` afterwards ([`MapGuard::faulted`]). A fault anywhere else
//! restores the previous disposition and returns, so the fault repeats and
//! is handled as it would have been without us (by default: killed).
//!
//! The handler only touches atomics and calls `mmap`/`sigaction`, which are
//! plain system calls on Linux. Elsewhere [`MapGuard::register`] returns
//! `None` and callers read the file instead of mapping it.

#[cfg(target_os = "linux")]
mod imp {
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    use std::sync::Once;

    /// Mappings scanned at once: one per worker thread is the usual need.
    const SLOTS: usize = 128;

    struct Slot {
        start: AtomicUsize,
        len: AtomicUsize,
        faulted: AtomicBool,
    }

    #[allow(clippy::declare_interior_mutable_const)]
    const EMPTY: Slot = Slot {
        start: AtomicUsize::new(0),
        len: AtomicUsize::new(0),
        faulted: AtomicBool::new(false),
    };
    static REGIONS: [Slot; SLOTS] = [EMPTY; SLOTS];
    static PAGE_SIZE: AtomicUsize = AtomicUsize::new(4096);
    static INSTALL: Once = Once::new();
    static INSTALLED: AtomicBool = AtomicBool::new(false);
    /// The disposition found before ours, restored for foreign faults.
    /// Written once, before the handler is installed; read only after.
    static mut PREVIOUS: std::mem::MaybeUninit<libc::sigaction> = std::mem::MaybeUninit::uninit();

    extern "C" fn on_sigbus(
        _sig: libc::c_int,
        info: *mut libc::siginfo_t,
        _ctx: *mut libc::c_void,
    ) {
        // SAFETY: the kernel passes a valid siginfo for SA_SIGINFO handlers.
        let addr = unsafe { (*info).si_addr() } as usize;
        let page = PAGE_SIZE.load(Ordering::Relaxed);
        for slot in &REGIONS {
            let start = slot.start.load(Ordering::Acquire);
            let len = slot.len.load(Ordering::Acquire);
            if start == 0 || addr < start || addr >= start + len {
                continue;
            }
            let page_start = addr & !(page - 1);
            // SAFETY: the page lies inside a read-only mapping this process
            // owns and is scanning; replacing it with zeros changes what the
            // scan reads, never memory anything else uses.
            let replaced = unsafe {
                libc::mmap(
                    page_start as *mut libc::c_void,
                    page,
                    libc::PROT_READ,
                    libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_FIXED,
                    -1,
                    0,
                )
            };
            if replaced != libc::MAP_FAILED {
                slot.faulted.store(true, Ordering::Release);
                return;
            }
        }
        // Not ours: put back what was there; the access faults again and
        // gets the behaviour it would have had without this handler.
        // SAFETY: PREVIOUS was initialised before this handler was installed.
        unsafe {
            libc::sigaction(
                libc::SIGBUS,
                std::ptr::addr_of!(PREVIOUS).cast::<libc::sigaction>(),
                std::ptr::null_mut(),
            );
        }
    }

    fn install() -> bool {
        INSTALL.call_once(|| {
            // SAFETY: plain libc calls; PREVIOUS is written before the
            // handler that reads it can run, and never again.
            unsafe {
                let page = libc::sysconf(libc::_SC_PAGESIZE);
                if page > 0 {
                    PAGE_SIZE.store(page as usize, Ordering::Relaxed);
                }
                let mut previous: libc::sigaction = std::mem::zeroed();
                if libc::sigaction(libc::SIGBUS, std::ptr::null(), &mut previous) != 0 {
                    return;
                }
                std::ptr::addr_of_mut!(PREVIOUS)
                    .cast::<libc::sigaction>()
                    .write(previous);
                let mut action: libc::sigaction = std::mem::zeroed();
                let handler: extern "C" fn(libc::c_int, *mut libc::siginfo_t, *mut libc::c_void) =
                    on_sigbus;
                action.sa_sigaction = handler as usize;
                action.sa_flags = libc::SA_SIGINFO | libc::SA_NODEFER;
                libc::sigemptyset(&mut action.sa_mask);
                if libc::sigaction(libc::SIGBUS, &action, std::ptr::null_mut()) == 0 {
                    INSTALLED.store(true, Ordering::Release);
                }
            }
        });
        INSTALLED.load(Ordering::Acquire)
    }

    pub struct MapGuard {
        slot: usize,
    }

    impl MapGuard {
        pub fn register(data: &[u8]) -> Option<MapGuard> {
            if data.is_empty() || !install() {
                return None;
            }
            let start = data.as_ptr() as usize;
            for (i, slot) in REGIONS.iter().enumerate() {
                if slot
                    .start
                    .compare_exchange(0, start, Ordering::AcqRel, Ordering::Relaxed)
                    .is_ok()
                {
                    slot.faulted.store(false, Ordering::Release);
                    slot.len.store(data.len(), Ordering::Release);
                    return Some(MapGuard { slot: i });
                }
            }
            None
        }

        pub fn faulted(&self) -> bool {
            REGIONS[self.slot].faulted.load(Ordering::Acquire)
        }
    }

    impl Drop for MapGuard {
        fn drop(&mut self) {
            let slot = &REGIONS[self.slot];
            slot.len.store(0, Ordering::Release);
            slot.start.store(0, Ordering::Release);
        }
    }
}

#[cfg(not(target_os = "linux"))]
mod imp {
    pub struct MapGuard;

    impl MapGuard {
        pub fn register(_data: &[u8]) -> Option<MapGuard> {
            None
        }

        pub fn faulted(&self) -> bool {
            false
        }
    }
}

/// Registration of one mapping for the scan's lifetime; drop it before the
/// mapping is unmapped.
pub(crate) struct MapGuard(imp::MapGuard);

impl MapGuard {
    /// Registers `data` (the whole of a file mapping). `None` when faults
    /// cannot be caught here (not Linux, no handler, every slot in use):
    /// the caller must then read the file rather than scan the mapping.
    pub(crate) fn register(data: &[u8]) -> Option<MapGuard> {
        imp::MapGuard::register(data).map(MapGuard)
    }

    /// Whether a page of the mapping vanished (the file was truncated)
    /// while it was being read; those pages read as zeros.
    pub(crate) fn faulted(&self) -> bool {
        self.0.faulted()
    }
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn truncated_mapping_reads_zeros_and_reports_the_fault() {
        let mut file = tempfile::tempfile().unwrap();
        file.write_all(&vec![b'x'; 1 << 20]).unwrap();
        // SAFETY: a private read-only mapping of a file this test owns.
        let map = unsafe { memmap2::Mmap::map(&file) }.unwrap();
        let guard = MapGuard::register(&map).expect("handler installs on Linux");
        assert_eq!(map[0], b'x');
        assert!(!guard.faulted());
        file.set_len(0).unwrap();
        // Without the guard this read would kill the test process.
        let tail = std::hint::black_box(&map[map.len() - 10..]);
        assert!(tail.iter().all(|&b| b == 0));
        assert!(guard.faulted());
        drop(guard);
    }

    #[test]
    fn slots_are_reused_after_drop() {
        let data = vec![1u8; 64];
        for _ in 0..1000 {
            let g = MapGuard::register(&data).unwrap();
            assert!(!g.faulted());
        }
    }
}
