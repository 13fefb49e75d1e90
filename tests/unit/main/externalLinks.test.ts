import { describe, expect, it, vi } from 'vitest';
import { isVettedExternalUrl, openVettedExternal } from '../../../src/main/externalLinks';

describe('external links', () => {
  it.each([
    'https://example.com/',
    'https://crm.example.com/deals?id=1#x',
    'mailto:buyer@example.com?subject=Hello',
  ])('allows %s', (url) => {
    expect(isVettedExternalUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'file:///etc/passwd',
    'http://example.com/',
    'app://fieldline/index.html',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'smb://server/share',
    'https://user:pass@example.com/',
    'mailto:',
    '',
    'not a url',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('refuses %s', (url) => {
    expect(isVettedExternalUrl(url)).toBe(false);
  });

  it('opens vetted links through the OS and refuses the rest without opening anything', async () => {
    const open = vi.fn(async (_url: string) => undefined);
    await openVettedExternal('https://example.com/a b', open);
    expect(open).toHaveBeenCalledWith('https://example.com/a%20b');
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'http://example.com/']) {
      await expect(openVettedExternal(url, open)).rejects.toThrow(/https: and mailto:/);
    }
    expect(open).toHaveBeenCalledTimes(1);
  });
});
