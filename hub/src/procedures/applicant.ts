import { validateDni, validateRuc } from '@cac/shared/domain';
import type { Applicant } from '@cac/shared/protocol';
import { checkPersonDocument } from '@cac/shared/protocol';

/** The applicant as stored: identity numbers in their normalized form (DNI without its check). */
export function normalizeApplicant(applicant: Applicant): {
  applicant: Applicant;
  document: string;
  name: string;
} {
  if (applicant.kind === 'person') {
    const check = checkPersonDocument(applicant.documentType, applicant.document);
    const document = check.valid ? check.normalized : applicant.document.trim();
    return { applicant: { ...applicant, document }, document, name: applicant.names };
  }
  const ruc = validateRuc(applicant.ruc);
  const dni = validateDni(applicant.representative.dni);
  const normalizedRuc = ruc.valid ? ruc.normalized : applicant.ruc.trim();
  return {
    applicant: {
      ...applicant,
      ruc: normalizedRuc,
      representative: {
        ...applicant.representative,
        dni: dni.valid ? dni.normalized : applicant.representative.dni.trim(),
      },
    },
    document: normalizedRuc,
    name: applicant.businessName,
  };
}

/** The applicant's name as stored with an expediente (person or company), if it has one. */
export function applicantNameOf(stored: Readonly<Record<string, unknown>>): string | null {
  if (stored['kind'] === 'person' && typeof stored['names'] === 'string') return stored['names'];
  if (stored['kind'] === 'company' && typeof stored['businessName'] === 'string') {
    return stored['businessName'];
  }
  return null;
}
