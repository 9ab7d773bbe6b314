// qrcode's browser build (what Vite bundles for the faces through the package's "browser" field);
// @types/qrcode describes only the package root. Used by qr-svg.test.ts to prove the SVG path
// needs no Node API.
declare module 'qrcode/lib/browser.js' {
  export function toString(
    text: string,
    options: { type: 'svg'; errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H'; margin?: number },
  ): Promise<string>;
}
