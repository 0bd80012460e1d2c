import { useId, useState, type ReactNode } from 'react';
import { t } from '../i18n/intl';

/**
 * A destructive action that asks first, inline: the question names what will be removed, and the confirming
 * button repeats it. Escape or "Cancel" backs out.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  busy,
  className = 'button-danger',
}: {
  label: string;
  question: ReactNode;
  confirmLabel: string;
  onConfirm: () => void | Promise<void>;
  busy?: boolean;
  className?: string;
}) {
  const [asking, setAsking] = useState(false);
  const id = useId();
  if (!asking) {
    return (
      <button type="button" className={className} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <div
      className="confirm"
      role="alertdialog"
      aria-labelledby={`${id}-q`}
      onKeyDown={(e) => e.key === 'Escape' && setAsking(false)}
    >
      <p id={`${id}-q`}>{question}</p>
      <div className="actions">
        <button type="button" className="button-danger" disabled={busy} onClick={() => void onConfirm()}>
          {busy ? t('components.working') : confirmLabel}
        </button>
        <button type="button" className="button-secondary" autoFocus onClick={() => setAsking(false)}>
          {t('admin.cancel')}
        </button>
      </div>
    </div>
  );
}
