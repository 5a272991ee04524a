// Cheap paragraph similarity: Dice coefficient over character bigrams (as a
// multiset). Chinese has no spaces, so bigrams are the natural shingle; a
// one-character edit costs two bigrams, and unrelated paragraphs of the same
// paper share only a few (市北, 北区…), typically well under 0.3.

export function bigrams(key: string): Int32Array {
  const n = key.length - 1;
  if (n <= 0) return new Int32Array(0);
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = (key.charCodeAt(i) << 16) | key.charCodeAt(i + 1);
  return out.sort();
}

/** Merge steps left before similarity gives up (answers 0): bounds the total
 *  work of one comparison whatever the input. */
export class Budget {
  constructor(public steps: number) {}
}

/** Size of the multiset intersection of two sorted bigram arrays. */
export function shared(a: Int32Array, b: Int32Array, budget: Budget): number {
  const la = a.length;
  const lb = b.length;
  if (budget.steps <= 0) return 0;
  budget.steps -= la + lb;
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < la && j < lb) {
    const x = a[i];
    const y = b[j];
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

export function dice(a: Int32Array, b: Int32Array, budget: Budget): number {
  const total = a.length + b.length;
  if (total === 0) return 0;
  return (2 * shared(a, b, budget)) / total;
}
