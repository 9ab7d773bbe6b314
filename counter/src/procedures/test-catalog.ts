import type { ProcedureView } from '@cac/shared/protocol';

// A catalog like the demo office's (hub/src/config/demo-procedures.ts), for the panels' tests and
// the dev-only harness page.

const ACTA_REQUIREMENTS = [
  'Solicitud (formato de la municipalidad)',
  'DNI del solicitante (extranjeros: carné de extranjería o pasaporte)',
];

/** Copia certificada de acta de nacimiento, S/ 11.00. */
export const BIRTH_COPY: ProcedureView = {
  id: 'copia-acta-nacimiento',
  name: 'Copia certificada de acta de nacimiento',
  kind: 'acta-copy',
  actaType: 'nacimiento',
  requirements: ACTA_REQUIREMENTS,
  fee: { kind: 'fixed', centimos: 1_100 },
  timeLimitWorkingDays: null,
};

/** Copia certificada de acta de matrimonio, S/ 11.00. */
export const MARRIAGE_COPY: ProcedureView = {
  ...BIRTH_COPY,
  id: 'copia-acta-matrimonio',
  name: 'Copia certificada de acta de matrimonio',
  actaType: 'matrimonio',
};

const SAFETY_DJ = 'Declaración jurada de cumplimiento de condiciones de seguridad';
const BEFORE = [
  'Planos de arquitectura, distribución y seguridad',
  'Certificado de pozo a tierra',
  'Plan de seguridad',
  'Solicitud de inspección técnica de seguridad (ITSE) previa',
];

/** Licencia de funcionamiento with the demo's four risk levels. */
export const LICENCE: ProcedureView = {
  id: 'licencia-funcionamiento',
  name: 'Licencia de funcionamiento',
  kind: 'business-licence',
  requirements: ['Formato de solicitud y declaración jurada con RUC y DNI o carné de extranjería'],
  fee: { kind: 'free' },
  timeLimitWorkingDays: null,
  riskLevels: {
    bajo: {
      itse: 'after',
      timeLimitWorkingDays: 4,
      fee: { kind: 'fixed', centimos: 26_320 },
      requirements: [SAFETY_DJ],
    },
    medio: {
      itse: 'after',
      timeLimitWorkingDays: 4,
      fee: { kind: 'fixed', centimos: 42_030 },
      requirements: [SAFETY_DJ],
    },
    alto: {
      itse: 'before',
      timeLimitWorkingDays: 10,
      fee: { kind: 'uit-percent', percent: '10.06' },
      requirements: BEFORE,
    },
    'muy-alto': {
      itse: 'before',
      timeLimitWorkingDays: 8,
      fee: { kind: 'uit-percent', percent: '18.09' },
      requirements: BEFORE,
    },
  },
};

/** Mesa de partes: registering an expediente. */
export const INTAKE: ProcedureView = {
  id: 'registro-expediente',
  name: 'Registro de expediente (solicitud escrita)',
  kind: 'document-intake',
  requirements: ['Escrito firmado por el solicitante', 'Documento de identidad del solicitante'],
  fee: { kind: 'free' },
  timeLimitWorkingDays: 30,
  documentTypes: ['Solicitud', 'Carta', 'Oficio'],
  destinationOffices: ['Gerencia Municipal', 'Subgerencia de Catastro'],
};

/** Tributos: paying predial, arbitrios and papeletas. */
export const TAXES: ProcedureView = {
  id: 'pago-tributos',
  name: 'Pago de impuesto predial, arbitrios y papeletas',
  kind: 'tax-payment',
  requirements: ['Código de contribuyente, DNI/RUC o placa del vehículo'],
  fee: { kind: 'free' },
  timeLimitWorkingDays: null,
};

/** A general procedure. */
export const INFORMATION: ProcedureView = {
  id: 'consulta-deuda',
  name: 'Consulta de deuda y estado de cuenta',
  kind: 'general',
  requirements: ['Código de contribuyente, DNI/RUC o placa del vehículo'],
  fee: { kind: 'free' },
  timeLimitWorkingDays: null,
};

/** The whole test catalog. */
export const TEST_PROCEDURES = [BIRTH_COPY, MARRIAGE_COPY, LICENCE, INTAKE, TAXES, INFORMATION];
