import { couldBeSyllable } from '../restore/orthography.js';
import { normalizeNumber, numberParts, SYMBOL_IN_TEXT } from './number.js';
import { typeByCode } from './vocabulary.js';

/**
 * A cited type name garbled past restoration ('Aled quyết số 57-NQ/TW'): the symbol's type code
 * names the type, so a first word that cannot be Vietnamese, before the right second word, is
 * put back (Nghị quyết). Words that are Vietnamese are left alone.
 */
export function repairTypeBeforeSymbol(text: string): string {
  return text.replace(new RegExp(`(\\p{L}+)(\\s+)(\\p{L}+)(\\s+số\\s*:?\\s*)${SYMBOL_IN_TEXT.source}`, 'gu'),
    (all, first: string, sp: string, second: string, so: string, symbol: string) => {
      const code = numberParts(normalizeNumber(symbol))?.parts.typeCode;
      const name = code ? typeByCode(code)?.name.split(' ') : undefined;
      if (!name || name.length !== 2 || name[1] !== second.toLowerCase() || couldBeSyllable(first.toLowerCase())) return all;
      const head = /^\p{Lu}/u.test(first) ? name[0] : name[0].toLowerCase();
      return `${head}${sp}${second}${so}${symbol}`;
    });
}
