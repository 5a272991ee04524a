// A page's text is asked about many times in one check (the source, the
// parser, the house style and several rules ask about the same string), and
// a different page's text arrives with the next check. So the per-page
// facts computed outside the analysis context (shared/analysis/context.ts)
// keep the answer for the last text only: nothing carries over to the next
// page, and nothing grows.
export function forLastText<T>(compute: (text: string) => T): (text: string) => T {
  let text: string | undefined;
  let answer: T;
  return (t) => {
    if (t !== text) {
      answer = compute(t);
      text = t;
    }
    return answer;
  };
}
