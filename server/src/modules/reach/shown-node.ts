import { inRegion, type Viewer } from '../../common/viewer.js';
import { t } from '../../i18n/i18n.js';
import { requestLocale } from '../../i18n/request-locale.js';
import type { ReachNode } from './reach.model.js';

/** How a record outside the viewer's regions is named: its region only, never its name. */
export function hiddenName(kind: 'person' | 'organization', regionName: string | null): string {
  const locale = requestLocale();
  const where = regionName ?? t(locale, 'reach.anotherRegion');
  return t(locale, kind === 'person' ? 'reach.someoneIn' : 'reach.organizationIn', { where });
}

/** A record as paths, power maps and steps-away lists show it: outside the viewer's regions, no id and no name. */
export function shownNode(viewer: Viewer, regionNames: ReadonlyMap<string, string>, r: { id: string; kind: 'person' | 'organization'; name: string; region: string }): ReachNode {
  const regionName = regionNames.get(r.region) ?? null;
  const kind = r.kind === 'person' ? 'PERSON' : 'ORGANIZATION';
  if (inRegion(viewer, r.region)) return { id: r.id, kind, name: r.name, regionName, hidden: false };
  return { id: null, kind, name: hiddenName(r.kind, regionName), regionName, hidden: true };
}
