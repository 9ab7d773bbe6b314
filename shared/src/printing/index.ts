// Public surface of @cac/shared/printing (Node only: the hub and the kiosk's Electron main
// process; ESLint keeps it out of the faces' renderers). Explicit export lists only.

// -- profile, errors, results
export type { PrinterProfile } from './printer-profile';
export { parsePrinterProfile, PrinterProfileSchema } from './printer-profile';
export type { PrinterError, PrinterErrorCode } from './printer-error';
export { PRINTER_ERROR_CODES, printerError } from './printer-error';
export type {
  PrintLabel,
  PrintReceipt,
  PrintResult,
  PrinterStatus,
  PrinterTransport,
  StatusResult,
} from './printer-transport';

// -- bytes
export type { EscPosOptions } from './render-escpos';
export { renderEscPos } from './render-escpos';
export type { PrinterLogo } from './printer-logo';
export { parseLogoPng } from './printer-logo';
export type { QrSymbol } from './qr-raster';
export { QR_QUIET_ZONE, qrRasterCommand, qrSymbol } from './qr-raster';
export type { EscPosOp } from './decode-escpos';
export { decodeEscPos, printedLines } from './decode-escpos';
export type { StatusProblem } from './escpos-status';
export {
  parseStatusReply,
  STATUS_QUERY,
  STATUS_REPLY_LENGTH,
  statusProblem,
} from './escpos-status';

// -- transports and queue
export type { NetworkTransportOptions } from './network-transport';
export { createNetworkTransport } from './network-transport';
export type { DeviceHandle, DeviceTransportOptions } from './device-transport';
export { createDeviceTransport } from './device-transport';
export type { CupsTransportOptions, SpawnedProcess, SpawnFn } from './cups-transport';
export { createCupsTransport, CUPS_QUEUE_NAME } from './cups-transport';
export type { FileTransportOptions } from './file-transport';
export { createFileTransport } from './file-transport';
export type { MemoryPrintJob, MemoryTransport, MemoryTransportOptions } from './memory-transport';
export { createMemoryTransport } from './memory-transport';
export type { PrinterTarget, TransportContext } from './printer-target';
export { createPrinterTransport, parsePrinterTarget } from './printer-target';
export type { PrintJobReport, PrintQueue, PrintQueueOptions } from './print-queue';
export { createPrintQueue } from './print-queue';
