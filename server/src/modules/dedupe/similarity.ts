/** Name comparison for duplicate detection: accents, case, punctuation and word order do not matter. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9\s]/g, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .sort()
    .join(' ');
}

/** Organization names without the words that vary between spellings of the same group. */
export function normalizeOrganizationName(name: string): string {
  const drop = new Set(['the', 'inc', 'llc', 'of', 'and', 'for', 'a', 'org', 'organization', 'co']);
  return normalizeName(name.replace(/&/g, ' and ')).split(' ').filter((w) => !drop.has(w)).join(' ');
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** Two normalized names are "similar": equal, or a small typo apart (1 edit for short names, 2 for longer). */
export function similarNames(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const allowed = Math.min(a.length, b.length) >= 10 ? 2 : 1;
  return editDistance(a, b, allowed) <= allowed;
}

export const phoneKey = (phone: string) => phone.replace(/\D/g, '').slice(-10);
export const zip5 = (zip: string | null | undefined) => (zip ?? '').slice(0, 5);
export const websiteHost = (url: string | null | undefined) => {
  if (!url) return '';
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return '';
  }
};
