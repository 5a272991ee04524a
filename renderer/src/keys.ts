// Keyboard-first review (issue 3): which key does what, in one place.
// Kept free of React and the stores so it is unit-tested on its own.
import type { Command } from './controller';

/** Fields where letters, Enter and Delete belong to the user's typing. */
function isTyping(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT';
}

/** Map a key press to a command (keyboard-first review, issue 3). */
export function commandForKey(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey' | 'target'>): Command | null {
  const mod = e.ctrlKey || e.metaKey;
  const key = e.key;
  if (key === 'F8') return e.shiftKey ? 'previous-finding' : 'next-finding';
  if (mod && !e.altKey) {
    const k = key.toLowerCase();
    if (k === 'z') return e.shiftKey ? 'redo' : 'undo';
    if (k === 'y') return 'redo';
    if (key === 'Enter' && e.shiftKey) return 'apply-safe-fixes';
    if (k === 'o') return e.shiftKey ? 'open-folder' : 'open-files';
    return null;
  }
  // Esc leaves the editor (Ctrl+E is the desktop menu's export).
  if (key === 'Escape' && isEditor(e.target)) return 'review-mode';
  if (e.altKey || isTyping(e.target)) return null;
  if (key === 'e' || key === 'E') return 'edit-mode';
  // Buttons keep Enter for themselves.
  if (key === 'Enter' && isButton(e.target)) return null;
  if (key === 'Enter' || key === 'a' || key === 'A') return 'accept';
  if (key === 'Delete' || key === 'r' || key === 'R') return 'reject';
  if (key === 'u' || key === 'U') return 'undecide';
  if (key === 'j') return 'next-finding';
  if (key === 'k') return 'previous-finding';
  return null;
}

const isEditor = (t: EventTarget | null) =>
  typeof HTMLTextAreaElement !== 'undefined' && t instanceof HTMLTextAreaElement && t.dataset.testid === 'editor-input';
const isButton = (t: EventTarget | null) => typeof HTMLButtonElement !== 'undefined' && t instanceof HTMLButtonElement;
