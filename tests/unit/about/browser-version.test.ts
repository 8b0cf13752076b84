// The browser edition's About dialog names the browser it runs in.
import { describe, expect, it } from 'vitest';
import { describeBrowser } from '../../../renderer/about/browser-version';

const chromeOnWindows = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36';

describe('describeBrowser', () => {
  it('prefers the named brand from userAgentData over Chromium and the made-up brand', () => {
    const brands = [
      { brand: 'Not_A Brand', version: '99' },
      { brand: 'Chromium', version: '142' },
      { brand: 'Google Chrome', version: '142' },
    ];
    expect(describeBrowser({ userAgent: chromeOnWindows, userAgentData: { brands } })).toBe('Google Chrome 142');
    expect(describeBrowser({ userAgent: chromeOnWindows, userAgentData: { brands: brands.slice(0, 2) } })).toBe('Chromium 142');
  });

  it('reads the user-agent string where there is no userAgentData', () => {
    expect(describeBrowser({ userAgent: 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0' })).toBe('Firefox 140.0');
    expect(describeBrowser({ userAgent: `${chromeOnWindows} Edg/142.0.3595.53` })).toBe('Microsoft Edge 142.0.3595.53');
    expect(describeBrowser({ userAgent: chromeOnWindows })).toBe('Chrome 142.0.0.0');
    expect(describeBrowser({ userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 15_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15' })).toBe('Safari 18.5');
    expect(describeBrowser({ userAgent: 'Leesbril/1.0' })).toBe('Leesbril/1.0');
    expect(describeBrowser({ userAgent: '' })).toBe('onbekende browser');
  });
});
