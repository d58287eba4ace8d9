//! Awaiting many borrowed futures at once, polling only those that were woken. The
//! vault's group commit shares one transaction among the writes waiting together, so
//! the demo's thousands of writes go in concurrently; they borrow the vault, so they
//! cannot be spawned as tasks.

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll, Wake, Waker};

/// Which futures were woken (each listed once, however often it is woken before its
/// turn), and the waker of the task awaiting them all.
struct Shared {
    woken: Mutex<Vec<usize>>,
    queued: Vec<AtomicBool>,
    parent: Mutex<Option<Waker>>,
}

struct Child {
    index: usize,
    shared: Arc<Shared>,
}

impl Wake for Child {
    fn wake(self: Arc<Self>) {
        self.wake_by_ref();
    }

    fn wake_by_ref(self: &Arc<Self>) {
        // Listed once until polled: a future woken again and again (tokio's budget makes
        // a future wake itself when it is spent) must not grow the list without bound.
        if !self.shared.queued[self.index].swap(true, Ordering::AcqRel) {
            self.shared.woken.lock().unwrap_or_else(PoisonError::into_inner).push(self.index);
        }
        if let Some(parent) = self.shared.parent.lock().unwrap_or_else(PoisonError::into_inner).as_ref() {
            parent.wake_by_ref();
        }
    }
}

/// Runs every future to completion, concurrently; the outputs in the input's order.
pub(crate) async fn join_all<F: Future>(futures: impl IntoIterator<Item = F>) -> Vec<F::Output> {
    let mut futures: Vec<Option<Pin<Box<F>>>> = futures.into_iter().map(|f| Some(Box::pin(f))).collect();
    let n = futures.len();
    let shared = Arc::new(Shared {
        woken: Mutex::new((0..n).collect()),
        queued: (0..n).map(|_| AtomicBool::new(true)).collect(),
        parent: Mutex::new(None),
    });
    let wakers: Vec<Waker> =
        (0..n).map(|index| Waker::from(Arc::new(Child { index, shared: shared.clone() }))).collect();
    let mut outputs: Vec<Option<F::Output>> = (0..n).map(|_| None).collect();
    let mut pending = n;
    std::future::poll_fn(move |cx| {
        *shared.parent.lock().unwrap_or_else(PoisonError::into_inner) = Some(cx.waker().clone());
        // Poll only what was woken since the last poll; a future woken again while we
        // poll (tokio's budget does that) waits for the next turn, rescheduled by its wake.
        let woken = std::mem::take(&mut *shared.woken.lock().unwrap_or_else(PoisonError::into_inner));
        for i in woken {
            shared.queued[i].store(false, Ordering::Release);
            let Some(future) = futures[i].as_mut() else { continue };
            if let Poll::Ready(out) = future.as_mut().poll(&mut Context::from_waker(&wakers[i])) {
                outputs[i] = Some(out);
                futures[i] = None;
                pending -= 1;
            }
        }
        if pending == 0 {
            Poll::Ready(outputs.iter_mut().filter_map(Option::take).collect())
        } else {
            Poll::Pending
        }
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn joins_in_order() {
        let delays = [30u64, 10, 20, 0];
        let out = join_all(delays.iter().map(|&d| async move {
            tokio::time::sleep(std::time::Duration::from_millis(d)).await;
            d
        }))
        .await;
        assert_eq!(out, delays);
        assert!(join_all(Vec::<std::future::Ready<()>>::new()).await.is_empty());
    }

    /// Futures that wake themselves many times before their next turn (as a spent tokio
    /// budget makes them) still finish, in order.
    #[tokio::test]
    async fn futures_that_wake_themselves_repeatedly_finish_in_order() {
        let spins = |n: usize| {
            let mut left = n;
            std::future::poll_fn(move |cx| {
                if left == 0 {
                    return Poll::Ready(n);
                }
                left -= 1;
                for _ in 0..1000 {
                    cx.waker().wake_by_ref();
                }
                Poll::Pending
            })
        };
        let out = join_all((0..50).map(spins)).await;
        assert_eq!(out, (0..50).collect::<Vec<_>>());
        // Each is listed once however often it woke: the list never outgrows the futures.
        let shared = Shared {
            woken: Mutex::new(Vec::new()),
            queued: (0..2).map(|_| AtomicBool::new(false)).collect(),
            parent: Mutex::new(None),
        };
        let child = Arc::new(Child { index: 1, shared: Arc::new(shared) });
        for _ in 0..1000 {
            child.wake_by_ref();
        }
        assert_eq!(*child.shared.woken.lock().unwrap(), [1]);
    }
}
