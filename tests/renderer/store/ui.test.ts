import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TOAST_MS, uiStore } from '../../../renderer/src/store/ui';

describe('toasts', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    uiStore.setState({ toasts: [] });
  });
  afterEach(() => vi.useRealTimers());

  it('errors expire too, later than notes', () => {
    uiStore.getState().toast('error', '导出失败');
    uiStore.getState().toast('info', '已导出');
    vi.advanceTimersByTime(TOAST_MS.info);
    expect(uiStore.getState().toasts.map((t) => t.text)).toEqual(['导出失败']);
    vi.advanceTimersByTime(TOAST_MS.error - TOAST_MS.info);
    expect(uiStore.getState().toasts).toEqual([]);
  });

  it('the same message again is shown once', () => {
    uiStore.getState().toast('error', '请先填写审阅人姓名');
    uiStore.getState().toast('error', '请先填写审阅人姓名');
    expect(uiStore.getState().toasts).toHaveLength(1);
  });

  it('a toast about a topic is withdrawn when it stops being true', () => {
    uiStore.getState().toast('error', '请先填写审阅人姓名', 'reviewer');
    uiStore.getState().toast('error', '别的错误');
    uiStore.getState().dismissTopic('reviewer');
    expect(uiStore.getState().toasts.map((t) => t.text)).toEqual(['别的错误']);
  });
});
