import { useNavigation } from '../../state/navigation';
import type { ImportWizardState } from './useImportWizard';

export function DoneStep({ wizard, onClose }: { wizard: ImportWizardState; onClose(): void }) {
  const result = wizard.plan.result!;
  const go = useNavigation((s) => s.go);
  const choosePipeline = useNavigation((s) => s.choosePipeline);
  return (
    <section aria-labelledby="import-done-heading">
      <h3 id="import-done-heading" tabIndex={-1}>
        Import complete
      </h3>
      <p role="status">
        Added {result.added.toLocaleString()}, updated {result.updated.toLocaleString()}, skipped{' '}
        {result.skipped.toLocaleString()}.
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
        <button
          type="button"
          className="primary"
          data-autofocus
          onClick={() => {
            choosePipeline(result.pipelineId);
            go('board');
            onClose();
          }}
        >
          View on board
        </button>
      </div>
    </section>
  );
}
