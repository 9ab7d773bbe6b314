import type { OfficeConfig } from '@cac/shared/protocol';

type Procedure = OfficeConfig['services'][number]['procedures'][number];

// The demo office's procedure catalog, built from ../shared/reference/peru-cac.md (comparable
// municipalities: the MPC's own TUPA was not retrievable). A DEMO catalog: each municipality
// replaces requirements, fees and time limits with those of its own TUPA.

/** S/ 11.00 a certified copy (Municipalidad de Huarmaca's TUPA). */
const ACTA_COPY_FEE = { kind: 'fixed', centimos: 1_100 } as const;
const ACTA_REQUIREMENTS = [
  'Solicitud (formato de la municipalidad)',
  'DNI del solicitante (extranjeros: carné de extranjería o pasaporte)',
  'Datos del acta: nombres de la persona inscrita y fecha; libro y folio si los conoce',
  'Pago del derecho de trámite (salvo la primera copia del acta de nacimiento, gratuita)',
];

function actaCopy(
  id: string,
  name: string,
  actaType: 'nacimiento' | 'matrimonio' | 'defuncion',
): Procedure {
  return {
    id,
    name,
    kind: 'acta-copy',
    actaType,
    requirements: ACTA_REQUIREMENTS,
    fee: ACTA_COPY_FEE,
    timeLimitWorkingDays: null,
  };
}

const LICENCE_COMMON = [
  'Formato de solicitud y declaración jurada con RUC y DNI o carné de extranjería',
  'Persona jurídica: vigencia de poder del representante legal',
  'Autorización sectorial, cuando la actividad la requiera',
];

/**
 * Ley 28976 (TUO DS 163-2020-PCM): low and medium risk present a sworn declaration of safety and
 * get the ITSE after the licence; high and very high risk need the ITSE first. Fees: Huancayo's
 * S/ 263.20 and S/ 420.30 for low and medium; the older area scheme's 10.06% and 18.09% of the UIT
 * for high and very high. Limits: 4 working days for low and medium, 10 for high, 8 for very high
 * (ITSE 7 + licence 1).
 */
const RISK_LEVELS: NonNullable<Procedure['riskLevels']> = {
  bajo: {
    itse: 'after',
    timeLimitWorkingDays: 4,
    fee: { kind: 'fixed', centimos: 26_320 },
    requirements: ['Declaración jurada de cumplimiento de condiciones de seguridad'],
  },
  medio: {
    itse: 'after',
    timeLimitWorkingDays: 4,
    fee: { kind: 'fixed', centimos: 42_030 },
    requirements: ['Declaración jurada de cumplimiento de condiciones de seguridad'],
  },
  alto: {
    itse: 'before',
    timeLimitWorkingDays: 10,
    fee: { kind: 'uit-percent', percent: '10.06' },
    requirements: [
      'Planos de arquitectura, distribución y seguridad',
      'Certificado de pozo a tierra',
      'Plan de seguridad',
      'Solicitud de inspección técnica de seguridad (ITSE) previa',
    ],
  },
  'muy-alto': {
    itse: 'before',
    timeLimitWorkingDays: 8,
    fee: { kind: 'uit-percent', percent: '18.09' },
    requirements: [
      'Planos de arquitectura, distribución y seguridad',
      'Certificado de pozo a tierra',
      'Plan de seguridad',
      'Solicitud de inspección técnica de seguridad (ITSE) previa',
    ],
  },
};

/** Procedures of each demo service, by service id. */
export const DEMO_PROCEDURES: Readonly<Record<string, readonly Procedure[]>> = {
  'registro-civil': [
    actaCopy('copia-acta-nacimiento', 'Copia certificada de acta de nacimiento', 'nacimiento'),
    actaCopy('copia-acta-matrimonio', 'Copia certificada de acta de matrimonio', 'matrimonio'),
    actaCopy('copia-acta-defuncion', 'Copia certificada de acta de defunción', 'defuncion'),
  ],
  licencias: [
    {
      id: 'licencia-funcionamiento',
      name: 'Licencia de funcionamiento',
      kind: 'business-licence',
      requirements: LICENCE_COMMON,
      fee: { kind: 'free' },
      timeLimitWorkingDays: null,
      riskLevels: RISK_LEVELS,
    },
    {
      id: 'licencia-centro-historico',
      name: 'Licencia de funcionamiento en el centro histórico',
      kind: 'business-licence',
      requirements: [...LICENCE_COMMON, 'Autorización del Ministerio de Cultura'],
      fee: { kind: 'free' },
      timeLimitWorkingDays: null,
      riskLevels: RISK_LEVELS,
    },
  ],
  'mesa-de-partes': [
    {
      id: 'registro-expediente',
      name: 'Registro de expediente (solicitud escrita)',
      kind: 'document-intake',
      requirements: [
        'Escrito firmado por el solicitante',
        'Documento de identidad del solicitante',
        'Número de folios',
      ],
      // Filing is free; the procedure it starts may have its own fee.
      fee: { kind: 'free' },
      // TUO Ley 27444: 30 working days for procedures of prior evaluation.
      timeLimitWorkingDays: 30,
      documentTypes: ['Solicitud', 'Carta', 'Oficio', 'Recurso', 'Queja', 'Denuncia', 'Otro'],
      destinationOffices: [
        'Gerencia Municipal',
        'Secretaría General',
        'Gerencia de Desarrollo Urbano',
        'Subgerencia de Catastro',
        'Gerencia de Desarrollo Económico',
        'Registro Civil',
        'Servicio de Administración Tributaria (SAT)',
      ],
    },
    {
      id: 'subsanacion-observaciones',
      name: 'Subsanación de observaciones',
      kind: 'general',
      requirements: ['Cargo del expediente', 'Documentos que faltaban'],
      fee: { kind: 'free' },
      timeLimitWorkingDays: null,
    },
    {
      id: 'consulta-expediente',
      name: 'Consulta del estado de un expediente',
      kind: 'general',
      requirements: ['Número de expediente o documento del solicitante'],
      fee: { kind: 'free' },
      timeLimitWorkingDays: null,
    },
  ],
  tributos: [
    {
      id: 'pago-tributos',
      name: 'Pago de impuesto predial, arbitrios y papeletas',
      kind: 'tax-payment',
      requirements: ['Código de contribuyente, DNI/RUC o placa del vehículo'],
      fee: { kind: 'free' },
      timeLimitWorkingDays: null,
    },
    {
      id: 'consulta-deuda',
      name: 'Consulta de deuda y estado de cuenta',
      kind: 'general',
      requirements: ['Código de contribuyente, DNI/RUC o placa del vehículo'],
      fee: { kind: 'free' },
      timeLimitWorkingDays: null,
    },
  ],
  orientacion: [
    {
      id: 'informacion-tramites',
      name: 'Información sobre trámites y requisitos',
      kind: 'general',
      requirements: [],
      fee: { kind: 'free' },
      timeLimitWorkingDays: null,
    },
    {
      id: 'ayuda-servicios-en-linea',
      name: 'Ayuda con los servicios en línea',
      kind: 'general',
      requirements: [],
      fee: { kind: 'free' },
      timeLimitWorkingDays: null,
    },
  ],
};
