import { CITY_ABBREVIATIONS, CITY_PROVINCE, LOCAL_PLACES, PROVINCE_ABBREVIATIONS } from './place-names';

/** A place a name is registered in: the province always when known, the city when the place is one. */
export interface Place {
  name: string;
  province: string;
  city?: string;
}

const MUNICIPALITIES = new Set(['北京', '天津', '上海', '重庆']);

const PLACES = new Map<string, Place>();
for (const province of Object.keys(PROVINCE_ABBREVIATIONS)) {
  PLACES.set(province, { name: province, province, ...(MUNICIPALITIES.has(province) ? { city: province } : {}) });
}
for (const [city, province] of Object.entries(CITY_PROVINCE)) {
  // 吉林 is a province and a city: a company name's 吉林 is the province's, as people read it
  if (!PLACES.has(city)) PLACES.set(city, { name: city, province, city });
}
for (const [place, province] of Object.entries(LOCAL_PLACES)) PLACES.set(place, { name: place, province });

const ABBREVIATIONS = new Map<string, string[]>();
for (const [place, letters] of [...Object.entries(PROVINCE_ABBREVIATIONS), ...Object.entries(CITY_ABBREVIATIONS)]) {
  for (const letter of letters) ABBREVIATIONS.set(letter, [...(ABBREVIATIONS.get(letter) ?? []), place]);
}

/** The administrative unit words that may follow a place name (江苏省, 镇江市, 宁夏回族自治区). */
const UNIT = /^(省|市|区|县|州|自治区|壮族自治区|回族自治区|维吾尔自治区)/u;

export function isPlaceName(text: string): boolean {
  return PLACES.has(text);
}

export function placeNamed(text: string): Place | undefined {
  return PLACES.get(text);
}

/** The places a one-character abbreviation stands for: 粤 → [广东], 深 → [深圳]. */
export function placesAbbreviatedBy(letter: string): readonly string[] {
  return ABBREVIATIONS.get(letter) ?? [];
}

/**
 * The place name starting at `from`, longest first, with its unit word if one follows:
 * placeAt('江苏省镇江船厂', 0) → { place: 江苏, length: 3 }.
 */
export function placeAt(text: string, from: number): { place: Place; length: number } | undefined {
  for (let length = 4; length >= 2; length--) {
    const place = PLACES.get(text.slice(from, from + length));
    if (!place) continue;
    const unit = UNIT.exec(text.slice(from + length));
    return { place, length: length + (unit ? (unit[0] as string).length : 0) };
  }
  return undefined;
}
