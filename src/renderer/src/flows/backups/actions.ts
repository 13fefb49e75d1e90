import { platform } from '../../state/session';

/** The desktop's automatic backups (see Platform.backups). */
export function automaticBackups() {
  return platform().backups;
}
