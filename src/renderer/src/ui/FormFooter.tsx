interface Props {
  /** Shown as an alert above the buttons when the last submit failed. */
  error: string | null;
  /** The alert's id, for the field it is about to point at (useFieldError). */
  errorId?: string;
  saving: boolean;
  onCancel(): void;
  submitLabel: string;
  savingLabel?: string;
  /** Extra reason to keep submit disabled (e.g. a required field is empty). */
  disabled?: boolean;
}

/** The end of every form dialog: the error, then Cancel and the submit button. */
export function FormFooter({
  error,
  errorId,
  saving,
  onCancel,
  submitLabel,
  savingLabel = 'Saving…',
  disabled = false,
}: Props) {
  return (
    <>
      {error && (
        <p role="alert" className="error" id={errorId}>
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={saving || disabled}>
          {saving ? savingLabel : submitLabel}
        </button>
      </div>
    </>
  );
}
