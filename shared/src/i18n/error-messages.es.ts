import type { ErrorCode } from '../protocol/error-codes';
import type { Catalog } from './languages';

/**
 * Spanish sentences for every error code (see `formatMessage` for the `{param}`,
 * `{n|singular|plural}` and `[[optional]]` syntax). Written in "usted", saying what happened and
 * what to do next.
 */
export const ERROR_MESSAGES_ES: Catalog<ErrorCode> = {
  language: 'es',
  reviewed: false,
  messages: {
    INVALID_PAYLOAD:
      'Los datos enviados no son válidos.[[ Revise el campo «{field}».]][[ Detalle: {detail}]]',
    PAYLOAD_TOO_LARGE:
      'Los datos enviados son demasiado grandes. Envíe menos información a la vez.',
    NOT_FOUND: 'No se encontró lo que busca. Revise el número o la dirección e inténtelo de nuevo.',
    PROTOCOL_MISMATCH:
      'Esta aplicación usa la versión {received} del protocolo y el servidor espera la versión {expected}. Recargue la página o pida que actualicen la aplicación.',
    RATE_LIMITED:
      'Se hicieron demasiados intentos seguidos. Espere {seconds|segundo|segundos} e inténtelo de nuevo.',
    INTERNAL:
      'Ocurrió un error inesperado en el sistema. Inténtelo de nuevo; si el problema continúa, avise al personal de soporte.',
    STORAGE_FAILED:
      'No se pudo guardar la operación, por eso no se realizó. Inténtelo de nuevo; si el problema continúa, avise al personal de soporte.',
    HUB_UNREACHABLE:
      'No hay respuesta del servidor de turnos. Revise la conexión e inténtelo de nuevo.',
    DEVICE_NOT_PAIRED:
      'Este equipo no está emparejado con la oficina. Pida al personal de soporte que lo configure con su clave de dispositivo.',
    UNAUTHENTICATED: 'Su sesión no está iniciada o ha vencido. Ingrese de nuevo, por favor.',
    INVALID_CREDENTIALS: 'El usuario o el PIN no son correctos.',
    ACCOUNT_LOCKED:
      'La cuenta está bloqueada por varios intentos fallidos. Inténtelo de nuevo dentro de {minutes|minuto|minutos}.',
    FORBIDDEN: 'Su cuenta no tiene permiso para realizar esta acción.',
    UNKNOWN_SERVICE: 'Ese servicio no existe. Elija uno de la lista.',
    SERVICE_INACTIVE:
      'Ese servicio no está disponible en este momento. Consulte al personal de orientación.',
    UNKNOWN_WINDOW: 'Esa ventanilla no existe. Elija una de la lista.',
    UNKNOWN_TICKET: 'No se encontró el ticket {ticketId}.',
    OFFICE_CLOSED: 'La oficina está cerrada en este momento. Consulte el horario de atención.',
    WINDOW_CLOSED: 'La ventanilla está cerrada. Ábrala para llamar y atender.',
    WINDOW_PAUSED: 'La ventanilla está en pausa. Reanude la atención para continuar.',
    WINDOW_TAKEN: 'Otra persona ya está atendiendo en esa ventanilla.',
    WINDOW_BUSY:
      'La ventanilla ya tiene un ticket en curso[[ ({number})]]. Finalícelo, transfiéralo o márquelo como no presentado antes de llamar a otro.',
    WINDOW_IDLE: 'La ventanilla no tiene ningún ticket en curso.',
    WINDOW_NOT_PAUSED: 'La ventanilla no está en pausa, así que no hay nada que reanudar.',
    NOT_YOUR_WINDOW: 'Esa ventanilla está a cargo de otra persona: solo puede operar la suya.',
    SERVICE_NOT_AT_WINDOW: 'Esta ventanilla no atiende ese servicio.',
    QUEUE_EMPTY: 'No hay nadie en espera para los servicios de esta ventanilla.',
    ILLEGAL_TRANSITION: 'El ticket {number} {status}: no se puede {command}.',
    NO_SHOW_TOO_EARLY:
      'Todavía es pronto para marcarlo como no presentado: espere {seconds|segundo|segundos} más, por si la persona está en camino.',
    UNKNOWN_OUTCOME: 'Ese resultado de atención no existe. Elija uno de la lista.',
    TRANSFER_TARGET_INVALID:
      'No se puede transferir el ticket a ese destino. Elija otro servicio u otra ventanilla abierta.',
    ALREADY_OPEN_ELSEWHERE: 'Ya tiene otra ventanilla abierta. Ciérrela antes de abrir esta.',
    EXPEDIENTE_NOT_FOUND:
      'No encontramos un expediente con ese número y clave. Revise los datos de su cargo.',
    PROCEDURE_UNKNOWN:
      'Ese procedimiento no pertenece al servicio del ticket[[ ({procedureId})]]. Elija uno de la lista.',
    PROCEDURE_KIND_MISMATCH:
      'El procedimiento «{procedure}» no se registra con este formulario. Abra el formulario que le corresponde.',
    TICKET_NOT_SERVING:
      'El ticket {number} no está en atención. Inicie la atención antes de registrar el trámite.',
    TICKET_NOT_AT_YOUR_WINDOW:
      'El ticket {number} se atiende en otra ventanilla: solo puede registrar trámites del ticket que atiende usted.',
    WINDOW_REQUIRED:
      'Abra su ventanilla para imprimir: el documento sale por la impresora de la ventanilla.',
    FREE_COPY_NOT_ALLOWED:
      'La primera copia gratuita (Ley 29462) es solo para el acta de nacimiento.',
    RISK_LEVEL_UNKNOWN:
      'El nivel de riesgo «{riskLevel}» no está configurado para este procedimiento. Elija otro o avise al administrador.',
    REQUIREMENT_UNKNOWN:
      'El requisito «{requirement}» no figura en la lista de este procedimiento.',
    DOCUMENT_TYPE_UNKNOWN:
      'El tipo de documento «{documentType}» no está en la lista. Elija uno de la lista.',
    DESTINATION_OFFICE_UNKNOWN:
      'La oficina «{office}» no está en la lista de destinos. Elija una de la lista.',
    FEE_UNAVAILABLE:
      'No se puede calcular el derecho de trámite: falta el valor de la UIT del año {year}. Avise al administrador.',
    EXPEDIENTE_UNKNOWN: 'No existe el expediente {number}. Revise el número.',
    EXPEDIENTE_MOVE_REFUSED: 'No se puede pasar el expediente a ese estado.[[ {reason}]]',
    EXPEDIENTE_MOVED_MEANWHILE:
      'Otra persona acaba de mover este expediente. Vuelva a abrirlo para ver su estado actual.',
    RECEIPT_NOT_FOUND: 'No existe el recibo {receiptNumber}. Revise el número.',
    TAX_QUERY_INVALID:
      'El dato de búsqueda no es válido. Revise el código de contribuyente, el DNI/RUC o la placa.',
    TAX_DEBT_NOT_FOUND:
      'No se encontró la deuda {debtId}. Vuelva a buscar las deudas del contribuyente.',
    TAX_DEBT_ALREADY_PAID: 'La deuda {debtId} ya fue pagada con el recibo {receiptNumber}.',
    TAX_DEBTS_OF_SEVERAL_TAXPAYERS:
      'Las deudas elegidas son de contribuyentes distintos. Registre un pago por contribuyente.',
    TAX_NOTHING_TO_PAY: 'No eligió ninguna deuda para pagar.',
    TAX_REFERENCE_REQUIRED:
      'Escriba el número de operación del pago con tarjeta, transferencia o Yape.',
    TAX_PAYMENT_ID_REUSED:
      'Este pago ya se registró con otras deudas (recibo {receiptNumber}). Abra un pago nuevo.',
    TAX_LEDGER_UNAVAILABLE:
      'El sistema de tributos no responde en este momento. Inténtelo de nuevo en unos minutos.',
    ALREADY_RATED: 'Esta atención ya fue calificada. Gracias.',
    NOT_RATEABLE_YET:
      'Esta atención todavía no se puede calificar: podrá hacerlo cuando termine de ser atendido.[[ {detail}]]',
    ACCOUNT_DISABLED: 'Su usuario fue desactivado. Consulte con el administrador.',
    CONFIG_CHANGED:
      'Otra persona cambió la configuración mientras usted editaba. Vuelva a cargarla y repita su cambio.',
    SERVICE_IN_USE:
      'No se puede quitar el servicio «{service}»: tiene {count|ticket|tickets} de hoy en espera o en atención. Desactívelo (deje de emitir tickets) y quítelo cuando su cola esté vacía.',
    WINDOW_IN_USE:
      'No se puede quitar la ventanilla «{window}»: está abierta o en pausa, o hay tickets transferidos a ella esperando. Pida que la cierren y que atiendan o reasignen esos tickets, y vuelva a intentarlo.',
    USERNAME_TAKEN:
      'El nombre de usuario «{username}» ya está en uso por otro usuario o dispositivo. Elija otro.',
    UNKNOWN_USER: 'No existe el usuario «{userId}». Vuelva a cargar la lista de usuarios.',
    LAST_ADMIN:
      'No se puede dejar la oficina sin administrador: «{userId}» es el último administrador activo. Cree o active otro administrador antes.',
    CANNOT_DEACTIVATE_SELF:
      'No puede desactivar su propio usuario. Pida a otro administrador que lo haga.',
    UNKNOWN_DEVICE:
      'No existe el dispositivo «{deviceId}». Vuelva a cargar la lista de dispositivos.',
    DEVICE_ID_TAKEN:
      'El identificador «{deviceId}» ya está en uso por otro dispositivo o usuario. Elija otro.',
  },
};
