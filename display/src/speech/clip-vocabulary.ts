import { MAX_SPANISH_NUMBER, SPANISH_LETTER_NAMES } from '@cac/shared/domain';
import { SPOKEN_WORDS_ES } from './spoken-words.es';
import { numberUnits, windowUnits } from './spoken-units';

/**
 * Every clip unit a call can need (see spoken-units.ts): "turno", the recalls, the letters' names,
 * the numbers' pieces and the words of window names, plus `extraWindowNames`' words (an office's
 * own window names, from office.json). Sorted, each once: the list the clip generator records.
 */
export function clipVocabulary(extraWindowNames: readonly string[] = []): string[] {
  const units = new Set<string>([
    SPOKEN_WORDS_ES.turn,
    ...Object.values(SPOKEN_WORDS_ES.recalls),
    SPOKEN_WORDS_ES.anotherRecall,
    SPOKEN_WORDS_ES.zero,
    ...Object.values(SPANISH_LETTER_NAMES),
    ...SPOKEN_WORDS_ES.windowWords,
  ]);
  // 1–99 are one clip each; the hundreds and thousands add cien, ciento, doscientos, …, mil.
  for (let n = 1; n <= MAX_SPANISH_NUMBER; n += 1)
    for (const unit of numberUnits(n)) units.add(unit);
  for (const name of extraWindowNames) for (const unit of windowUnits(name)) units.add(unit);
  return [...units].sort((a, b) => a.localeCompare(b, 'es'));
}

/**
 * The file name (without extension) of a unit's clip: plain ASCII for every file system and URL —
 * accents dropped, ñ written "nn" (so "eñe" and "ene" stay apart), spaces as hyphens.
 */
export function clipFileStem(unit: string): string {
  return unit
    .toLowerCase()
    .replace(/ñ/g, 'nn')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, '-')
    .replace(/[^a-z0-9-]/g, '');
}
