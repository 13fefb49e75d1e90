import { useEffect, useRef } from 'react';
import type { Pipeline } from '../../../../shared/model';
import { Modal } from '../../ui/Modal';
import { useLiveQuery } from '../../state/liveQuery';
import { useNavigation } from '../../state/navigation';
import { DoneStep } from './DoneStep';
import { FileStep } from './FileStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { ReviewStep } from './ReviewStep';
import type { WizardStep } from './importPlan.state';
import { useImportWizard, type ImportWizardState } from './useImportWizard';

const STEPS: { id: WizardStep; label: string }[] = [
  { id: 'file', label: 'Choose a file' },
  { id: 'preview', label: 'Preview' },
  { id: 'mapping', label: 'Match columns' },
  { id: 'review', label: 'Review' },
  { id: 'done', label: 'Import' },
];

function ProgressLine({ wizard }: { wizard: ImportWizardState }) {
  const p = wizard.progress;
  if (!p) return null;
  const known = p.total !== undefined && p.done !== undefined;
  return (
    <div className="import-progress" role="status">
      <label>
        {p.label}
        {known && ` ${p.done!.toLocaleString()} of ${p.total!.toLocaleString()}`}
        <progress max={known ? p.total : undefined} value={known ? p.done : undefined} />
      </label>
    </div>
  );
}

function Body({ wizard, onClose }: { wizard: ImportWizardState; onClose(): void }) {
  switch (wizard.plan.step) {
    case 'file':
      return <FileStep wizard={wizard} onCancel={onClose} />;
    case 'preview':
      return <PreviewStep wizard={wizard} />;
    case 'mapping':
      return <MappingStep wizard={wizard} />;
    case 'review':
      return <ReviewStep wizard={wizard} />;
    case 'done':
      return <DoneStep wizard={wizard} onClose={onClose} />;
  }
}

/** Import leads from a CSV file: preview, match columns, review, import. */
export function ImportWizard({ onClose }: { onClose(): void }) {
  const pipelines = useLiveQuery('pipelines.list', {});
  const current = useNavigation((s) => s.pipelineId);
  if (!pipelines.data) {
    return (
      <Modal title="Import leads from CSV" onClose={onClose} className="import-dialog">
        <p aria-busy="true">Loading your pipelines…</p>
      </Modal>
    );
  }
  return <LoadedWizard pipelines={pipelines.data} current={current} onClose={onClose} />;
}

function LoadedWizard({
  pipelines,
  current,
  onClose,
}: {
  pipelines: Pipeline[];
  current: string | null;
  onClose(): void;
}) {
  const wizard = useImportWizard(pipelines, current);
  const index = STEPS.findIndex((s) => s.id === wizard.plan.step);
  const body = useRef<HTMLDivElement>(null);
  const first = useRef(true);
  useEffect(() => {
    // Each new step announces itself: focus moves to its heading (not on the first step).
    if (first.current) {
      first.current = false;
      return;
    }
    body.current?.querySelector<HTMLElement>('h3')?.focus();
  }, [wizard.plan.step]);
  return (
    <Modal title="Import leads from CSV" onClose={onClose} className="import-dialog">
      <ol className="import-steps" aria-label="Import steps">
        {STEPS.map((s, i) => (
          <li
            key={s.id}
            aria-current={i === index ? 'step' : undefined}
            className={i < index ? 'done' : undefined}
          >
            {s.label}
          </li>
        ))}
      </ol>
      <ProgressLine wizard={wizard} />
      {wizard.error && (
        <p className="error" role="alert">
          {wizard.error}
        </p>
      )}
      <div ref={body} className="import-body">
        <Body wizard={wizard} onClose={onClose} />
      </div>
    </Modal>
  );
}
