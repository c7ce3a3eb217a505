import { REFORM_2025 } from '../../restore/place-names.js';
import type { HeaderContext, HeaderFields } from './fields.js';

// A commune-level unit word and the capitalised words after it ('phường Vĩnh Phú'), in a name-cased body.
const UNIT_NAME = /(?<!\p{L})(xã|phường|đặc khu) ((?:\p{Lu}\p{Ll}*)(?: \p{Lu}\p{Ll}*){0,3})/gu;

/**
 * A document dated after the 07/2025 reform is issued by, and at, the communes and wards of the reform's
 * list. One its header bodies name that the list lacks at that level, where one unit of the list has its
 * letters, is that unit: OCR lost the marks and the restorer guessed them from text of other places
 * ('PHƯỜNG VINH PHÚ' read Vĩnh Phú, a ward of Bình Dương before the reform, is Nghệ An's Vinh Phú). The
 * place named for it is spelled so too. Returns the names respelled.
 */
export function reformSpelling(f: HeaderFields, ctx: HeaderContext): Map<string, string> {
  const renamed = new Map<string, string>();
  const { places } = ctx;
  if (!places || !f.date || f.date.value < REFORM_2025) return renamed;
  for (const b of [f.issuer, f.issuerParent]) {
    if (!b) continue;
    b.value = b.value.replace(UNIT_NAME, (all, level: string, run: string) => {
      const words = run.split(' ');
      // (The longest run of the capitalised words after the unit word that is a unit's name, or has one's letters: other
      // capitalised words may follow the name. A name known at that level that the list has as read stops the search.)
      for (let k = words.length; k > 0; k--) {
        const name = words.slice(0, k).join(' ');
        const reform = places.reformNameByLetters(name, level, ctx.provinces());
        if (reform) {
          renamed.set(name, reform);
          return `${level} ${[reform, ...words.slice(k)].join(' ')}`;
        }
        if (places.isNameAt(name, level)) break;
      }
      return all;
    });
  }
  if (f.place && renamed.has(f.place.value)) f.place.value = renamed.get(f.place.value)!;
  return renamed;
}
