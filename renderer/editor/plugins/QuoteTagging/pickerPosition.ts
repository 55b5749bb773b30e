// Where the source picker opens: under the selected words, always on screen.

export interface PickerPosition {
  top: number;
  left: number;
}

interface Box {
  top: number;
  bottom: number;
  left: number;
  width: number;
  height: number;
}

/** Under the words' box, clamped to the window; words out of sight get it near the top. */
export function pickerPosition(
  rect: Box | null,
  viewport: { width: number; height: number },
): PickerPosition {
  const clamp = (n: number, max: number) => Math.max(8, Math.min(n, max));
  // Words scrolled out of sight (selected with the keyboard, say): the picker stays on screen.
  if (!rect || rect.bottom < 0 || rect.top > viewport.height || (rect.width === 0 && rect.height === 0))
    return { top: 120, left: clamp(viewport.width / 2 - 160, viewport.width - 340) };
  return {
    top: clamp(rect.bottom + 6, viewport.height - 320),
    left: clamp(rect.left, viewport.width - 340),
  };
}

/** The position for the window's current selection. */
export function selectionPickerPosition(): PickerPosition {
  const selection = window.getSelection();
  const rect = selection?.rangeCount ? selection.getRangeAt(0).getBoundingClientRect() : null;
  return pickerPosition(rect, { width: window.innerWidth, height: window.innerHeight });
}
