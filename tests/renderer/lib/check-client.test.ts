import { describe, expect, it } from 'vitest';
import { createCheckClient, type CheckRequest, type CheckResponse } from '../../../renderer/src/lib/check-client';
import { checkText } from '../../../shared/check';

/** A worker stand-in answering by hand, to control timing. */
interface FakeWorker {
  sent: CheckRequest[];
  onmessage: ((e: MessageEvent<CheckResponse>) => void) | null;
  onerror: ((e: Event) => void) | null;
  terminated: boolean;
  postMessage(m: CheckRequest): void;
  terminate(): void;
  answer(i?: number): void;
}

function fakeWorker(): FakeWorker {
  const w: FakeWorker = {
    sent: [],
    onmessage: null,
    onerror: null,
    terminated: false,
    postMessage(m: CheckRequest) {
      w.sent.push(m);
    },
    terminate() {
      w.terminated = true;
    },
    answer(i = w.sent.length - 1) {
      const r = w.sent[i];
      w.onmessage!({ data: { id: r.id, result: checkText(r.text, r.options), ms: 1 } } as MessageEvent<CheckResponse>);
    },
  };
  return w;
}

const options = { locale: 'zh' as const };

describe('check client', () => {
  it('checks in the worker, one request at a time, only the newest waiting', async () => {
    const w = fakeWorker();
    const client = createCheckClient(() => w);
    const a = client.check('甲', options);
    const b = client.check('乙', options);
    const c = client.check('丙', options);
    expect(w.sent.map((r) => r.text)).toEqual(['甲']);
    await expect(b).rejects.toThrow('superseded');
    w.answer();
    expect((await a).where).toBe('worker');
    expect(w.sent.map((r) => r.text)).toEqual(['甲', '丙']);
    w.answer();
    expect((await c).result.page.blocks.length).toBeGreaterThan(0);
  });

  it('checks on this thread when no worker can be made', async () => {
    const client = createCheckClient(() => {
      throw new Error('refused by policy');
    });
    const r = await client.check('责编 张三\n\n正文。', options);
    expect(r.where).toBe('main');
    expect(r.result.findings).toEqual(checkText('责编 张三\n\n正文。', options).findings);
  });

  it('falls back for what is in flight when the worker fails to load', async () => {
    const w = fakeWorker();
    const client = createCheckClient(() => w);
    const a = client.check('甲', options);
    w.onerror!(new Event('error'));
    expect((await a).where).toBe('main');
    expect(w.terminated).toBe(true);
    expect((await client.check('乙', options)).where).toBe('main');
  });
});

describe('check client: sent after the frame', () => {
  it('sends once when asked to, the newest text of the keys typed before it', async () => {
    const w = fakeWorker();
    let due: (() => void)[] = [];
    const client = createCheckClient(() => w, (send) => due.push(send));
    const a = client.check('甲', options);
    const b = client.check('乙', options);
    expect(w.sent).toEqual([]);
    expect(due.length).toBe(1);
    await expect(a).rejects.toThrow('superseded');
    due[0]();
    due = [];
    expect(w.sent.map((r) => r.text)).toEqual(['乙']);
    // Typed while the worker is busy: sent as soon as the reply comes.
    const c = client.check('丙', options);
    expect(due).toEqual([]);
    w.answer();
    expect((await b).where).toBe('worker');
    expect(w.sent.map((r) => r.text)).toEqual(['乙', '丙']);
    w.answer();
    expect((await c).where).toBe('worker');
  });
});

describe('check client: no worker, checked after the frame', () => {
  it('checks the newest text on this thread when asked to', async () => {
    let due: (() => void)[] = [];
    const client = createCheckClient(() => null, (send) => due.push(send));
    const a = client.check('甲', options);
    const b = client.check('责编 张三\n\n正文。', options);
    await expect(a).rejects.toThrow('superseded');
    expect(due.length).toBe(1);
    due[0]();
    due = [];
    const r = await b;
    expect(r.where).toBe('main');
    expect(r.result.findings).toEqual(checkText('责编 张三\n\n正文。', options).findings);
  });
});
