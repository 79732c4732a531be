/**
 * Repair of text damaged on its way from a web page: leftover HTML character
 * references and Arabic mojibake. See docs/normalization.md, "Text repair".
 */
export { repairText } from './repair-text';
export { TEXT_REPAIR_KINDS, type RepairedText, type TextRepair, type TextRepairKind } from './types';
