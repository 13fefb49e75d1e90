import { Fragment } from 'react';
import { appShortcut } from './appSurfaces';

/** A command's first key as key caps in running text: <kbd>Ctrl</kbd>+<kbd>N</kbd>. */
export function KeyCaps({ command }: { command: string }) {
  return appShortcut(command, 'title')
    .split('+')
    .map((cap, i) => (
      <Fragment key={cap}>
        {i > 0 && '+'}
        <kbd>{cap}</kbd>
      </Fragment>
    ));
}
