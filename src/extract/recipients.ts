import { clean, dropStutters, unpairedQuotes } from './lines.js';
import { UNIT_WORDS } from './vocabulary.js';
import { looseKey } from './text-match.js';
import { canonicalIssuer } from './issuer.js';
import { spellCommittees } from './casing.js';
import type { Line } from './types.js';

// What opens the letter's body after the list ('Thực hiện Công điện …').
const BODY_OPENER = /^(?:Căn cứ|Thực hiện|Theo đề nghị|Trên cơ sở|Nhằm|Để|Phúc đáp)\s/u;
// A list item; OCR specks may come before its dash ('~ - Ban cán sự đảng …', '* - Hạt Kiểm lâm …'), or OCR may have
// read the dash itself as tildes ('~~ Trung tâm Kiểm soát bệnh tật tỉnh;').
const ITEM = /^\s*(?:(?:[~|¦_'‘`.*]+\s*)?[-–+•]|~+(?=\s))\s*(.+)$/u;

// An authority and a title in capitals, alone: the signature column's line.
const SIGNATURE_AUTHORITY = /^(?:TM|KT|TL|TUQ|Q|T\/M|K\/T|T\/L)\.?\s+\p{Lu}{2,}(?:\s+\p{Lu}{2,})*\s*$/u;

// A speck set apart before a line's first letter: a stop or stroke OCR left in the margin.
const LEADING_SPECK = /^\s*[.|~'‘`]+\s+(?=\p{L})/u;
// No addressee ends in a word that joins to what follows: 'do Ban quản lý của', a speck the restorer made a word of.
const JOINERS = ['của', 'và', 'với', 'cho', 'về'];
const TRAILING_JOINER = new RegExp(`\\s+(?:${JOINERS.join('|')})$`, 'u');
// (A line's end that joins to the next: those, and words that a place or body follows.)
const JOINS_ON = new RegExp(`\\s(?:${[...JOINERS, 'vào', 'tại', 'thuộc', 'trên', 'trong'].join('|')})\\s*$`, 'u');

function items(lines: Line[], start: number, inline: string): { list: string[]; end: number } {
  const list: string[] = [];
  // An inline addressee holds a word; signs or a letter alone after the colon are specks ('Kính gửi:       !',
  // 'Kính gửi: a |').
  if (!/\p{L}{2}/u.test(inline)) inline = '';
  let i = start + 1;
  // An inline addressee may wrap: a next line that is no list item and does not open the body.
  // (Or one OCR opened with a dash glued to a small letter, '-địa bàn.': a list item's dash has a space after it, and its item a capital.)
  // (Or a name's last words, capitalised, ending the addressee with its full stop: 'tỉnh Đắk' / 'Lắk. | |'.)
  // (Specks after it: signs, or a letter or two set far apart, 'Nhẫn. .      nh      m'.)
  const tail = (t: string) => /^\s*\p{Lu}[^\s.;:]*(?:\s+[^\s.;:]+){0,3}\.(?:\s+[^\p{L}\d\s]{1,2}|\s{3,}\S{1,2})*\s*$/u.test(t) && !BODY_OPENER.test(t.trim());
  // (Or one word alone ending the addressee, a dash OCR made of a speck before it: 'tại Việt' / '- Nam.'; no
  // addressee is one word.)
  const lastWord = (t: string) => { const m = ITEM.exec(t); return m && /^\p{Lu}\p{Ll}+\.\s*$/u.test(m[1]) ? m[1].trim() : null; };
  const wrapped = (t: string) => (/^\s*\p{Ll}/u.test(t) && !ITEM.test(t)) || /^\s*[-–]\p{Ll}/u.test(t) || tail(t) || !!lastWord(t);
  // (Behind a speck set apart at its start: 'các xã Sơn Kim 2, Sơn' / '. Hồng, Sơn Tây.')
  const next = i < lines.length ? { ...lines[i], text: lines[i].text.replace(LEADING_SPECK, '') } : null;
  // (Or one whose line ends in a word that joins to what follows, whatever the next line with words opens with, a
  // speck read as a list mark too: 'nộp lưu tài liệu vào' / blank / '~ Lưu trữ lịch sử tỉnh. | | |'.)
  const after = lines.slice(i, i + 2).findIndex((l) => /\p{L}/u.test(l.text));
  const goesOn = after >= 0 ? lines[i + after] : null;
  if (inline.trim() && JOINS_ON.test(inline) && goesOn && !BODY_OPENER.test(goesOn.text.trim())) {
    const rest = ITEM.exec(goesOn.text)?.[1] ?? goesOn.text;
    inline = `${inline.trim()} ${withoutEndSpeck({ ...goesOn, text: rest }).trim()}`;
    i += after + 1;
  } else if (inline.trim() && !/[.;:]\s*$/.test(inline) && next && wrapped(next.text)) {
    inline = `${inline.trim()} ${lastWord(next.text) ?? withoutEndSpeck(next).trim().replace(/^[-–](?=\p{Ll})/u, '')}`;
    i++;
  }
  // The addressee ends with its full stop; one- and two-letter tokens after it are specks ('Tỉnh ủy. SỞ | | oo').
  if (inline.trim()) list.push(...inline.replace(/(?<=\p{L}\.)(?:\s+\S{1,2})+\s*$/u, '').split(/;\s*/));
  // (An addressee on the Kính gửi line that ends with its full stop is the last: the body follows, whatever
  // specks OCR put before it, '~~ Phúc đáp …'.)
  const closed = /\p{L}\.(?:\s+\S{1,2})*\s*$/u.test(inline) && !/b\/c\)?\.?\s*$/u.test(inline);
  for (; !closed && i < lines.length && i < start + 31; i++) {
    // (Caps words after an item's semicolon are the signature column OCR ran into it: '- Ban Tuyên giáo
    // Tỉnh ủy (b/c); . PHÓ TRƯỞNG BAN'.)
    const left = lines[i].text.split(/\s{3,}/)[0].replace(/;[^\p{L}\d]*(?:[\p{Lu}/]+\.?\s*){2,}$/u, ';');
    const m = ITEM.exec(left);
    // An item too long for its line wraps: the next line, no item of its own, goes on with it
    // ('- Ban Thường trực … các xã,' / 'phường;').
    // (A line in small letters: a name under the list is the signer's; the filing line, Lưu, ends it.)
    const open = list.length > 0 && !/[.;:]\s*$/.test(list[list.length - 1]) && !/^L\S{1,2}u\b/u.test(list[list.length - 1]);
    // (Or one in capitals when the item broke after a word that cannot end it: '… Giáo dục và' / 'Đào tạo;'.)
    const unfinished = open && /\s(?:và|của|các|cho|với|về)\s*$/u.test(list[list.length - 1]) && !BODY_OPENER.test(left.trim());
    const tailWord = open ? lastWord(left) : null;
    if (tailWord) { list[list.length - 1] = `${list[list.length - 1].trim()} ${tailWord}`; i++; break; }
    if (!m && open && (/^\s*\p{Ll}/u.test(left) || (unfinished && /^\s*\p{Lu}/u.test(left)))) { list[list.length - 1] = `${list[list.length - 1].trim()} ${withoutEndSpeck({ ...lines[i], text: left }).trim()}`; continue; }
    if (!m) { if (left.trim() === '') continue; break; }
    // A dash OCR put before the body's first line ('- Thực hiện Công điện …') is no addressee.
    if (BODY_OPENER.test(m[1])) break;
    // The filing line ends the list at its full stop; what follows on its line is the signature column's
    // ('Lưu: VT, KSBT. Nguyễn Đức Cường').
    // (Not codes after it, a comma read as a full stop: 'Lưu: VT. NV'.)
    const filing = /^(L\S{1,2}u\b[^.]*)\.\s+(?![\p{Lu}\d]{2,6}(?:,\s*[\p{Lu}\d]{2,6})*\.?\s*$)\S/u.exec(m[1]);
    if (filing) { list.push(filing[1]); i++; break; }
    list.push(m[1]);
    // The last addressee ends with a full stop (not a speck after a semicolon: 'thành phố;.').
    if (/\.\s*$/.test(m[1]) && !/b\/c\)?\.?\s*$/u.test(m[1]) && !/;\s*\.+\s*$/u.test(m[1])) { i++; break; }
  }
  // Body words damaged beyond restoration put back from the vocabulary ('i ban nhân dân' → Ủy ban nhân dân).
  // (A full stop glued inside an item before a small letter is a speck: 'Các. trường'.)
  // (Nor is the signature column's authority OCR ran onto the list's line: 'Nơi nhận: - KT. GIÁM ĐỐC'.)
  // (And a quote glued between a word and a capitalised one is a space: "Sở'Y tế".)
  // (A currency or section sign set apart is a speck: 'phổ thông ¢ trên địa bàn'.)
  // (A dash OCR printed twice is one: 'giáo dục nghề nghiệp - - giáo dục thường xuyên'.)
  // (So are specks set apart after a comma, before a small word: 'các xã, . phường', 'các xã, \\, phường'.)
  // (A list of unit words whose last word OCR garbled ends in the unit its first word opens: 'các xã, phường, đặc tại'.)
  // (A semicolon inside an item's line before a small word is OCR's comma: 'Giám đốc các sở; ban, ngành của tỉnh'.)
  // (An item's first word the small word after it says: 'Trường các xóm' is Trưởng.)
  return { list: list.filter((s) => !SIGNATURE_AUTHORITY.test(s.trim())).map((s) => addresseeHead(completeUnitList(canonicalIssuer(clean(unpairedQuotes(spellCommittees(dropStutters(s)).replace(/\(để b\/c\)|\(b\/c\)/giu, '').replace(/\s+[¢£¥€§©®°]+(?=\s)/gu, '').replace(/(?<=\p{L})\.(?=\s+\p{Ll})/gu, '').replace(/,\s+[.,\\|~]+\s+(?=\p{Ll})/gu, ', ').replace(/(?<=\p{Ll})['‘’](?=\p{Lu})/gu, ' ').replace(/\s[-–](?:\s+[-–])+\s/gu, ' - ').replace(/;\s+(?=\p{Ll})/gu, ', '))).replace(/[.;,]+$/, '')).replace(TRAILING_JOINER, '')))).filter(Boolean), end: i };
}

// Unit words below a province's that an addressee lists after các ('các huyện, thị xã, thành phố'), and the
// two-word units its last item may open, by their first word, where that word opens only one of them.
const LISTED_UNIT = `(?:${UNIT_WORDS.filter((u) => u !== 'tỉnh').join('|')})`;
const UNIT_LIST_END = new RegExp(`((?<!\\p{L})các (?:${LISTED_UNIT}, )+)(đặc|thành) (\\S+)$`, 'u');
const OPENED_UNIT: Record<string, string> = { đặc: 'đặc khu', thành: 'thành phố' };

/** An addressee's list of unit words whose last unit's second word OCR garbled, that unit: 'thành ELS' → thành phố. */
function completeUnitList(item: string): string {
  return item.replace(UNIT_LIST_END, (all, head: string, first: string) => `${head}${OPENED_UNIT[first]}`);
}

/**
 * An addressee's first word that the sentence model read as the commoner word of its letters, where the small word
 * after it says which it is: heads of units ('Trường các xóm' is Trưởng, schools are 'Các trường'), and the courtesy
 * Quý ('Quỹ phụ huynh học sinh'; a fund, Quỹ, names itself in Title case: 'Quỹ Bảo trợ trẻ em').
 */
function addresseeHead(item: string): string {
  return item.replace(/^Trường các (?=\p{Ll})/u, 'Trưởng các ').replace(/^Quỹ (?=\p{Ll})/u, 'Quý ');
}


/**
 * A line's text without the word after its last full stop when OCR printed that word as one or two
 * characters, a speck the restorer may have made a word of ('bàn tỉnh. Đang' read from 'ban tinh. N').
 */
function withoutEndSpeck(line: Line): string {
  return /\p{L}\.\s+\S{1,2}\s*$/u.test(line.raw) ? line.text.replace(/(?<=\p{L}\.)\s+\S+\s*$/u, '') : line.text;
}

/**
 * Whether a line opens the addressees: Kính gửi, or either word garbled beyond reading ('ri gui:'
 * restored 'rủi gửi:', 'Kinh qi:' restored 'Kính qi:'), the colon after it being its mark.
 */
export function opensAddressees(t: string): boolean {
  return looseKey(t).startsWith('KINHGUI') || /^[^\s:]{1,5}\s+gửi\s*:/u.test(t) || /^Kính\s+[^\s:]{1,4}\s*:/u.test(t);
}

/**
 * A Công điện's sender line ending in 'điện:' ('BAN CHỈ HUY … TỈNH điện:', 'THỦ TƯỚNG CHÍNH PHỦ điện:'): its addressees follow.
 * (Its last caps word may be OCR junk the restorer made a word with what follows: 'ỦY BAN NHÂN DÂN ii dién:'
 * restored 'DÂN ại diện:', as in đại diện; after a caps sender, that is still the wire's verb.)
 */
const WIRES_TO = /\p{Lu}{2,}(?:\s+[^\s:]{1,3}(?=\s+diện))?[\s,]+(?:điện|ĐIỆN|diện)\s*:\s*$/u;

/** Kính gửi: the addressees of a Công văn, Tờ trình or Báo cáo (a Công điện's, after its 'điện:'). */
export function extractRecipients(lines: Line[]): string[] {
  for (let i = 0; i < Math.min(lines.length, 60); i++) {
    const t = lines[i].text.trim();
    if (WIRES_TO.test(t)) return items(lines, i, '').list;
    if (opensAddressees(t)) {
      // What follows 'Kính gửi:' (specks before it may hold a colon of their own: '-: Kính gửi: …').
      // (A garbled gửi ends at its colon.)
      let cut = 0;
      if (looseKey(t).includes('GUI')) while (cut < t.length && !looseKey(t.slice(0, cut)).endsWith('GUI')) cut++;
      else cut = t.indexOf(':');
      const inline = t.slice(cut).replace(/^\s*:?\s*/u, '');
      return items(lines, i, inline).list;
    }
  }
  return [];
}

/** Nơi nhận: the distribution list at the foot. */
export function extractDistribution(lines: Line[]): string[] {
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 60); i--) {
    const t = lines[i].text.trim();
    if (looseKey(t).startsWith('NOINHAN')) {
      const inline = t.split(/\s{3,}/)[0].replace(/^[^:]*:\s*/u, '');
      return items(lines, i, /^[-–+]/.test(inline) ? inline.replace(/^[-–+]\s*/, '') : '').list;
    }
  }
  return [];
}
