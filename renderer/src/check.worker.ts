// The page check off the UI thread: typing on a long page must not wait for
// it (issue 13). The same core as everywhere (shared/check); results are
// plain data, so they cross to the page by structured clone.
import { checkText } from '../../shared/check';
import type { CheckRequest, CheckResponse } from './lib/check-client';

self.onmessage = (e: MessageEvent<CheckRequest>) => {
  const { id, text, options } = e.data;
  let reply: CheckResponse;
  try {
    const t0 = performance.now();
    const result = checkText(text, options);
    reply = { id, result, ms: performance.now() - t0 };
  } catch (err) {
    reply = { id, error: err instanceof Error ? err.message : String(err) };
  }
  self.postMessage(reply);
};
