import { useState } from 'react';
import type { WorkspaceData } from '../workspaceData';
import { TemplateDialog } from './TemplateDialog';

/** Beside "Log an activity": write an e-mail or run a call from one of the rep's templates. */
export function TemplateButton({ data }: { data: WorkspaceData }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="ws-section template-entry">
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        E-mail or call from a template…
      </button>
      {open && <TemplateDialog data={data} onClose={() => setOpen(false)} />}
    </div>
  );
}
