import { showToast } from '../ui/toast';

/**
 * The desktop app reloads a window whose renderer crashed with `?recovered=1`: say so once,
 * briefly, and drop the marker so a later reload does not repeat it.
 */
export function showRecoveredNotice(
  location: Pick<Location, 'href'>,
  history: Pick<History, 'replaceState'>,
): boolean {
  const url = new URL(location.href);
  if (url.searchParams.get('recovered') !== '1') return false;
  url.searchParams.delete('recovered');
  history.replaceState(null, '', url.pathname + url.search + url.hash);
  showToast({
    title: 'Fieldline reloaded this window',
    body: 'It stopped working and was reloaded. Your data is safe.',
    dealId: null,
  });
  return true;
}
