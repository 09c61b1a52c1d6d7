//! The brotli encoder's working memory, kept per thread from one page to the next.
//!
//! For each page the encoder asks for the same few large tables (its hash table alone is
//! 512 KiB at quality 4) and returns them when done. From the system allocator each of
//! them came as fresh pages: the allocator (told to give freed memory back at once, see
//! `allocator_settings` in `main.rs`) had returned the last page's tables, so every
//! page paid for page faults, zeroing by the kernel and TLB shootdowns: under load that
//! was more than half of compression's cost and a sixth of the server's CPU (`perf`,
//! `/me` at 32 connections). Here a thread keeps the tables it was given back and hands
//! them out again, cleared, for the next page: the memory stays mapped and warm.

use brotli::enc::BrotliAlloc;
use brotli::{Allocator, SliceWrapper, SliceWrapperMut};
use std::any::Any;
use std::cell::RefCell;
use std::collections::VecDeque;

/// Smaller blocks come and go through the ordinary allocator, which keeps them anyway.
const KEEP_FROM_BYTES: usize = 16 * 1024;
/// What one thread keeps at most: one page's tables are about 1 MiB. Beyond it the
/// blocks given back longest ago go first.
const KEEP_AT_MOST_BYTES: usize = 4 * 1024 * 1024;

/// A block given back: a `Vec<T>` for its own `T`, and its capacity in bytes.
struct Spare {
    block: Box<dyn Any>,
    bytes: usize,
}

thread_local! {
    /// Blocks given back, oldest first.
    static SPARE: RefCell<VecDeque<Spare>> = const { RefCell::new(VecDeque::new()) };
    /// Blocks handed out again (for the tests).
    #[cfg(test)]
    static REUSED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    /// Blocks asked for that are large enough to keep (for the tests).
    #[cfg(test)]
    static ASKED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// brotli's allocator for every kind of block it uses (see [`BrotliAlloc`]).
#[derive(Default)]
pub struct Recycling;

/// A block handed out by [`Recycling`]: `len` elements, in a vector that may hold more
/// (a kept block serves any later request it is large enough for; page sizes vary).
pub struct Block<T>(Vec<T>);

impl<T> Default for Block<T> {
    fn default() -> Self {
        Block(Vec::new())
    }
}

impl<T> SliceWrapper<T> for Block<T> {
    fn slice(&self) -> &[T] {
        &self.0
    }
}

impl<T> SliceWrapperMut<T> for Block<T> {
    fn slice_mut(&mut self) -> &mut [T] {
        &mut self.0
    }
}

impl<T: Clone + Default + 'static> Allocator<T> for Recycling {
    type AllocatedMemory = Block<T>;

    fn alloc_cell(&mut self, len: usize) -> Block<T> {
        if len * std::mem::size_of::<T>() >= KEEP_FROM_BYTES {
            #[cfg(test)]
            ASKED.with(|a| a.set(a.get() + 1));
            if let Some(mut kept) = take::<T>(len) {
                // The encoder expects new blocks cleared, as the ordinary allocator gives them.
                kept.clear();
                kept.resize(len, T::default());
                return Block(kept);
            }
        }
        Block(vec![T::default(); len])
    }

    fn free_cell(&mut self, block: Block<T>) {
        let bytes = block.0.capacity() * std::mem::size_of::<T>();
        if !(KEEP_FROM_BYTES..=KEEP_AT_MOST_BYTES).contains(&bytes) {
            return;
        }
        let _ = SPARE.try_with(|spare| {
            let mut spare = spare.borrow_mut();
            spare.push_back(Spare {
                block: Box::new(block.0),
                bytes,
            });
            let mut kept: usize = spare.iter().map(|s| s.bytes).sum();
            while kept > KEEP_AT_MOST_BYTES {
                match spare.pop_front() {
                    Some(old) => kept -= old.bytes,
                    None => break,
                }
            }
        });
    }
}

impl BrotliAlloc for Recycling {}

/// The smallest kept vector of `T` that holds `len` elements, if this thread has one.
fn take<T: 'static>(len: usize) -> Option<Vec<T>> {
    SPARE
        .try_with(|spare| {
            let mut spare = spare.borrow_mut();
            let at = spare
                .iter()
                .enumerate()
                .filter_map(|(i, s)| {
                    let v = s.block.downcast_ref::<Vec<T>>()?;
                    (v.capacity() >= len).then_some((v.capacity(), i))
                })
                .min()?
                .1;
            let kept = spare.remove(at)?;
            #[cfg(test)]
            REUSED.with(|r| r.set(r.get() + 1));
            kept.block.downcast::<Vec<T>>().ok().map(|v| *v)
        })
        .ok()
        .flatten()
}

/// How many bytes this thread keeps now (for the tests).
#[cfg(test)]
pub fn kept_bytes() -> usize {
    SPARE.with(|spare| spare.borrow().iter().map(|s| s.bytes).sum())
}

/// How many blocks this thread has handed out again (for the tests).
#[cfg(test)]
pub fn reused() -> usize {
    REUSED.with(|r| r.get())
}

/// How many blocks large enough to keep this thread was asked for (for the tests).
#[cfg(test)]
pub fn asked() -> usize {
    ASKED.with(|a| a.get())
}
