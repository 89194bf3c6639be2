import { CITY_SYLLABLES, DISTRICT_SUFFIXES, PARK_KINDS } from './vocabulary';
import type { Prng } from './prng';

export interface GeneratedRegion {
  id: string;
  name: string;
  level: 'province' | 'city' | 'district' | 'park';
  parentId?: string;
  lat: number;
  lng: number;
}

/**
 * A fictional province (楚南省) with cities, districts and parks: about 300 regions for the
 * default scale. Coordinates are jittered around each parent so distances mean something.
 */
export function generateRegions(
  prng: Prng,
  cities = 14,
  districtsPerCity = 6,
  parksPerDistrict = 2.5,
): GeneratedRegion[] {
  const regions: GeneratedRegion[] = [{ id: 'gen-province', name: '楚南省', level: 'province', lat: 30.5, lng: 113.5 }];
  const usedNames = new Set<string>();
  const placeName = (length: number) => {
    for (;;) {
      const name = Array.from({ length }, () => prng.pick(CITY_SYLLABLES)).join('');
      if (!usedNames.has(name)) {
        usedNames.add(name);
        return name;
      }
    }
  };
  for (let c = 0; c < cities; c++) {
    const city: GeneratedRegion = {
      id: `gen-city-${c}`,
      name: `${placeName(2)}市`,
      level: 'city',
      parentId: 'gen-province',
      lat: 30.5 + (prng.next() - 0.5) * 4,
      lng: 113.5 + (prng.next() - 0.5) * 6,
    };
    regions.push(city);
    for (let d = 0; d < districtsPerCity; d++) {
      const district: GeneratedRegion = {
        id: `gen-district-${c}-${d}`,
        name: `${placeName(2)}${prng.pick(DISTRICT_SUFFIXES)}`,
        level: 'district',
        parentId: city.id,
        lat: city.lat + (prng.next() - 0.5) * 0.6,
        lng: city.lng + (prng.next() - 0.5) * 0.6,
      };
      regions.push(district);
      const parks = Math.floor(parksPerDistrict) + (prng.chance(parksPerDistrict % 1) ? 1 : 0);
      for (let p = 0; p < parks; p++) {
        regions.push({
          id: `gen-park-${c}-${d}-${p}`,
          name: `${district.name.slice(0, 2)}${prng.pick(PARK_KINDS)}${p > 0 ? `${p + 1}区` : ''}`,
          level: 'park',
          parentId: district.id,
          lat: district.lat + (prng.next() - 0.5) * 0.1,
          lng: district.lng + (prng.next() - 0.5) * 0.1,
        });
      }
    }
  }
  return regions;
}
