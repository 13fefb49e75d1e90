import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import type {
  PrintToPdfRequest,
  SaveFileRequest,
  SaveFilesRequest,
  SaveResult,
} from '../shared/bridge/contract';
import { sanitizeFileName, withExtension } from './fileName';

export interface FileExportDeps {
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  showOpenDialog(options: OpenDialogOptions): Promise<{ canceled: boolean; filePaths: string[] }>;
  /** Make a folder (and its parents); an existing one is fine. */
  makeDir(dir: string): Promise<void>;
  writeFileAtomic(target: string, data: string | Uint8Array): Promise<void>;
  renderPdf(html: string): Promise<Uint8Array>;
  /** The folder the dialog opens in (e.g. the user's Documents). */
  defaultDir(): string;
  joinPath(dir: string, name: string): string;
}

export interface FileExport {
  saveFile(request: SaveFileRequest): Promise<SaveResult>;
  saveFiles(request: SaveFilesRequest): Promise<SaveResult>;
  printToPdf(request: PrintToPdfRequest): Promise<SaveResult>;
}

/** Save dialog + atomic write, and HTML → PDF → save dialog → atomic write. */
export function createFileExport(deps: FileExportDeps): FileExport {
  async function askAndWrite(
    name: string,
    filters: SaveDialogOptions['filters'],
    data: string | Uint8Array,
  ): Promise<SaveResult> {
    const result = await deps.showSaveDialog({
      title: 'Save',
      defaultPath: deps.joinPath(deps.defaultDir(), name),
      filters,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
    if (result.canceled || !result.filePath) return { saved: false };
    await deps.writeFileAtomic(result.filePath, data);
    return { saved: true, path: result.filePath };
  }

  return {
    saveFile(request) {
      const first = request.filters[0]?.extensions[0];
      const safe = sanitizeFileName(request.suggestedName);
      const name = first && first !== '*' ? withExtension(safe, first) : safe;
      return askAndWrite(name, request.filters, request.content);
    },
    async saveFiles({ folderName, files }) {
      const chosen = await deps.showOpenDialog({
        title: 'Choose where to save the export',
        buttonLabel: 'Save here',
        defaultPath: deps.defaultDir(),
        properties: ['openDirectory', 'createDirectory'],
      });
      const parent = chosen.filePaths[0];
      if (chosen.canceled || !parent) return { saved: false };
      const dir = deps.joinPath(parent, sanitizeFileName(folderName, 'export'));
      await deps.makeDir(dir);
      for (const file of files)
        await deps.writeFileAtomic(deps.joinPath(dir, sanitizeFileName(file.name)), file.content);
      return { saved: true, path: dir };
    },
    async printToPdf(request) {
      const pdf = await deps.renderPdf(request.html);
      const name = withExtension(sanitizeFileName(request.suggestedName, 'handoff'), 'pdf');
      return askAndWrite(name, [{ name: 'PDF document', extensions: ['pdf'] }], pdf);
    },
  };
}
