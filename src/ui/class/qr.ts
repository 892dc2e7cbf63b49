/** The join link as a QR code: an inline SVG (no image request, nothing fetched), from qrcode-generator. */
import qrcode from 'qrcode-generator';

export function qrSvg(text: string, label: string): HTMLElement {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const holder = document.createElement('div');
  holder.className = 'class-qr';
  // The library writes the SVG markup from the link alone (no user HTML goes in).
  holder.innerHTML = qr.createSvgTag({ cellSize: 6, margin: 2, scalable: true });
  const svg = holder.querySelector('svg');
  svg?.setAttribute('role', 'img');
  svg?.setAttribute('aria-label', label);
  return holder;
}
