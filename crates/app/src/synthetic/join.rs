//! Awaiting many borrowed futures at once, polling only those that were woken. The
//! vault's group commit shares one transaction among the writes waiting together, so
//! the demo's thousands of writes go in concurrently; they borrow the vault, so they
//! cannot be spawned as tasks.

use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex, PoisonError};
use std::task::{Context, Poll, Wake, Waker};

/// Which futures were woken, and the waker of the task awaiting them all.
#[derive(Default)]
struct Shared {
    woken: Mutex<Vec<usize>>,
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
        self.shared.woken.lock().unwrap_or_else(PoisonError::into_inner).push(self.index);
        if let Some(parent) = self.shared.parent.lock().unwrap_or_else(PoisonError::into_inner).as_ref() {
            parent.wake_by_ref();
        }
    }
}

/// Runs every future to completion, concurrently; the outputs in the input's order.
pub(crate) async fn join_all<F: Future>(futures: impl IntoIterator<Item = F>) -> Vec<F::Output> {
    let mut futures: Vec<Option<Pin<Box<F>>>> = futures.into_iter().map(|f| Some(Box::pin(f))).collect();
    let n = futures.len();
    let shared = Arc::new(Shared { woken: Mutex::new((0..n).collect()), parent: Mutex::new(None) });
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
}
