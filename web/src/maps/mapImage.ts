import { t } from '../i18n/intl';
/**
 * The downloaded picture of a map: the whole map (not the part on screen), with a title, the date and scope
 * underneath it, and the legend in a column beside it, so the image stands on its own in a report or a slide.
 */
export interface MapCaption {
  title: string;
  /** E.g. "Network map of Great Lakes · as of May 1, 2026 · 120 records, 340 links". */
  subtitle: string;
  legend: Array<{ color: string; label: string; line?: boolean }>;
  /** A line under the legend (what the size means). */
  note: string;
}

/** The drawing area for the map itself, in pixels: larger than most screens, so a big map stays legible. */
export const MAP_IMAGE_SIZE = { width: 2000, height: 1400 };
const HEADER = 120;
const LEGEND_WIDTH = 420;
const PAD = 32;
const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** Puts the map's own picture, the caption and the legend on one white canvas. */
export function composeMapImage(map: HTMLCanvasElement, caption: MapCaption): HTMLCanvasElement {
  const rowHeight = 34;
  const legendHeight = PAD + 40 + caption.legend.length * rowHeight + 80;
  const width = PAD + map.width + PAD + LEGEND_WIDTH + PAD;
  const height = HEADER + Math.max(map.height, legendHeight) + PAD;
  const out = document.createElement('canvas');
  out.width = width;
  out.height = height;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#0f172a';
  ctx.textBaseline = 'alphabetic';
  ctx.font = `600 44px ${FONT}`;
  ctx.fillText(caption.title, PAD, PAD + 44, width - 2 * PAD);
  ctx.fillStyle = '#475569';
  ctx.font = `26px ${FONT}`;
  ctx.fillText(caption.subtitle, PAD, PAD + 44 + 38, width - 2 * PAD);
  ctx.drawImage(map, PAD, HEADER);
  ctx.strokeStyle = '#e2e8f0';
  ctx.lineWidth = 2;
  ctx.strokeRect(PAD, HEADER, map.width, map.height);

  const x = PAD + map.width + PAD;
  let y = HEADER + 40;
  ctx.fillStyle = '#0f172a';
  ctx.font = `600 30px ${FONT}`;
  ctx.fillText('Legend', x, y);
  ctx.font = `24px ${FONT}`;
  for (const item of caption.legend) {
    y += rowHeight;
    ctx.fillStyle = item.color;
    if (item.line) ctx.fillRect(x, y - 12, 28, 6);
    else {
      ctx.beginPath();
      ctx.arc(x + 12, y - 9, 11, 0, 2 * Math.PI);
      ctx.fill();
    }
    ctx.fillStyle = '#0f172a';
    ctx.fillText(item.label, x + 40, y, LEGEND_WIDTH - 40);
  }
  ctx.fillStyle = '#475569';
  ctx.font = `20px ${FONT}`;
  ctx.fillText(caption.note, x, y + 48, LEGEND_WIDTH);
  return out;
}

/** Saves a canvas as a PNG file through the browser's download. */
export async function saveCanvas(canvas: HTMLCanvasElement, fileName: string): Promise<void> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error(t('networkmap.pictureFailed'));
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${fileName}.png`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
