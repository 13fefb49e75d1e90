import { describe, expect, it, vi } from 'vitest';
import {
  isVettedExternalUrl,
  isVettedMailto,
  openVettedExternal,
  openVettedMailto,
} from '../../../src/main/externalLinks';

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

  it.each(['mailto:a@b.example?subject=Hi%20there&body=%0D%0A', 'mailto:?subject=x', 'MAILTO:a@b.example'])(
    'opens the e-mail draft %s',
    async (url) => {
      const open = vi.fn(async (_url: string) => undefined);
      expect(isVettedMailto(url)).toBe(true);
      await openVettedMailto(url, open);
      expect(open).toHaveBeenCalledWith(url);
    },
  );

  it.each([
    'https://example.com/',
    'javascript:alert(1)',
    'file:///etc/passwd',
    ' mailto:a@b.example',
    'mailto:a@b.example?subject=two words',
    'mailto:a@b.example?subject=x\r\nBcc: evil@x.example',
    'mailto:a@b.example?subject=nul\u0000',
    `mailto:a@b.example?body=${'a'.repeat(9000)}`,
  ])('refuses to open %j as an e-mail draft', async (url) => {
    const open = vi.fn(async (_url: string) => undefined);
    expect(isVettedMailto(url)).toBe(false);
    await expect(openVettedMailto(url, open)).rejects.toThrow(/mailto:/);
    expect(open).not.toHaveBeenCalled();
  });
});
