// Public surface of the protocol. Explicit export lists only.
export type { AppError, Result } from './result';
export { err, ok } from './result';
export type { ErrorCode } from './error-codes';
export { ERROR_CODES } from './error-codes';
export { PROTOCOL_VERSION } from './version';
export {
  CategorySchema,
  IdSchema,
  NoteSchema,
  PauseReasonSchema,
  ReasonSchema,
  RequestIdSchema,
} from './fields';
export type { CommandInput, CommandName, CommandPayload } from './commands';
export { COMMAND_SCHEMAS, COUNTER_COMMANDS, KIOSK_COMMANDS } from './commands';
export type {
  CommandAck,
  DeviceZone,
  IssuedTicket,
  OfficeView,
  PrintOutcome,
  ProcedureView,
  ServiceView,
  SessionView,
  SyncDelta,
  SyncSnapshot,
} from './views';
export type {
  AdminClientEvents,
  CommonClientEvents,
  CounterClientEvents,
  DisplayClientEvents,
  HandshakeAuth,
  InterServerEvents,
  KioskClientEvents,
  NamespaceName,
  ServerToClientEvents,
  SocketData,
} from './socket-events';
export { NAMESPACES } from './socket-events';
export { HandshakeAuthSchema, LoginBodySchema } from './handshake';
export type { OfficeConfig, OfficeConfigInput } from './office-config';
export {
  ACTA_TYPES,
  OfficeConfigSchema,
  PROCEDURE_KINDS,
  RISK_LEVELS,
  describeConfigIssues,
  parseOfficeConfig,
  toOfficeRules,
} from './office-config';
export type { PrintReport, PrintReportAck, PrintReportInput, PrintSource } from './print-report';
export { PRINT_SOURCES, PrintReportSchema } from './print-report';
export type { KioskPrinterView, KioskStatusView, PrinterCondition } from './kiosk-status';
export { PRINTER_CONDITIONS, printerConditionOf } from './kiosk-status';
export type { BridgePrintOutcome, BridgeSettings, KioskBridge } from './kiosk-bridge';
export { BRIDGE_CHANNELS, BRIDGE_GLOBAL } from './kiosk-bridge';
export type { ExpedienteLookupStep, ExpedienteLookupView } from './expediente-lookup';
export {
  EXPEDIENTE_ACCESS_KEY_DIGITS,
  ExpedienteAccessKeySchema,
  ExpedienteLookupSchema,
  expedienteLookupPath,
} from './expediente-lookup';
export type {
  ActaCopyResult,
  Applicant,
  AttentionResult,
  ExpedienteDetail,
  ExpedienteHistoryStep,
  ExpedienteIssued,
  ExpedienteSummary,
  PaymentMethod,
  PersonApplicant,
  PersonDocumentType,
  ProcedureCommandInput,
  ProcedureCommandName,
  ProcedureCommandPayload,
  ProcedureCommandValue,
  ProcedureCommandValues,
  TaxDebtView,
  TaxQuoteLine,
  TaxReceiptView,
} from './procedure-commands';
export {
  ATTENTION_RESULT_KINDS,
  ApplicantSchema,
  AttentionResultSchema,
  CivilDateSchema,
  PAYMENT_METHODS,
  PERSON_DOCUMENT_TYPES,
  PROCEDURE_COMMANDS,
  PROCEDURE_COMMAND_ROLES,
  PROCEDURE_COMMAND_SCHEMAS,
  checkPersonDocument,
} from './procedure-commands';
export type {
  AdminConfigAnswer,
  AdminConfigView,
  AdminDeviceView,
  AdminUserView,
  AuditAnswer,
  AuditEntryView,
  ConfigSection,
  DeviceKeyAnswer,
  DevicePatchBody,
  GeneralSection,
  NewDeviceBody,
  NewUserBody,
  PinResetBody,
  SectionSaveBody,
  UserPatchBody,
} from './admin-api';
export { CONFIG_SECTIONS } from './admin-api';
export type {
  ClerkReportRow,
  DayReportRow,
  DurationStats,
  ExpedienteReport,
  HourReportRow,
  OutcomeReportRow,
  PaymentReport,
  PreferentialReportRow,
  ProcedureReportRow,
  ReportFilters,
  ReportTable,
  ReportView,
  SatisfactionReport,
  ServiceReportRow,
  SlaCompliance,
  TicketCounts,
} from './report-view';
export { REPORT_TABLES } from './report-view';
export type {
  PadRatingInput,
  RatingAccepted,
  RatingScore,
  RatingSource,
  TicketRatingInput,
} from './rating';
export {
  PadRatingSchema,
  RATING_COMMENT_MAX,
  RATING_SCORES,
  RATING_SOURCES,
  TicketRatingSchema,
} from './rating';
export {
  AuditQuerySchema,
  DevicePatchBodySchema,
  NewDeviceBodySchema,
  NewPinSchema,
  NewUserBodySchema,
  NewUsernameSchema,
  PinResetBodySchema,
  SectionSaveBodySchema,
  UserPatchBodySchema,
} from './admin-schemas';
