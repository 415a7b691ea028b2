//! Graceful shutdown: SIGTERM (what `docker stop` and Kubernetes send) and SIGINT (Ctrl-C) set a
//! flag that the accept loop checks, so the service stops accepting, finishes the requests it is
//! serving, and exits 0. Standard library only: libc's `signal` is declared here by hand.

use std::sync::atomic::{AtomicBool, Ordering};

static REQUESTED: AtomicBool = AtomicBool::new(false);

/// Has SIGTERM or SIGINT arrived since [`install`]?
pub fn requested() -> bool {
    REQUESTED.load(Ordering::SeqCst)
}

/// Asks for a shutdown, as the signals do (for tests and embedding).
pub fn request() {
    REQUESTED.store(true, Ordering::SeqCst);
}

#[cfg(unix)]
mod imp {
    extern "C" {
        fn signal(signum: i32, handler: extern "C" fn(i32)) -> usize;
    }

    extern "C" fn on_signal(_: i32) {
        // Only an atomic store: the one kind of work a signal handler may do.
        super::request();
    }

    pub fn install() {
        const SIGINT: i32 = 2;
        const SIGTERM: i32 = 15;
        // SAFETY: `on_signal` is async-signal-safe (one atomic store) and lives for the whole program.
        unsafe {
            signal(SIGINT, on_signal);
            signal(SIGTERM, on_signal);
        }
    }
}

#[cfg(not(unix))]
mod imp {
    /// Elsewhere Ctrl-C ends the process as before.
    pub fn install() {}
}

/// Installs the SIGTERM and SIGINT handlers. Without them, the service as PID 1 of a container
/// would ignore SIGTERM and be killed after the grace period, dropping the requests in flight.
pub fn install() {
    imp::install();
}
