import type { PowerMap, PowerMapRecord } from './queries';
import { t } from '../i18n/intl';

/** Columns left to right: against us to with us. Rows top to bottom: most influence to least. */
export const STANCES = [-2, -1, 0, 1, 2] as const;
export const INFLUENCES = [5, 4, 3, 2, 1] as const;
export const HIGH_INFLUENCE = 3;

export const STANCE_WORDS: Record<number, string> = {
  get [-2]() {
    return t('powermap.againstUs');
  },
  get [-1]() {
    return t('powermap.leansAgainst');
  },
  get 0() {
    return t('powermap.undecided');
  },
  get 1() {
    return t('powermap.leansWithUs');
  },
  get 2() {
    return t('powermap.withUs');
  },
};

/** The quadrant of the power-mapping grid a record falls in, in words. */
export function quadrantOf(r: Pick<PowerMapRecord, 'stance' | 'influence'>): string {
  const side = r.stance > 0 ? t('powermap.withUs') : r.stance < 0 ? t('powermap.againstUs') : t('powermap.undecided');
  return t('powermap.quadrant', { side, influence: r.influence >= HIGH_INFLUENCE ? 'high' : 'low' });
}

export function recordsAt(map: PowerMap, stance: number, influence: number): PowerMapRecord[] {
  return map.records.filter((r) => r.stance === stance && r.influence === influence);
}

const xml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export const IMAGE = { width: 1200, height: 900 };

/**
 * The grid as a standalone SVG (the PNG is drawn from it): quadrants shaded, the target in the middle, each
 * record's name in its cell. Hidden records carry only "Someone in <region>", as on the page.
 */
export function powerMapSvg(map: PowerMap): string {
  const { width, height } = IMAGE;
  const left = 90;
  const top = 110;
  const cellW = (width - left - 30) / STANCES.length;
  const cellH = (height - top - 70) / INFLUENCES.length;
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="Helvetica, Arial, sans-serif">`);
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${left}" y="40" font-size="26" font-weight="bold" fill="#1a1a1a">${xml(t('powermap.powerMap', { name: map.campaign.name }))}</text>`);
  out.push(`<text x="${left}" y="72" font-size="18" fill="#333333">${xml(map.target ? t('powermap.imageTarget', { name: map.target.name }) : t('powermap.imageNoTargetYet'))}</text>`);
  INFLUENCES.forEach((inf, row) => {
    STANCES.forEach((st, col) => {
      const x = left + col * cellW;
      const y = top + row * cellH;
      const fill = st > 0 ? (inf >= HIGH_INFLUENCE ? '#d7f0dd' : '#eef8f0') : st < 0 ? (inf >= HIGH_INFLUENCE ? '#f8dcdc' : '#fbefef') : '#f1f1f1';
      out.push(`<rect x="${x}" y="${y}" width="${cellW}" height="${cellH}" fill="${fill}" stroke="#9a9a9a"/>`);
      const names = recordsAt(map, st, inf).map((r) => clip(r.record.name, 24));
      const lines = names.length > 5 ? [...names.slice(0, 4), t('powermap.andMore', { count: names.length - 4 })] : names;
      lines.forEach((n, i) => out.push(`<text x="${x + 8}" y="${y + 22 + i * 19}" font-size="15" fill="#111111">${xml(n)}</text>`));
    });
    out.push(`<text x="${left - 14}" y="${top + row * cellH + cellH / 2 + 6}" font-size="16" text-anchor="end" fill="#333333">${inf}</text>`);
  });
  STANCES.forEach((st, col) => {
    out.push(`<text x="${left + col * cellW + cellW / 2}" y="${top + INFLUENCES.length * cellH + 26}" font-size="16" text-anchor="middle" fill="#333333">${xml(STANCE_WORDS[st])}</text>`);
  });
  out.push(`<text x="30" y="${top + (INFLUENCES.length * cellH) / 2}" font-size="16" fill="#333333" transform="rotate(-90 30 ${top + (INFLUENCES.length * cellH) / 2})" text-anchor="middle">${xml(t('powermap.influenceOverTheTarget'))}</text>`);
  out.push(`<text x="${left + (STANCES.length * cellW) / 2}" y="${height - 14}" font-size="13" text-anchor="middle" fill="#555555">${xml(t('powermap.imageLegend'))}</text>`);
  out.push('</svg>');
  return out.join('');
}

/** Draws the SVG on a canvas and encodes it as PNG. */
export async function svgToPng(svg: string): Promise<Blob> {
  const image = new Image();
  const loaded = new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error(t('powermap.imageNotDrawn')));
  });
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await loaded;
  const canvas = document.createElement('canvas');
  canvas.width = IMAGE.width;
  canvas.height = IMAGE.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(t('powermap.browserCannotDraw'));
  ctx.drawImage(image, 0, 0);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error(t('powermap.thePngCouldNotBe')))), 'image/png'));
}
