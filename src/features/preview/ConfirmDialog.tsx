import { useEffect, useId, useRef, type RefObject } from 'react';
import { SECONDARY_BUTTON } from './ui';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Where focus goes after "confirm", when the button that asked is gone or disabled by then. */
  focusAfterConfirm?: RefObject<HTMLElement | null>;
}

/**
 * A question that must be answered before something is lost. The native modal <dialog> keeps focus
 * inside and closes on Escape. "Cancel" has the focus first, so a hurried Enter loses nothing, and
 * focus goes back to the button that asked when the dialog closes.
 */
export function ConfirmDialog({ open, title, body, confirmLabel, cancelLabel, onConfirm, onCancel, focusAfterConfirm }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const confirmed = useRef(false);
  const id = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element || !open) return;
    const opener = document.activeElement;
    const afterConfirm = focusAfterConfirm?.current;
    confirmed.current = false;
    element.showModal();
    // React's autoFocus runs at mount, while the dialog is still closed; showModal alone would focus the first button.
    cancel.current?.focus();
    return () => {
      element.close();
      const target = confirmed.current && afterConfirm ? afterConfirm : opener;
      if (target instanceof HTMLElement && target.isConnected) target.focus();
    };
  }, [open, focusAfterConfirm]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-rule bg-paper p-6 text-ink shadow-xl backdrop:bg-ink/50"
    >
      <h2 id={`${id}-title`} className="font-heading text-card-title font-bold">
        {title}
      </h2>
      <p id={`${id}-body`} className="mt-3 text-body text-muted">
        {body}
      </p>
      <div className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          className="button-primary bg-accent"
          onClick={() => {
            confirmed.current = true;
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button ref={cancel} type="button" className={SECONDARY_BUTTON} onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </dialog>
  );
}
