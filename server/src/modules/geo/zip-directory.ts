import { Injectable } from '@nestjs/common';
import zipcodes, { type ZipCode } from 'zipcodes';

export interface ZipPlace {
  zip: string;
  latitude: number;
  longitude: number;
  city: string;
  state: string;
}

const EARTH_MILES = 3958.8;
const rad = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance in miles. */
export function miles(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * US zip codes and their centers, offline, from the `zipcodes` package (US Census ZCTA-based data shipped
 * inside the package: nothing is fetched at run time). Zip+4 codes use their first five digits.
 */
@Injectable()
export class ZipDirectory {
  lookup(zip: string | null | undefined): ZipPlace | null {
    if (!zip) return null;
    const five = zip.trim().slice(0, 5);
    if (!/^\d{5}$/.test(five)) return null;
    const z = zipcodes.lookup(five);
    if (!z || z.country !== 'US') return null;
    return { zip: z.zip, latitude: z.latitude, longitude: z.longitude, city: z.city, state: z.state };
  }

  /** Zip codes whose centers lie within `radius` miles of the center of `zip`, nearest first, with their distances. */
  within(zip: string, radius: number): Array<{ zip: string; miles: number }> {
    const center = this.lookup(zip);
    if (!center) return [];
    const found = zipcodes.radius(center.zip, radius, true) as ZipCode[];
    return found
      .filter((z) => z.country === 'US')
      .map((z) => ({ zip: z.zip, miles: miles(center, z) }))
      .filter((z) => z.miles <= radius)
      .sort((a, b) => a.miles - b.miles);
  }
}
