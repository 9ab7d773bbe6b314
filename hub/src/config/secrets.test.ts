import { createDemoOffice } from './demo-office';
import {
  DEMO_PIN,
  findDemoSecrets,
  hashDeviceKey,
  hashPin,
  verifyDeviceKey,
  verifyPin,
} from './secrets';

describe('staff PINs', () => {
  it('hash as scrypt$N$r$p$salt$hash and verify', () => {
    const hash = hashPin('4821');
    expect(hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(verifyPin('4821', hash)).toBe(true);
    expect(verifyPin('4822', hash)).toBe(false);
    expect(verifyPin('', hash)).toBe(false);
  });

  it('use a fresh salt every time', () => {
    expect(hashPin('4821')).not.toBe(hashPin('4821'));
  });

  const good = hashPin('4821');
  const [, , , , salt, digest] = good.split('$');
  it.each([
    ['empty', ''],
    ['plain PIN', '4821'],
    ['other algorithm', good.replace('scrypt$', 'bcrypt$')],
    ['missing part', good.split('$').slice(0, 5).join('$')],
    ['extra part', `${good}$x`],
    ['N not a power of two', `scrypt$1000$8$1$${salt}$${digest}`],
    ['N too large', `scrypt$${2 ** 30}$8$1$${salt}$${digest}`],
    ['r zero', `scrypt$16384$0$1$${salt}$${digest}`],
    ['p not a number', `scrypt$16384$8$x$${salt}$${digest}`],
    ['bad base64url', `scrypt$16384$8$1$${salt}$@@@@`],
    ['short digest', `scrypt$16384$8$1$${salt}$AAAA`],
    ['empty salt', `scrypt$16384$8$1$$${digest}`],
  ])('reject a malformed hash (%s) without throwing', (_case, stored) => {
    expect(verifyPin('4821', stored)).toBe(false);
  });
});

describe('device keys', () => {
  it('hash as sha256$hex and verify', () => {
    const hash = hashDeviceKey('k3y-very-long-random');
    expect(hash).toMatch(/^sha256\$[0-9a-f]{64}$/);
    expect(hashDeviceKey('k3y-very-long-random')).toBe(hash);
    expect(verifyDeviceKey('k3y-very-long-random', hash)).toBe(true);
    expect(verifyDeviceKey('k3y-very-long-randoM', hash)).toBe(false);
  });

  it.each([
    [''],
    ['sha256$'],
    ['sha256$XYZ'],
    [`md5$${'0'.repeat(64)}`],
    [`sha256$${'0'.repeat(63)}`],
  ])('reject the malformed hash %j', (stored) => {
    expect(verifyDeviceKey('anything', stored)).toBe(false);
  });
});

describe('findDemoSecrets', () => {
  const demo = createDemoOffice();

  it('names every user and device of the demo office', () => {
    const found = findDemoSecrets(demo);
    expect(found).toHaveLength(demo.users.length + demo.devices.length);
    expect(found).toContain(
      'El usuario "clerk1" (Ana Quispe Huamán) todavía usa el PIN de demostración 1234.',
    );
    expect(found).toContain(
      'El dispositivo "kiosk-1" (Kiosco de la entrada) todavía usa la clave de demostración "demo-kiosk-key".',
    );
    expect(found.filter((line) => line.includes('"demo-display-key"'))).toHaveLength(2);
  });

  it('finds a display that was given the kiosk key, and nothing once secrets change', () => {
    const office = structuredClone(demo);
    office.users = office.users.map((u, i) => ({ ...u, pinHash: hashPin(`90${i}7`) }));
    office.devices = office.devices.map((d) => ({
      ...d,
      keyHash: hashDeviceKey(`${d.id}-secret`),
    }));
    expect(findDemoSecrets(office)).toEqual([]);

    office.devices = office.devices.map((d) =>
      d.id === 'display-1' ? { ...d, keyHash: hashDeviceKey('demo-kiosk-key') } : d,
    );
    office.users = office.users.map((u) =>
      u.id === 'admin' ? { ...u, pinHash: hashPin(DEMO_PIN) } : u,
    );
    expect(findDemoSecrets(office)).toEqual([
      'El usuario "admin" (Carmen Rojas Vásquez) todavía usa el PIN de demostración 1234.',
      'El dispositivo "display-1" (Pantalla de la sala de espera (izquierda)) todavía usa la clave de demostración "demo-kiosk-key".',
    ]);
  });
});
