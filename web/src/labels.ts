/** Arabic labels of the interface. */
import type { EntityType, SourceKind, Stance } from './api';

export const TYPE_LABEL: Record<EntityType, string> = {
  PER: 'شخص',
  ORG: 'منظمة',
  GPE: 'دولة أو كيان سياسي',
  LOC: 'مكان',
  MISC: 'أخرى',
};

export const STANCE_LABEL: Record<Stance, string> = {
  assert: 'يؤكد',
  deny: 'ينفي',
  allege: 'يزعم',
  none: 'لم يؤكد',
};

export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
  named: 'مصدر مسمّى',
  anonymous: 'مصدر غير مسمّى',
  outlet: 'الوسيلة الناشرة',
};

export const EVENT_LABEL: Record<string, string> = {
  AGREE: 'اتفاق',
  CONSULT: 'تشاور',
  SUPPORT: 'دعم',
  CONCEDE: 'تنازل',
  COOPERATE: 'تعاون',
  AID: 'مساعدة',
  RETREAT: 'انسحاب',
  REQUEST: 'طلب',
  ACCUSE: 'اتهام',
  REJECT: 'رفض',
  THREATEN: 'تهديد',
  PROTEST: 'احتجاج',
  SANCTION: 'عقوبات',
  MOBILIZE: 'تعبئة',
  COERCE: 'إكراه',
  ASSAULT: 'هجوم',
};

export const QUANTITY_LABEL: Record<string, string> = {
  money: 'مبلغ',
  count: 'عدد',
  percent: 'نسبة',
  duration: 'مدة',
  measure: 'قياس',
  ordinal: 'ترتيب',
};

// Latin digits, like the dates and most of the source texts (٠ would read as the separator ·).
const nf = new Intl.NumberFormat('en-US');
export function num(n: number): string {
  return nf.format(n);
}
