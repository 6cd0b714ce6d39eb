/**
 * The one step two rankings share on a binary min-heap of numbers kept in a typed array: a value
 * put at the root and moved down until neither child is smaller. `kthLargest` replaces the root
 * with a larger score; `DeferredOrder` takes the root out and sifts the last entry down.
 */
export function siftDown(heap: Float64Array, size: number, value: number): void {
  let at = 0;
  for (;;) {
    const left = 2 * at + 1;
    if (left >= size) break;
    const child = left + 1 < size && heap[left + 1]! < heap[left]! ? left + 1 : left;
    if (!(heap[child]! < value)) break;
    heap[at] = heap[child]!;
    at = child;
  }
  heap[at] = value;
}
