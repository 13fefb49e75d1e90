import { useState } from 'react';
import { TemplateDialog, type TemplateContext } from './TemplateDialog';
import './templates.css';

/** Beside "Log an activity": write an e-mail or run a call from one of the rep's templates. */
export function TemplateButton({ data }: { data: TemplateContext }) {
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
