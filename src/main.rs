//! The `datareach` command line: wires the library's scanner and correlator
//! to files, stdout/stderr and exit codes.

mod cli;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    keep_freed_memory_for_reuse();
    // A decoder's panic on a corrupt file becomes that file's error (see
    // `datareach::panic_is_contained`): the run reports it, not the hook.
    let report_panic = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !datareach::panic_is_contained() {
            report_panic(info);
        }
    }));
    let args = match cli::Cli::try_parse() {
        Ok(args) => args,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { cli::EXIT_USAGE } else { 0 });
        }
    };
    match cli::run(args) {
        Ok(code) => ExitCode::from(code),
        Err(err) => {
            eprintln!("datareach: error: {err:#}");
            ExitCode::from(cli::EXIT_USAGE)
        }
    }
}

/// glibc's allocator hands blocks above a moving threshold (128 KiB to
/// start with) straight back to the kernel when freed, and trims its heaps
/// once 128 KiB lie free at the top. A scan frees and allocates buffers of
/// a few hundred KiB to a few MiB per object (findings blocks, column
/// caches, read buffers), so each object would fault the same memory back
/// in page by page: two thirds of a table scan's page faults, about 6% of
/// its time. Blocks up to 4 MiB now come from the heap, and up to 16 MiB
/// of freed memory per arena is kept for reuse: never more than the arena
/// itself reached, so the peak is unchanged.
fn keep_freed_memory_for_reuse() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets allocator parameters; it is called before
    // any other thread exists.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, 4 << 20);
        libc::mallopt(libc::M_TRIM_THRESHOLD, 16 << 20);
    }
}
