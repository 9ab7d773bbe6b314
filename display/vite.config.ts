import { faceViteConfig } from '../shared/src/vite/face-vite-config';

export default faceViteConfig('display');
