// A native modal <dialog>: the browser gives it role="dialog", a focus trap, an inert
// page behind, and Escape (as a "cancel" event, which we turn into onClose so React's
// state stays the one source of truth for whether it is open).
import { type ReactNode, useEffect, useRef } from "react";

export interface ModalDialogProps {
  label: string;
  className?: string;
  onClose: () => void;
  children: ReactNode;
}

export function ModalDialog({ label, className, onClose, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-label={label}
      className={`export-modal ${className ?? ""}`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      {children}
    </dialog>
  );
}
