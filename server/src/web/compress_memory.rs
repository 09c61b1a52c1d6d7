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

/// Smaller blocks come and go through the ordinary allocator, which keeps them anyway.
const KEEP_FROM_BYTES: usize = 16 * 1024;
/// What one thread keeps at most: one page's worth of tables is about 1 MiB.
const KEEP_AT_MOST_BYTES: usize = 4 * 1024 * 1024;

thread_local! {
    /// Blocks given back, each a `Box<[T]>` for its own `T`, with its size in bytes.
    static SPARE: RefCell<Vec<(Box<dyn Any>, usize)>> = const { RefCell::new(Vec::new()) };
}

/// brotli's allocator for every kind of block it uses (see [`BrotliAlloc`]).
#[derive(Default)]
pub struct Recycling;

/// A block handed out by [`Recycling`].
pub struct Block<T>(Box<[T]>);

impl<T> Default for Block<T> {
    fn default() -> Self {
        Block(Box::new([]))
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
        let bytes = len * std::mem::size_of::<T>();
        if bytes >= KEEP_FROM_BYTES {
            if let Some(mut kept) = take::<T>(len) {
                // The encoder expects new blocks cleared, as the ordinary allocator gives them.
                kept.fill(T::default());
                return Block(kept);
            }
        }
        Block(vec![T::default(); len].into_boxed_slice())
    }

    fn free_cell(&mut self, block: Block<T>) {
        let bytes = std::mem::size_of_val(&*block.0);
        if bytes < KEEP_FROM_BYTES {
            return;
        }
        let _ = SPARE.try_with(|spare| {
            let mut spare = spare.borrow_mut();
            let kept: usize = spare.iter().map(|(_, b)| b).sum();
            if kept + bytes <= KEEP_AT_MOST_BYTES {
                spare.push((Box::new(block.0), bytes));
            }
        });
    }
}

impl BrotliAlloc for Recycling {}

/// A kept block of exactly `len` elements of `T`, if this thread has one.
fn take<T: 'static>(len: usize) -> Option<Box<[T]>> {
    SPARE
        .try_with(|spare| {
            let mut spare = spare.borrow_mut();
            let at = spare
                .iter()
                .position(|(block, _)| block.downcast_ref::<Box<[T]>>().is_some_and(|b| b.len() == len))?;
            let (block, _) = spare.swap_remove(at);
            block.downcast::<Box<[T]>>().ok().map(|b| *b)
        })
        .ok()
        .flatten()
}

/// How many bytes this thread keeps now (for the tests).
#[cfg(test)]
pub fn kept_bytes() -> usize {
    SPARE.with(|spare| spare.borrow().iter().map(|(_, b)| b).sum())
}
