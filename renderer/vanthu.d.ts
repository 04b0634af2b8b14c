/** The one ambient type of the renderer: `window.vanthu`, the contract of common/api. */
import type { VanthuApi } from '../common/api/client';

declare global {
  interface Window {
    /** Provided by the Electron preload, or by the local host's client in a browser. */
    vanthu: VanthuApi;
  }
}
