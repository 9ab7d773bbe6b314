import type { CallPolicy } from '../domain/rules';
import { DEFAULT_CALL_POLICY } from '../domain/rules';
import { describeCallPolicy } from './call-policy-sentence';

const NAMES = { reg: 'Registro Civil', lic: 'Licencias', sat: 'Caja SAT', ide: 'Identidad' };
const FCFS: CallPolicy = {
  preferentialFirst: false,
  maxPreferentialInRow: null,
  serviceWeights: {},
};

describe('describeCallPolicy', () => {
  it.each<[string, CallPolicy, 'es' | 'en', string]>([
    [
      'the legal default',
      DEFAULT_CALL_POLICY,
      'es',
      'Se llama primero a gestantes, adultos mayores, personas con discapacidad y personas con niños en brazos; luego por orden de llegada entre los servicios de la ventanilla.',
    ],
    [
      'the legal default',
      DEFAULT_CALL_POLICY,
      'en',
      "We call pregnant women, older adults, people with disabilities, and people carrying small children first; then by order of arrival across the window's services.",
    ],
    [
      'a limit of three preferential calls',
      { ...DEFAULT_CALL_POLICY, maxPreferentialInRow: 3 },
      'es',
      'Se llama primero a gestantes, adultos mayores, personas con discapacidad y personas con niños en brazos, como máximo 3 preferenciales seguidos si espera alguien sin preferencia; luego por orden de llegada entre los servicios de la ventanilla.',
    ],
    [
      'a limit of one (singular)',
      { ...DEFAULT_CALL_POLICY, maxPreferentialInRow: 1 },
      'es',
      'Se llama primero a gestantes, adultos mayores, personas con discapacidad y personas con niños en brazos, como máximo 1 preferencial seguido si espera alguien sin preferencia; luego por orden de llegada entre los servicios de la ventanilla.',
    ],
    [
      'a limit of one (singular)',
      { ...DEFAULT_CALL_POLICY, maxPreferentialInRow: 1 },
      'en',
      "We call pregnant women, older adults, people with disabilities, and people carrying small children first, at most 1 preferential call in a row while someone without preference waits; then by order of arrival across the window's services.",
    ],
    [
      'a double weight',
      { ...DEFAULT_CALL_POLICY, serviceWeights: { lic: 2 } },
      'es',
      'Se llama primero a gestantes, adultos mayores, personas con discapacidad y personas con niños en brazos; luego por orden de llegada entre los servicios de la ventanilla; Licencias cuenta doble.',
    ],
    [
      'several weights, weight 1 left out',
      { ...FCFS, serviceWeights: { lic: 2, reg: 1, sat: 3, ide: 0.5 } },
      'es',
      'Se llama por orden de llegada entre los servicios de la ventanilla; Licencias cuenta doble, Caja SAT cuenta triple e Identidad cuenta la mitad.',
    ],
    [
      'a fractional weight and a service without a name',
      { ...FCFS, serviceWeights: { lic: 1.5, doc: 2.25 } },
      'es',
      'Se llama por orden de llegada entre los servicios de la ventanilla; Licencias cuenta 1,5 veces y doc cuenta 2,25 veces.',
    ],
    [
      'a fractional weight and a service without a name',
      { ...FCFS, serviceWeights: { lic: 1.5, doc: 2 } },
      'en',
      "We call by order of arrival across the window's services; Licencias counts 1.5 times and doc counts double.",
    ],
    [
      'no preference, but a limit',
      { ...FCFS, maxPreferentialInRow: 2 },
      'es',
      'Se llama por orden de llegada entre los servicios de la ventanilla; como máximo 2 preferenciales seguidos si espera alguien sin preferencia.',
    ],
    [
      'everything at once',
      { preferentialFirst: true, maxPreferentialInRow: 4, serviceWeights: { sat: 3 } },
      'en',
      "We call pregnant women, older adults, people with disabilities, and people carrying small children first, at most 4 preferential calls in a row while someone without preference waits; then by order of arrival across the window's services; Caja SAT counts triple.",
    ],
  ])('%s (%s → %s)', (_name, policy, lang, sentence) => {
    expect(describeCallPolicy(policy, NAMES, lang)).toBe(sentence);
  });

  it('speaks Spanish unless told otherwise', () => {
    expect(describeCallPolicy(DEFAULT_CALL_POLICY, {})).toMatch(/^Se llama primero a gestantes/);
  });
});
