import { badInput } from '../../common/app-error.js';
import type { ZipDirectory } from '../geo/zip-directory.js';
import type { ListFilterBase } from './lists.model.js';

/**
 * The zips a list's distance condition covers (none when it has none), for people and organizations alike;
 * refuses, naming the field, a zip without a distance (or the other way round) and a zip nobody knows.
 */
export function zipsNear(directory: ZipDirectory, f: ListFilterBase): string[] {
  if ((f.nearZip == null) !== (f.withinMiles == null)) {
    throw badInput(f.nearZip == null ? 'nearZip' : 'withinMiles', 'To filter by distance, give both a zip code and a distance in miles.');
  }
  if (f.nearZip == null) return [];
  if (!directory.lookup(f.nearZip)) throw badInput('nearZip', `Zip code ${f.nearZip} is not a US zip code we know; try a nearby one.`);
  return directory.within(f.nearZip, f.withinMiles ?? 0).map((z) => z.zip);
}
