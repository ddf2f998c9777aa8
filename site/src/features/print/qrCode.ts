import QRCode from 'qrcode';

/**
 * The QR code of printed sheets and referral slips, one module for both: the build draws a sheet's, and the counter
 * page draws a slip's in the browser (the library has a browser build, loaded only when a slip lists a service).
 */

/**
 * The QR code as SVG markup, black modules on white with the standard four-module quiet zone (phone cameras need
 * it to find the code on a busy wall). Medium error correction survives a crease or a smudge and keeps the code
 * small enough to scan at 3 cm.
 */
export async function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
}
