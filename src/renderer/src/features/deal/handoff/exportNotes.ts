import {
  handoffFileName,
  handoffMailto,
  renderHandoffHtml,
  renderHandoffMarkdown,
  type HandoffDoc,
} from '../../../../../shared/domains/handoff/notes';
import { platform } from '../../../state/session';

export type ExportKind = 'markdown' | 'html' | 'pdf' | 'copy' | 'email';

/** The handoff notes as they are right now (read fresh from the store). */
function loadDoc(dealId: string): Promise<HandoffDoc> {
  return platform().store.call('handoff.exportDoc', { dealId });
}

/** Copy text, falling back to a hidden text area where the Clipboard API is unavailable or denied. */
export async function copyText(text: string): Promise<void> {
  try {
    if (!navigator.clipboard) throw new Error('no clipboard API');
    await navigator.clipboard.writeText(text);
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (!ok) throw new Error('The notes could not be copied. Try "Export Markdown" instead.');
  }
}

/**
 * Export the handoff notes of a deal. Returns a short message for the rep, or null when
 * they cancelled the save dialog.
 */
export async function exportNotes(dealId: string, kind: ExportKind): Promise<string | null> {
  const doc = await loadDoc(dealId);
  const p = platform();
  switch (kind) {
    case 'markdown': {
      const name = handoffFileName(doc, 'md');
      const result = await p.saveFile({
        suggestedName: name,
        content: renderHandoffMarkdown(doc),
        mimeType: 'text/markdown;charset=utf-8',
        filters: [{ name: 'Markdown', extensions: ['md'] }],
      });
      return result.saved ? `Saved ${result.path ?? name}` : null;
    }
    case 'html': {
      const name = handoffFileName(doc, 'html');
      const result = await p.saveFile({
        suggestedName: name,
        content: renderHandoffHtml(doc),
        mimeType: 'text/html;charset=utf-8',
        filters: [{ name: 'Web page', extensions: ['html'] }],
      });
      return result.saved ? `Saved ${result.path ?? name}` : null;
    }
    case 'pdf': {
      const name = handoffFileName(doc, 'pdf');
      const result = await p.printToPdf({ html: renderHandoffHtml(doc), suggestedName: name });
      if (!result.saved) return null;
      return p.kind === 'browser'
        ? 'Choose "Save as PDF" in the print dialog.'
        : `Saved ${result.path ?? name}`;
    }
    case 'copy':
      await copyText(renderHandoffMarkdown(doc));
      return 'Copied the notes as Markdown.';
    case 'email':
      await p.openMailto(handoffMailto(doc));
      return 'Opened an e-mail draft to customer success.';
  }
}
