import { PREFERENTIAL_CATEGORIES } from '../domain/ticket';
import type { CallPolicy } from '../domain/rules';

type PreferentialCategory = (typeof PREFERENTIAL_CATEGORIES)[number];

type CallPolicyStrings = {
  /** How the preferential categories are named in the sentence, in kiosk order. */
  categories: Record<PreferentialCategory, string>;
  /** `{who}`: the list of categories. */
  preferentialFirst: string;
  /** `{n}`: the limit, singular and plural. */
  streakOne: string;
  streakMany: string;
  thenByArrival: string;
  byArrival: string;
  /** `{service}` counts `{factor}` (a word for 2, 3 and ½, else a number). */
  weight: string;
  factors: { double: string; triple: string; half: string; times: string };
};

// The counter shows this sentence so that nobody has to guess the rule (a known trap of other
// queue systems). Translators edit only these strings; the assembly below is language-neutral.
const CATALOG = {
  es: {
    categories: {
      pregnant: 'gestantes',
      senior: 'adultos mayores',
      disability: 'personas con discapacidad',
      child: 'personas con niños en brazos',
    },
    preferentialFirst: 'Se llama primero a {who}',
    streakOne: 'como máximo {n} preferencial seguido si espera alguien sin preferencia',
    streakMany: 'como máximo {n} preferenciales seguidos si espera alguien sin preferencia',
    thenByArrival: 'luego por orden de llegada entre los servicios de la ventanilla',
    byArrival: 'Se llama por orden de llegada entre los servicios de la ventanilla',
    weight: '{service} cuenta {factor}',
    factors: { double: 'doble', triple: 'triple', half: 'la mitad', times: '{n} veces' },
  },
  en: {
    categories: {
      pregnant: 'pregnant women',
      senior: 'older adults',
      disability: 'people with disabilities',
      child: 'people carrying small children',
    },
    preferentialFirst: 'We call {who} first',
    streakOne: 'at most {n} preferential call in a row while someone without preference waits',
    streakMany: 'at most {n} preferential calls in a row while someone without preference waits',
    thenByArrival: "then by order of arrival across the window's services",
    byArrival: "We call by order of arrival across the window's services",
    weight: '{service} counts {factor}',
    factors: { double: 'double', triple: 'triple', half: 'half', times: '{n} times' },
  },
} as const satisfies Record<string, CallPolicyStrings>;

/** Languages the call-policy sentence is written in. */
export type CallPolicyLanguage = keyof typeof CATALOG;

function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

const listFormats = new Map<CallPolicyLanguage, Intl.ListFormat>();

// Intl.ListFormat knows each language's "a, b y c" — including Spanish "y" → "e" before an i-sound.
function joinList(items: readonly string[], lang: CallPolicyLanguage): string {
  let format = listFormats.get(lang);
  if (!format) {
    format = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
    listFormats.set(lang, format);
  }
  return format.format(items);
}

function factorText(weight: number, lang: CallPolicyLanguage): string {
  const { factors } = CATALOG[lang];
  if (weight === 2) return factors.double;
  if (weight === 3) return factors.triple;
  if (weight === 0.5) return factors.half;
  return fill(factors.times, { n: new Intl.NumberFormat(lang).format(weight) });
}

/**
 * The call rule in one sentence, as the counter screen shows it, e.g. (es, default policy):
 * "Se llama primero a gestantes, adultos mayores, personas con discapacidad y personas con niños en
 * brazos; luego por orden de llegada entre los servicios de la ventanilla."
 * A preferential limit adds "como máximo 3 preferenciales seguidos si espera alguien sin
 * preferencia" and each service weight other than 1 adds "Licencias cuenta doble", using
 * `serviceNames` (service id → name; the id when a name is missing).
 */
export function describeCallPolicy(
  policy: CallPolicy,
  serviceNames: Readonly<Record<string, string>>,
  lang: CallPolicyLanguage = 'es',
): string {
  const strings = CATALOG[lang];
  const limit = policy.maxPreferentialInRow;
  const streak =
    limit === null
      ? null
      : fill(limit === 1 ? strings.streakOne : strings.streakMany, { n: String(limit) });
  const weights = Object.entries(policy.serviceWeights)
    .filter(([, weight]) => weight !== 1)
    .map(([serviceId, weight]) =>
      fill(strings.weight, {
        service: serviceNames[serviceId] ?? serviceId,
        factor: factorText(weight, lang),
      }),
    );
  const clauses: string[] = [];
  if (policy.preferentialFirst) {
    const who = joinList(
      PREFERENTIAL_CATEGORIES.map((category) => strings.categories[category]),
      lang,
    );
    clauses.push(fill(strings.preferentialFirst, { who }) + (streak === null ? '' : `, ${streak}`));
    clauses.push(strings.thenByArrival);
  } else {
    clauses.push(strings.byArrival);
    if (streak !== null) clauses.push(streak);
  }
  if (weights.length > 0) clauses.push(joinList(weights, lang));
  return `${clauses.join('; ')}.`;
}
