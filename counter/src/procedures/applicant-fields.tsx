import { useLanguage } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { useCounterT } from '../counter-text';
import type { CheckedField } from './checked-field';
import { TextField, useCheckedField, valueOf } from './checked-field';
import type { FieldSpeech } from './field-validation';
import { checkDni, checkPersonDocument, checkRequiredText, checkRuc } from './field-validation';
import type { Applicant, PersonApplicant, PersonDocumentType } from './procedure-port';

const DOCUMENT_TYPES: readonly PersonDocumentType[] = ['dni', 'ce', 'pasaporte'];
const NAMES_MAX = 160;

/** The state of an applicant's fields (a person, or a company with its representative). */
export type ApplicantState = {
  kind: Applicant['kind'];
  setKind(kind: Applicant['kind']): void;
  documentType: PersonDocumentType;
  setDocumentType(type: PersonDocumentType): void;
  document: CheckedField<string>;
  names: CheckedField<string>;
  ruc: CheckedField<string>;
  businessName: CheckedField<string>;
  repDni: CheckedField<string>;
  repNames: CheckedField<string>;
  /** The fields in view, in their order on screen (to check them with the panel's own). */
  fields(): CheckedField<string>[];
  /** The applicant, once {@link validateAll} found its fields right. */
  value(): Applicant;
};

/** The counter's translator and language, as the field checks need them. */
export function useFieldSpeech(): FieldSpeech {
  const t = useCounterT();
  const language = useLanguage();
  return { t, language };
}

/** State of the applicant's fields. */
export function useApplicant(): ApplicantState {
  const speech = useFieldSpeech();
  const [kind, setKind] = useState<Applicant['kind']>('person');
  const [documentType, setDocumentType] = useState<PersonDocumentType>('dni');
  const document = useCheckedField((text) => checkPersonDocument(documentType, text, speech));
  const names = useCheckedField((text) => checkRequiredText(text, NAMES_MAX, speech));
  const ruc = useCheckedField((text) => checkRuc(text, speech));
  const businessName = useCheckedField((text) => checkRequiredText(text, NAMES_MAX, speech));
  const repDni = useCheckedField((text) => checkDni(text, speech));
  const repNames = useCheckedField((text) => checkRequiredText(text, NAMES_MAX, speech));
  return {
    kind,
    setKind,
    documentType,
    setDocumentType,
    document,
    names,
    ruc,
    businessName,
    repDni,
    repNames,
    fields: () => (kind === 'person' ? [document, names] : [ruc, businessName, repDni, repNames]),
    value() {
      if (kind === 'person') {
        return {
          kind: 'person',
          documentType,
          document: valueOf(document),
          names: valueOf(names),
        } satisfies PersonApplicant;
      }
      return {
        kind: 'company',
        ruc: valueOf(ruc),
        businessName: valueOf(businessName),
        representative: { dni: valueOf(repDni), names: valueOf(repNames) },
      };
    },
  };
}

/** Props of {@link ApplicantFields}. */
export type ApplicantFieldsProps = {
  state: ApplicantState;
  /** A legal entity may apply (licence, intake); a copy of an acta is asked by a person. */
  allowCompany: boolean;
  legend: string;
};

/** The applicant: natural person (document type, number, names) or legal entity (RUC, representative). */
export function ApplicantFields({ state, allowCompany, legend }: ApplicantFieldsProps): ReactNode {
  const t = useCounterT();
  const id = useId();
  return (
    <fieldset className="proc-group">
      <legend>{legend}</legend>
      <div className="proc-row">
        {allowCompany ? (
          <div className="proc-field proc-field--narrow">
            <label htmlFor={`${id}-kind`}>{t('proc.applicant.kind')}</label>
            <select
              id={`${id}-kind`}
              value={state.kind}
              onChange={(event) =>
                state.setKind(event.target.value === 'company' ? 'company' : 'person')
              }
            >
              <option value="person">{t('proc.applicant.person')}</option>
              <option value="company">{t('proc.applicant.company')}</option>
            </select>
          </div>
        ) : null}
        {state.kind === 'person' ? (
          <>
            <div className="proc-field proc-field--narrow">
              <label htmlFor={`${id}-type`}>{t('proc.applicant.documentType')}</label>
              <select
                id={`${id}-type`}
                value={state.documentType}
                onChange={(event) => {
                  const picked = DOCUMENT_TYPES.find((type) => type === event.target.value);
                  if (picked) state.setDocumentType(picked);
                }}
              >
                {DOCUMENT_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`proc.docType.${type}`)}
                  </option>
                ))}
              </select>
            </div>
            <TextField
              field={state.document}
              label={t('proc.applicant.document')}
              required
              maxLength={20}
              className="proc-field--narrow"
            />
            <TextField
              field={state.names}
              label={t('proc.applicant.names')}
              required
              maxLength={NAMES_MAX}
              className="proc-field--wide"
            />
          </>
        ) : (
          <>
            <TextField
              field={state.ruc}
              label={t('proc.applicant.ruc')}
              required
              inputMode="numeric"
              maxLength={11}
              className="proc-field--narrow"
            />
            <TextField
              field={state.businessName}
              label={t('proc.applicant.businessName')}
              required
              maxLength={NAMES_MAX}
              className="proc-field--wide"
            />
          </>
        )}
      </div>
      {state.kind === 'company' ? (
        <div className="proc-row">
          <TextField
            field={state.repDni}
            label={t('proc.applicant.repDni')}
            required
            maxLength={10}
            className="proc-field--narrow"
          />
          <TextField
            field={state.repNames}
            label={t('proc.applicant.repNames')}
            required
            maxLength={NAMES_MAX}
            className="proc-field--wide"
          />
        </div>
      ) : null}
    </fieldset>
  );
}
