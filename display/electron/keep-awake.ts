/** The members of Electron's `powerSaveBlocker` the display uses. */
export type PowerSaveBlockerLike = {
  start(type: 'prevent-display-sleep'): number;
  isStarted(id: number): boolean;
};

/**
 * Keeps the waiting-room screen lit for as long as the shell runs: without it the operating
 * system's power plan blanks the screen after some minutes without a mouse or keyboard, which a
 * display never has. Returns the blocker's id (it lasts until the process ends).
 */
export function keepDisplayAwake(
  blocker: PowerSaveBlockerLike,
  log: (message: string) => void = () => undefined,
): number {
  const id = blocker.start('prevent-display-sleep');
  if (!blocker.isStarted(id)) {
    log(
      'No se pudo impedir que la pantalla se apague; revise el plan de energía del sistema operativo.',
    );
  }
  return id;
}
